childcare-visit-together-first =
    .title = Kreşi önce birlikte ziyaret edin
    .body = Sen işe dönünce bebeğin kreşe mi gidecek? İlk günden önce, bebeğin kucağında, oraya birlikte bir saatliğine git. Çalışanların ağlayan bir bebeğe nasıl karşılık verdiğine bak ve bebeğin için orada sabit yüzün kim olacağını sor. Böylece bebeğin, sen hâlâ tanıdık dayanağıyken onlarla tanışır. İçine sinmeyen bir şey olursa çekinmeden ikinci bir ziyaret iste.

birth-story-told =
    .title = Doğum hâlâ aklında mı? Anlat
    .body = Umduğundan farklı geçtiği, korkutucu olduğu ya da çok hızlı olduğu için doğumu sık sık düşünüyor musun? Bugün bütün hikâyeyi seni gerçekten dinleyen birine anlat. Verloskundige’nden (ebenden), hastaneden ya da aile hekiminden bir değerlendirme görüşmesi de isteyebilirsin. Doğum, yanında duran için de büyük bir geçiştir; yerine oturan şeyler bebeğine daha çok yer açar. Parça parça anlatman da olur.

vaccination-day-on-your-lap =
    .title = Aşı günü: bebeğini sıkıca yanında tut
    .body = Bebeğin bugün ya da yakında consultatiebureau’da (çocuk sağlığı merkezinde) aşı mı olacak? Aşı sırasında onu kucağında, karnı sana dönük tutup tutamayacağını sor ve alçak sesle konuşmaya devam et. Hemen ardından emzir, biberon ver ya da sıkıca sarıl. Tanıdık bedenin ve sesin, bebeğinin korkudan sonra sakinleşmesine yardım eder. Kısa, sert bir ağlama normaldir; kollarında çoğu zaman çabucak geçer.

evening-after-the-jab =
    .title = Aşıdan sonraki akşam: daha da yakın ol
    .body = Bebeğin aşıdan sonra her zamankinden daha huysuz, daha ağlamaklı ya da daha uykulu mu? O akşamki planları iptal et ve onu daha çok yanında tut: kollarında, kangurunda ya da kanepede yanında. Kendini iyi hissetmeyen bir bebeğin sana daha da çok ihtiyacı vardır ve bunu rahatça verebilirsin. Bebeğin sıcak geliyorsa, az içiyorsa ya da içine şüphe düştüyse aile hekimini veya consultatiebureau’yu ara.

soft-start-back-at-work =
    .title = İşe yumuşak bir dönüş planla
    .body = Yakında işe mi dönüyorsun? Bugün birkaç kısa günle ya da hafta ortasında başlayıp başlayamayacağına bak ve asıl başlangıçtan önce bebeğinin bakıcıda ya da kreşte olduğu bir deneme günü planla. Böylece ilk iş günün aynı zamanda sensiz ilk gün olmaz ve bebeğini almaya giderken daha sakin olursun. Olmuyor mu? O zaman ilk akşamları evde olabildiğince boş bırak.

follow-my-face-slowly =
    .title = Bebeğin senin yüzünü takip etsin
    .body = Sakin bir anda yüzünü bebeğinin yaklaşık otuz santim üzerinde tut, göz göze gel ve çok yavaşça biraz sola kay. Gözleri seni takip ediyor mu? O zaman geri gel ve biraz sağa git. Bebeğin bakma alıştırması yapıyor ve bunun için en güzel şey senin yüzün. Seni kaybederse bakışı seni yeniden bulana kadar bekle. Tamamen başını çevirirse bugünlük yeterli.

speak-your-own-language =
    .title = Bebeğinle kendi dilinde konuş
    .body = Evde birden fazla dil mi konuşuluyor? Bugün, çevrenin dili olmasa bile, kendini en çok evinde hissettiğin dilde konuş, şarkı söyle ve teselli et. Sıcaklığın ve şakaların en içten hâliyle kendi dilinde çıkar ve bebeğin bunu duyar. Başka bir bakım veren başka bir dil konuşuyorsa o da kendi dilini kullansın. İki dili yan yana duymak bir bebek için gayet olağandır.

undressing-at-the-clinic =
    .title = Tartı için soyunma, senin sesinle
    .body = Bebeğin consultatiebureau’da (çocuk sağlığı merkezinde) tartılmak ve ölçülmek için soyunacak mı? Onu kendin soy, ne olduğunu anlat (“Biraz çıplak kalacaksın, şimdi tartıya çıkıyoruz”) ve yüzünü yakında tut. Bebeğin itiraz ederse elini karnının üstünde tut. Olur olmaz giydir ve bir an göğsüne yasla. Yanına sıcak bir battaniye al, çıplak kaldığı süre kısalsın.

one-question-for-the-clinic =
    .title = Consultatiebureau’ya bir soru götür
    .body = Consultatiebureau’daki (çocuk sağlığı merkezindeki) bir sonraki randevundan önce, küçük ya da tuhaf görünse bile seni gerçekten meşgul eden şeyi yaz: ağlama, uyku, ruh hâlin ya da bebeğinle temasın nasıl hissettirdiği. O soruyu ilk sırada sor, araya kaynamasın. Kimse her şeyi şimdiden bilmeni beklemiyor; soru sormak iyi bakımın doğal bir parçası. Unuttun mu? Sonradan aramak da olur.

grandparent-babysits-first-time =
    .title = Büyükanne ya da büyükbaba ilk kez bakıyor
    .body = Bir büyükanne, büyükbaba ya da güvendiğin başka biri yakında ilk kez bebeğine mi bakacak? Önceden birlikte buluşun, bakım onun evinde olacaksa mümkünse orada, ve nasıl beslediğinizi, altını değiştirdiğinizi ve teselli ettiğinizi göster. Sensiz ilk seferi kısa tut; bir saat yeter. Böylece bebeğin o kişiyi tanıdık bir zeminde, küçük adımlarla tanır. Sonrasında süre uzayabilir.

mixed-feelings-about-work =
    .title = İşe dönmek istiyorsun ama üzgünsün? İkisi de olur
    .body = İşe dönmeyi bekliyor ama bebeğinden ayrılmakta zorlanıyor musun? Ya da daha çok rahatlama mı, daha çok suçluluk mu hissediyorsun? Hepsi olur, çoğu zaman iç içe. Bugün bunu birine yüksek sesle söyle. Bebeğinin her zaman evde olan bir ebeveyne değil, birlikteyken gerçekten orada olan birine ve sen yokken sabit, sıcak insanlara ihtiyacı var. Bu duygu ilk haftalardan sonra çoğu zaman değişir.

bottle-from-another-carer =
    .title = Biberonu veren bebeğinin gözüne baksın
    .body = Yakında bebeğine başka biri sağılmış süt ya da mama ile biberon mu verecek? Bugün birlikte deneyin: o kişi bebeğini kolunda, yarı dik ve yüzü kendisine dönük tutsun, içerken sakince konuşsun ya da mırıldansın. Beslenme yemekten fazlasıdır: kim verirse versin, bakışma ve temas anıdır. Sen yanındayken bebeğin biberonu reddediyor mu? Bir süreliğine odadan çık.

evening-handover-break =
    .title = Bütün gün yalnız mıydın? Devret
    .body = Bugün bütün gün bebeğinle yalnız mıydın ve akşam eve biri gelecek ya da uğrayacak mı? Bebeğini hemen devralmasını ve senin on beş dakikalığına gerçekten uzaklaşmanı konuşun: duş, dışarı çıkmak, uzanmak. Bütün gün bakım vermek seni boşaltır; biraz toparlanmak sonrasında yeniden sabırlı olmayı kolaylaştırır. Sık sık yalnız mısın? Bir komşundan ya da arkadaşından haftada sabit bir çeyrek saat iste.

nights-on-your-own =
    .title = Geceleri yalnız mısın? Her şeyi hazırla
    .body = Partnerin yeniden mi çalışıyor, gece mi çalışıyor, yoksa bu işte yalnız mısın? Bu akşam gece için gereken her şeyi elinin altına koy: su, atıştırmalık, bezler, loş bir lamba. Bir de zorlandığında gece mesaj atabileceğin bir kişi seç. Ne kadar az şey aramak zorunda kalırsan bebeğine o kadar sakin gidersin. Bir gece kötü mü geçti? Ertesi gün yardım istemek senin hakkın.

working-parent-own-moment =
    .title = İşe döndün mü? Bir bakım anını kendine ayır
    .body = Gündüz ya da gece, işe dönen sen misin? Her gün sana ait bir bakım anı seç; banyo, sabahın ilk biberonu ya da uykudan önceki son bez gibi, ve onu hep aynı şekilde yap. Böylece çok dışarıda olsan bile bebeğinin gününde senden sabit, tanıdık bir parça kalır. Bir gün olmadı mı? Ertesi gün kaldığın yerden devam et.

calmer-with-the-other-parent =
    .title = Başkası daha iyi mi teselli ediyor? Bu bir hüküm değil
    .body = Bebeğin şu sıralar başka bir ebeveynin ya da bakım verenin yanında senden daha çabuk mu sakinleşiyor? Bu, aranızdaki bağ hakkında bir şey söylemez: bu yaşta bebekler genellikle birkaç tanıdık kişinin tesellisini kabul eder, bazen en çok yanında olanı seçer. Kendi anlarını sürdür, özellikle uykudan sonra oyun gibi sakin zamanlarda. Senin teselli etme biçimin de zamanla tanıdık hâle gelir.

how-do-i-seem-lately =
    .title = Birine sor: Sence ben nasılım?
    .body = Pek çok ebeveynde doğumdan sonraki ağlamaklı günler birkaç hafta içinde geçer. Bugün seni iyi tanıyan birine sor: “Sence ben nasılım?” Başkaları bazen senden önce hep kederli, sinirli ya da duygusuz kaldığını fark eder. Bu, doğum yapmamış ebeveyn için de geçerli. Kendini bunda tanıyor musun? O zaman consultatiebureau’da (çocuk sağlığı merkezinde) ya da aile hekiminle bunu konuş.

smiles-for-everyone =
    .title = Bebeğin herkese mi gülümsüyor? Ne güzel
    .body = Kasiyer ve komşu da artık kocaman bir gülümseme mi alıyor? Bu aylarda bu çok olağan: bebeğin yüzlere bayılır, ama en çabuk ona en çok bakan kişilerin yanında sakinleşir. Yani başkalarına dağıttığı her gülümsemenin keyfini çıkar. Bugün bebeğin yorgun ya da üzgün olduğunda ne olduğuna bir bak: genellikle aradığı senin omzundur.

first-visits-leave-in-time =
    .title = Ziyarette: hâlâ keyifliyken eve dön
    .body = Bu haftalarda bebeğinle ilk kez aileye ya da arkadaşlara mı gidiyorsun? Ne kadar kalacağına önceden karar ver ve “yeter” işaretlerini görür görmez çık: başını çevirmek, esnemek, irkilip durmak. İyi biten kısa bir ziyaret, aşırı yorgun bir ağlamayla biten uzun bir öğleden sonradan bebeğin için daha iyidir. Yine de fazla mı kaldın? Herkesin başına gelir; bir dahaki sefere sınırı daha iyi bilirsin.

car-seat-your-voice =
    .title = Oto koltuğunda: sesini duyur
    .body = Bebeğin arabada seni göremiyor ve ağlamaya mı başladı? Araba kullanıyor olsan bile konuşmaya ya da şarkı söylemeye devam et: sesin orada olduğunu söyler. Başkası kullanıyorsa bebeğinin yanına otur. Bebeğin gerçekten teselliye ihtiyaç duyuyorsa güvenli bir yerde dur ve onu bir süreliğine koltuktan çıkar. Uzun yolculuklarda zaten arada bir sarılma molası planla.

pram-facing-you =
    .title = Bebek arabasında: yüzünü göster
    .body = Bebek araban, bebeğin sana bakacak şekilde ayarlanabiliyor mu? Bugünkü yürüyüş için öyle ayarla ve yolda arada bir gülümseyerek ya da bir şey söyleyerek içine bak. Bütün o yeni sesler ve ışıklar arasında senin yüzün sabit noktadır; sen de bebeğinin yorulduğunu ya da yeterince gördüğünü daha erken fark edersin. Olmuyor mu? Arada bir bir bankta dur ve bebeğine doğru eğil.

walk-with-another-parent =
    .title = Başka bir ebeveynle yürüyüşe çık
    .body = Bebeğinle evde çok mu yalnızsın? Bu hafta küçük bebeği olan başka bir ebeveynle, bir kurstan, mahalleden ya da consultatiebureau’nun (çocuk sağlığı merkezinin) bekleme salonundan biriyle, yürüyüş ya da kahve için buluş. Aynı şeyleri yaşayan biriyle konuşmak günleri hafifletir; biraz daha enerjin olunca sabrın da artar. Karşılaştırmaya gerek yok: her bebeğin kendi temposu var.

tummy-time-on-your-chest =
    .title = Göğsünün üstünde yüzüstü
    .body = Bebeğin yerde yüzüstü yatmakta hâlâ zorlanıyor mu? Kanepeye yarı yaslanarak uzan ve bebeğini yüzüstü göğsüne yatır, yüzün ona yakın olsun. Seni görmek için çoğu zaman başını kendiliğinden kaldırır; senin bedenin de bu alıştırmayı sıcak ve güvenli kılar. Bunu yalnızca uyanık ve dikkatliyken yap; uykun gelirse bebeğini kendi yatağına sırtüstü yatır.

copy-your-babys-face =
    .title = Bebeğinin yüz ifadelerini taklit et
    .body = Bebeğin bugün dilini mi çıkarıyor, ağzını “O” yapıyor ya da kaşlarını mı çatıyor? Yakından ve biraz abartarak aynısını yap, sonra bebeğinin karşılığında ne yapacağını bekle. Böylece canlı bir ayna olursun: bebeğin yaptığı şeyin sana ulaştığını görür. Bazen o ifade bir daha gelir, sanki birlikte oyun oynuyormuşsunuz gibi. Tepki yok mu? Yarın uyanık bir anında yeniden dene.

video-call-with-grandparent =
    .title = Uzaktaki büyükanne ya da büyükbabayla görüntülü arama
    .body = Büyükanne ve büyükbaba ya da başka sevdiklerin uzakta, belki başka bir ülkede mi yaşıyor? Bugün kısa bir görüntülü arama yap; bebeğin kucağında olsun ki senin yüzünü de görsün. Karşıdaki kişi bir şarkı söylesin ya da kendi dilinde konuşsun, sen de coşkuyla karşılık ver. Bebeğin o sesi ve yüzü biraz tanır, aile bağı da sıcak kalır. Kısa tut: birkaç dakika yeter.

first-laughs-again =
    .title = İlk kahkaha mı? Bir daha yap
    .body = Bebeğin bugün bir sese, karnına bir öpücüğe ya da komik bir yüze sesli mi güldü? Aynısını tekrar yap, biraz bekle ve bir daha. Birlikte gülmek en güzel temas biçimlerinden biridir; tekrar da onu öngörülebilir ve daha da eğlenceli yapar. Gülme, başını çevirmeye ya da bakışını kaçırmaya dönüşünce dur. Henüz sesli gülmüyor mu? Bazı bebeklerde bu biraz daha geç gelir.

film-once-then-be-there =
    .title = Bir kez çek, sonra sadece bak
    .body = O gülümsemeyi ya da agucuklamayı kaydetmek mi istiyorsun? Bir kez çek, sonra telefonu bırak ve yüzün bebeğinin yüzüne yakın devam et. Ekranın arkasında bebeğin sadece bir telefon görür; senin gözlerini ve karşılık veren gülümsemeni kaçırır, oysa anı anlamlı kılan tam da o karşılıktır. Videon zaten var; gerisi ikinize ait. Yarın mutlaka yine bir gülümseme gelir.

hands-discovered =
    .title = Bebeğin ellerini keşfediyor
    .body = Bebeğin bugün dikkatle kendi ellerine mi bakıyor ya da parmaklarıyla oynuyor mu? Bırak olsun; hemen bir oyuncak ya da şarkıyla araya girme. Yakında kal ve en fazla alçak sesle “Bunlar senin ellerin” de. Bebeğin burada bir şeyi tamamen kendi başına keşfediyor, sen de buna izin olduğunu gösteriyorsun. Ardından sana mı baktı? O zaman sıra sende.

fist-in-mouth-signal =
    .title = Ağızda yumruk: açlık mı, kendini avutma mı?
    .body = Bebeğin sık sık yumruğunu ya da parmaklarını mı emiyor? Bugün başka neler olduğuna bak. Başıyla memeyi arıyor, ağzını şapırdatıyor ya da huzursuzlanıyorsa bu çoğu zaman açlıktır. Halinden memnun yatıyorsa, belki kendini biraz sakinleştirmenin ilk yoludur. O zaman elini ağzından çekme ve yakınında kal. Emin değilsen beslenme teklif etmek asla yanlış olmaz.

little-hands-massage =
    .title = Minik ellere masaj yap
    .body = Bugün bebeğinin bir elini sıcak avucuna al, başparmağınla avucunu okşa ve her minik parmağı parmaklarının arasından kaydır. Bir damla sade, kokusuz yağ kullanılabilir ama şart değil; fındık gibi kuruyemiş yağı ya da zeytinyağı asla kullanma. Yumuşak sesle şarkı söyle ya da say. Yumruk sıkıca kapanır ya da bebeğin elini çekerse yeterlidir. Yarın sıra öbür elde.

swipe-at-a-toy =
    .title = Bebeğin oyuncağa kendisi vursun
    .body = Bebeğin sırtüstü mü yatıyor? Bugün bir çıngırak ya da yumuşak bir oyuncağı tam uzanabileceği mesafede üstünde tut ve bekle. Eline koyma; bebeğin kendisi sallasın ve vursun. Çıngırak ses çıkarırsa “Bunu sen yaptın!” de. Böylece bebeğin kendi hareketlerinin bir şeye yol açtığını keşfeder: özgüvenin erken bir kaynağı. Henüz olmuyor mu? Oyuncağı yaklaştır ya da birkaç hafta sonra yeniden dene.

cooking-with-baby-in-view =
    .title = Bebeğin seni görürken yemek yap
    .body = Bebeğin uyanıkken yemek yapman ya da toparlaman mı gerekiyor? Onu seni görebileceği güvenli bir yere, yerdeki bir mindere ya da yerde duran bir ana kucağına yatır ve arada konuş: “Soğan doğruyorum, duyuyor musun?” Bebeğin bir ses çıkarınca başını kaldır ve cevap ver. Böylece işlerinle bebeğin arasında seçim yapmazsın: ulaşılabilir kalırsın. Mızıldanmaya dönerse bir süre kucağına al.

name-the-fright =
    .title = Bebeğin irkildi mi? Ne olduğunu söyle
    .body = Bebeğin bugün çarpan bir kapıdan, havlayan bir köpekten ya da elektrik süpürgesinden mi irkildi? Onu kucağına al ve sakin bir sesle ne olduğunu söyle: “Ay, çok yüksek bir sesti. Korktun, değil mi?” Bebeğin kelimeleri henüz anlamaz ama içinde olanı gördüğünü hisseder. Böyle adlandırmak, ileride kendi duygularını tanımasının temeli olur. Süpürge de biraz bekleyebilir.

bath-song-with-a-splash =
    .title = Şapırtılı bir banyo şarkısı
    .body = Bugün banyoyu bir oyuna çevir: bebeğini sıkıca tut, her seferinde aynı kısa şarkıyı söyle ve sonunda elinle suya hafifçe şapırt. Bebeğin tekme atarsa “Şap!” diyerek ve gülümseyerek karşılık ver. Sabit bir şarkı banyoyu öngörülebilir kılar; her tekmeye verdiğin cevap da onu küçük bir sohbete çevirir. Şapırtıdan irkiliyor mu? O zaman daha hafif yap.

dressing-pause-when-protesting =
    .title = Giydirirken ağlıyor mu? Biraz ara ver
    .body = Bebeğin bugün giydirilirken, bir kolun ortasında ya da başından bir kazak geçerken ağlamaya mı başladı? Bir an dur, yarı giyinik hâlde onu göğsüne yasla, ağlaması azalana kadar bekle, sonra sakince devam et. Böylece giyinmek gerekse bile itirazının duyulduğunu gösterirsin. İşe yaramıyor mu? Önümüzdeki haftalarda kolay açılıp kapanan giysiler seç.

calmer-evenings-look-back =
    .title = Akşamlar sakinleşti mi? Yaptıklarına bir bak
    .body = Bebeğin akşamları birkaç hafta öncesine göre daha az mı ağlıyor? Pek çok bebekte ağlama bu yaşlarda azalır. Bugün o zor haftalarda neler yaptığını bir düşün: taşımak, sallamak, hiçbir şey işe yaramadığında bile yanında kalmak. Bunlar boşuna değildi; bebeğin birinin yanında kaldığını öğrendi. Bunu birine anlat ya da yaz. Ağlama bir akşam geri dönerse, artık neler yapabileceğini biliyorsun.

three-days-of-sleep-notes =
    .title = Bebeğinin kendi uyku ritmini keşfet
    .body = Üç gün boyunca, hiçbir şeyi değiştirmeden, bebeğinin ne zaman uyuyup ne zaman uyandığını kısaca not et. Bu yaşlarda pek çok bebekte yavaş yavaş kendine özgü bir düzen oluşur ve bunu kâğıt üzerinde çoğu zaman kafandakinden daha önce görürsün. Bebeğin hep aynı saatlerde uykuya dalıyorsa günü biraz buna göre ayarlayabilirsin. Henüz bir düzen yok mu? O da olur; çoğu zaman sonra gelir.

stay-on-the-page =
    .title = Bebeğinin baktığı resimde kal
    .body = Bugün bir resimli kitap al ve okurken bebeğinin nereye baktığını izle. Bakışı ördekte ya da kırmızı topta takılı kalıyorsa sayfayı hemen çevirme, o resim hakkında konuş: “Ördeği görüyor musun? Vak vak!” Böylece hikâyeyi değil bebeğini izlersin; bebeğin de ilgisini çeken şeyin önemli olduğunu hisseder. Kitabın bitmesi gerekmez: tek bir sayfa da koca bir okuma anıdır.

big-sibling-earns-a-smile =
    .title = Abla ya da ağabey bir gülümseme kazansın
    .body = Evde daha büyük bir çocuk var mı? Bugün bebeğin yakınına otursun; bir gülümseme “kazanmasına” yardım et: “Yavaşça konuş, bak, bebek sana bakıyor!” Böylece büyük çocuk, bebeğin onu gördüğünü ve karşılık verdiğini keşfeder; ikisi arasında kendi bağları başlar. Sen de yanlarında kal, sonra büyük çocuğa da ayrıca ilgi göster. Gülümseme gelmedi mi? Bebeğin belki yorgun olduğunu söyle.

cold-day-extra-lap =
    .title = Bebeğin nezle mi? Yeri senin kucağın
    .body = Bebeğin burnu tıkalı, nezle ve huzursuz mu besleniyor? Bugün bekleyebilecek işleri bırak ve onu daha çok yanında tut: omzuna dik yaslanmış, kucağında ya da kangurunda. Kendini kötü hisseden bir bebek teselli arar ve bunu bol bol verebilirsin, “fazla” gibi gelse bile. Bebeğin az içiyor, ateşi var ya da içine bir şey doğuyorsa bugün aile hekimini ara.

look-around-then-come-back =
    .title = Bebeğin etrafa baksın, sonra sana dönsün
    .body = Bebeğin kucağında oturup odayı ya da sokağı seyretmeyi seviyor mu? Bugün onu sırtı karnına dayalı şekilde sıkıca tut ve etrafa bakmasına izin ver. Huzursuzlanır ya da başını çevirirse onu yüzüne doğru çevir. Böylece bebeğin dünyayı senin kollarından keşfeder ve yeniden senin yanında sakinleşir: güvenli üssün erken bir biçimi. Sonra yine tersine dönebilirsiniz.

tell-your-baby-about-your-day =
    .title = Bebeğine gününü anlat
    .body = Bugün beslerken ya da yürüyüşte bebeğine gününü ya da geçmişi anlat: büyüdüğün ev nasıldı, öğlen ne yedin, kim aradı. Bebeğin kelimeleri anlamaz ama bütün inişleri ve çıkışlarıyla sesinin keyfini çıkarır ve böylece çok fazla dil duyar. Komik ya da akıllı olman gerekmez: sıradan bir hikâye yeterince iyidir. Sözün mü bitti? Mırıldanmak da olur.

songs-from-your-own-childhood =
    .title = Çocukluğunun şarkılarını sor
    .body = Bugün bir büyükanneye, büyükbabaya ya da başka bir akrabana çocukken sana hangi şarkıların söylendiğini sor; belki başka bir dilde ya da bir ağızda. Birini öğren ve bebeğine söyle ya da o kişi söylesin. Böylece bebeğin kuşaklardır süren bir şarkıyı alır: aile ile çocuk arasında bir bağ. Kimse hatırlamıyor mu? O zaman yeni bir gelenek şimdi başlıyor.

what-you-know-about-your-baby =
    .title = Bebeğin hakkında şimdi ne biliyorsun?
    .body = Bugün bebeğin hakkında şimdi bildiğin ama doğumdan hemen sonra bilmediğin üç şeyi yaz: en çok nasıl taşınmayı sevdiği, hangi sesin onu sakinleştirdiği, neye güldüğü. Bebeğinin tam olarak ihtiyacı olan şey bu: onu başkalarıyla karşılaştırmadan bu çocuğun kim olduğunu gören biri. Listeyi bakıcıya ya da kreşe de verebilirsin. Bir ay sonra da listeye ekle.

tension-at-home-soft-voice =
    .title = Evde gerginlik mi var? Bebeğinin yanında sesin yumuşak olsun
    .body = Bugün partnerinle, bir akrabanla ya da telefonda ortam mı geriliyor? Konuşmayı bebeğin uyuyana ya da başka yerde olana kadar ertele ve onun yanında sakin bir sesle konuş. Bebekler, hiçbir şey anlamasalar da seslerdeki ve bedenlerdeki gerginliği sezer. Yine de bebeğinin yanında mı alevlendi? Onu kucağına al, yavaşça nefes al ve usulca “Her şey yine yolunda” de. Önemli olan birlikte sakinleşmek.
