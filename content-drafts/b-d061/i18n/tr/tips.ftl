childcare-intro-watch-the-comforting =
    .title = Kreşle tanışırken: nasıl teselli ettiklerine bak
    .body = Bir kreşle ya da gündüz bakıcısıyla (gastouder) tanışmaya mı gidiyorsun? En çok, ağlayan bebeğe nasıl davrandıklarına bak: bebek hemen kucağa alınıyor, onunla sakince konuşuluyor, teselli ediliyor mu? Bebeğin için sabit yüzlerin kimler olacağını da sor. Bebek, sık yanında olan ve sıcak davranan birkaç kişiye bağlanır. Bebeğin oraya zaten mi gidiyor? Bir gün bırakırken on dakika kalıp izle.

birth-story-told =
    .title = Doğum hâlâ aklında mı? Anlat
    .body = Umduğundan farklı geçtiği, korkutucu olduğu ya da çok hızlı olduğu için doğumu sık sık düşünüyor musun? Bugün bütün hikâyeyi seni gerçekten dinleyen birine anlat. Ebenden (verloskundige), hastaneden ya da aile hekiminden bir değerlendirme görüşmesi de isteyebilirsin. Doğum, yanında duran için de büyük bir geçiştir; yerine oturan şeyler bebeğine daha çok yer açar. Parça parça anlatman da olur.

vaccination-day-on-your-lap =
    .title = Aşı günü: bebeğini sıkıca yanında tut
    .body = Bebeğin bugün ya da yakında consultatiebureau’da (çocuk sağlığı merkezinde) aşı mı olacak? Onu karnı sana dönük kucağında tutup tutamayacağını sor ve alçak sesle konuşmayı sürdür. Hemen ardından emzir, biberon ver ya da sarıl. Tanıdık bedenin ve sesin, korkudan sonra sakinleşmesine yardım eder. Kısa, sert bir ağlama normaldir, kollarında çabuk geçer. Aşı çoktan yapıldı mı? Bunu sonrakine sakla.

evening-after-the-jab =
    .title = Aşıdan sonraki akşam: daha da yakın ol
    .body = Bebeğin aşıdan sonra her zamankinden huysuz, ağlamaklı ya da uykulu mu? Akşam planlarını iptal et ve onu daha çok yanında tut: kollarında, kangurunda ya da kanepede yanında. Kendini iyi hissetmeyen bebeğin sana daha çok ihtiyacı var; bunu rahatça verebilirsin. Sıcak geliyorsa, az içiyorsa ya da içine şüphe düştüyse aile hekimini, akşam ve hafta sonu nöbetçi aile hekimini (huisartsenpost) ara.

soft-start-back-at-work =
    .title = İşe yumuşak bir dönüş planla
    .body = Yakında işe mi dönüyorsun? Bugün birkaç kısa günle ya da hafta ortasında başlayıp başlayamayacağına bak ve asıl başlangıçtan önce bebeğinin bakıcıda ya da kreşte olduğu bir deneme günü planla. Böylece ilk iş günün aynı zamanda sensiz ilk gün olmaz ve bebeğini almaya giderken daha sakin olursun. Olmuyor mu, ya da zaten döndün mü? O zaman iş günlerinden sonraki akşamları olabildiğince boş bırak.

follow-my-face-slowly =
    .title = Bebeğin senin yüzünü takip etsin
    .body = Sakin bir anda yüzünü bebeğinin yaklaşık otuz santim üzerinde tut, göz göze gel ve çok yavaşça biraz sola kay. Gözleri seni takip ediyor mu? O zaman geri gel ve biraz sağa git. Bebeğin bakma alıştırması yapıyor ve bunun için en güzel şey senin yüzün. Seni kaybederse bakışı seni yeniden bulana kadar bekle. Tamamen başını çevirirse bugünlük yeterli.

speak-your-own-language =
    .title = Bebeğinle kendi dilinde konuş
    .body = Evde birden fazla dil mi konuşuluyor? Bugün, çevrenin dili olmasa bile, kendini en çok evinde hissettiğin dilde konuş, şarkı söyle ve teselli et. Sıcaklığın ve şakaların en içten hâliyle kendi dilinde çıkar ve bebeğin bunu duyar. Başka bir bakım veren başka bir dil konuşuyorsa o da kendi dilini kullansın. İki dili yan yana duymak bir bebek için gayet olağandır.

undressing-at-the-clinic =
    .title = Tartı için soyunma, senin sesinle
    .body = Bebeğin consultatiebureau’da (çocuk sağlığı merkezinde) tartılmak ve ölçülmek için soyunacak mı? Onu kendin soy, ne olduğunu anlat (“Biraz çıplak kalacaksın, şimdi tartıya çıkıyoruz”) ve yüzünü yakında tut. Bebeğin itiraz ederse elini karnının üstünde tut. Olur olmaz giydir ve bir an göğsüne yasla. Tartı ile ölçüm arasında bebeğini sıcak bir battaniyeye sarmak da iyi gelir.

one-question-for-the-clinic =
    .title = Consultatiebureau’ya bir soru götür
    .body = Consultatiebureau’daki (çocuk sağlığı merkezindeki) bir sonraki randevundan önce, küçük ya da tuhaf görünse bile seni gerçekten meşgul eden şeyi yaz: ağlama, uyku, ruh hâlin ya da bebeğinle temasın nasıl hissettirdiği. O soruyu ilk sırada sor, araya kaynamasın. Kimse her şeyi şimdiden bilmeni beklemiyor; soru sormak iyi bakımın doğal bir parçası. Unuttun mu? Sonradan aramak da olur.

grandparent-babysits-first-time =
    .title = Büyükanne ya da büyükbaba ilk kez bakıyor
    .body = Bir büyükanne, büyükbaba ya da güvendiğin başka biri yakında ilk kez bebeğine mi bakacak? Önceden, mümkünse bakımın yapılacağı yerde birlikte buluşun ve nasıl beslediğinizi, altını değiştirdiğinizi, teselli edip uyuttuğunuzu göster: sırtüstü, yatakta yumuşak hiçbir şey olmadan. Sensiz ilk seferi kısa tut; bir saat yeter. Böylece bebeğin o kişiyi küçük adımlarla tanır. Sonra süre uzayabilir.

mixed-feelings-about-work =
    .title = İşe dönmek istiyorsun ama üzgünsün? İkisi de olur
    .body = İşe dönmeyi bekliyor ama bebeğinden ayrılmakta zorlanıyor musun? Ya da daha çok rahatlama mı, daha çok suçluluk mu hissediyorsun? Hepsi olur, çoğu zaman iç içe. Bugün bunu birine yüksek sesle söyle. Bebeğinin her zaman evde olan bir ebeveyne değil, birlikteyken gerçekten orada olan birine ve sen yokken sabit, sıcak insanlara ihtiyacı var. Bu duygu ilk haftalardan sonra çoğu zaman değişir.

bottle-from-another-carer =
    .title = Biberonu veren bebeğinin gözüne baksın
    .body = Yakında bebeğine başka biri sağılmış süt ya da mama ile biberon mu verecek? Bugün birlikte deneyin: o kişi bebeğini kolunda, yarı dik ve yüzü kendisine dönük tutsun, içerken sakince konuşsun ya da mırıldansın. Beslenme yemekten fazlasıdır: kim verirse versin, bakışma ve temas anıdır. Sen yanındayken bebeğin biberonu reddediyor mu? Bir süreliğine odadan çık.

evening-handover-break =
    .title = Bütün gün yalnız mıydın? Devret
    .body = Bugün bütün gün bebeğinle yalnız mıydın ve akşam eve biri gelecek ya da uğrayacak mı? Bebeğini hemen devralmasını ve senin on beş dakikalığına gerçekten uzaklaşmanı konuşun: duş, dışarı çıkmak, uzanmak. Bütün gün bakım vermek seni boşaltır; biraz toparlanmak sonrasında yeniden sabırlı olmayı kolaylaştırır. Hemen olmuyor mu? O zaman sabit bir an belirleyin, örneğin yemekten hemen sonra.

nights-on-your-own =
    .title = Geceleri yalnız mısın? Her şeyi hazırla
    .body = Partnerin yeniden mi çalışıyor, gece mi çalışıyor, yoksa bu işte yalnız mısın? Bu akşam gece için gereken her şeyi elinin altına koy: su, atıştırmalık, bezler, temiz bir zıbın, loş bir lamba. Ne kadar az şey aramak zorunda kalırsan bebeğine o kadar sakin gidersin; loş ışık da geceyi ikiniz için sakin tutar. Bir gece kötü mü geçti? Ertesi gün yardım istemek senin hakkın.

working-parent-own-moment =
    .title = İşe döndün mü? Bir bakım anını kendine ayır
    .body = Gündüz ya da gece, işe dönen sen misin? Her gün sana ait bir bakım anı seç; banyo, sabahın ilk biberonu ya da uykudan önceki son bez gibi, ve onu hep aynı şekilde yap. Böylece çok dışarıda olsan bile bebeğinin gününde senden sabit, tanıdık bir parça kalır. Bir gün olmadı mı? Ertesi gün kaldığın yerden devam et.

crying-in-public-look-at-your-baby =
    .title = Otobüste ya da markette ağlıyor mu? Bebeğine bak
    .body = Bebeğin markette, otobüste ya da bir bekleme salonunda ağlamaya başladı ve üzerindeki bakışları mı hissediyorsun? Dikkatini çevrendeki insanlara değil, bebeğine ver: onu kucağına al, alçak sesle konuş ve gereken zamanı ayır. Ağlayan bir bebek, yanlış bir şey yaptığın anlamına gelmez; bebeğin sadece seni çağırıyor. Biri bir şey mi söyledi? “Biz idare ederiz, teşekkürler” demen yeter.

how-do-i-seem-lately =
    .title = Birine sor: Sence ben nasılım?
    .body = Pek çok ebeveynde doğumdan sonraki ağlamaklı günler birkaç hafta içinde geçer. Bugün seni iyi tanıyan birine sor: “Sence ben nasılım?” Başkaları bazen senden önce hep kederli, sinirli ya da donuk kaldığını fark eder. Bu, doğum yapmamış ebeveyn için de geçerli. Kendini bunda tanıyor musun? O zaman consultatiebureau’da (çocuk sağlığı merkezinde) ya da aile hekiminle bunu konuş.

smiles-for-everyone =
    .title = Bebeğin herkese mi gülümsüyor? Ne güzel
    .body = Kasiyer ve komşu da artık kocaman bir gülümseme mi alıyor? Bu aylarda bu çok olağan: bebeğin yüzlere bayılır, ama en çabuk ona en çok bakan kişilerin yanında sakinleşir. Yani başkalarına dağıttığı her gülümsemenin keyfini çıkar. Bugün bebeğin yorgun ya da üzgün olduğunda ne olduğuna bir bak: genellikle aradığı tanıdık kollardır.

first-visits-leave-in-time =
    .title = Ziyarette: hâlâ keyifliyken eve dön
    .body = Bu haftalarda bebeğinle ilk kez aileye ya da arkadaşlara mı gidiyorsun? Ne kadar kalacağına önceden karar ver ve “yeter” işaretlerini görür görmez çık: başını çevirmek, esnemek, irkilip durmak. İyi biten kısa bir ziyaret, aşırı yorgun bir ağlamayla biten uzun bir öğleden sonradan bebeğin için daha iyidir. Yine de fazla mı kaldın? Herkesin başına gelir; bir dahaki sefere sınırı daha iyi bilirsin.

car-seat-your-voice =
    .title = Oto koltuğunda: sesini duyur
    .body = Bebeğin arabada seni göremiyor ve ağlamaya mı başladı? Araba kullanıyor olsan bile konuşmaya ya da şarkı söylemeye devam et: sesin orada olduğunu söyler. Başkası kullanıyorsa bebeğinin yanına otur. Bebeğin gerçekten teselliye ihtiyaç duyuyorsa güvenli bir yerde dur ve onu bir süreliğine koltuktan çıkar. Bebeğin neredeyse her yolculukta ağlıyor mu? Mümkünse beslenip altı değiştikten sonra yola çık.

walk-with-another-parent =
    .title = Başka bir ebeveynle yürüyüşe çık
    .body = Bebeğinle evde çok mu yalnızsın? Bu hafta küçük bebeği olan başka bir ebeveynle, bir kurstan, mahalleden ya da consultatiebureau’nun (çocuk sağlığı merkezinin) bekleme salonundan biriyle, yürüyüş ya da kahve için buluş. Aynı şeyleri yaşayan biriyle konuşmak günleri hafifletir; biraz daha enerjin olunca sabrın da artar. Karşılaştırmaya gerek yok: her bebeğin kendi temposu var.

contact-naps-on-you =
    .title = Bebeğin gündüz sadece senin üstünde mi uyuyor?
    .body = Bebeğin gündüz sadece kollarında ya da kangurunda mı uyuyor ve yatırır yatırmaz uyanıyor mu? Bu yaşta bu çok olağandır, kötü bir alışkanlık değil: sana yakın olmak güvenli hissettirir. Uygun olduğunda tadını çıkar. Senin de uykun mu geliyor? O zaman bebeğini kendi yatağına sırtüstü yatır. Ellerin daha sık boş kalsın mı istiyorsun? Günde bir uykuyu, önce aynı şarkıyla yatağında dene.

copy-your-babys-face =
    .title = Bebeğinin yüz ifadelerini taklit et
    .body = Bebeğin bugün dilini mi çıkarıyor, ağzını “O” yapıyor ya da kaşlarını mı çatıyor? Yakından ve biraz abartarak aynısını yap, sonra bebeğinin karşılığında ne yapacağını bekle. Böylece canlı bir ayna olursun: bebeğin yaptığı şeyin sana ulaştığını görür. Bazen o ifade bir daha gelir, sanki birlikte oyun oynuyormuşsunuz gibi. Tepki yok mu? Yarın uyanık bir anında yeniden dene.

video-call-with-grandparent =
    .title = Uzaktaki büyükanne ya da büyükbabayla görüntülü arama
    .body = Büyükanne ve büyükbaba ya da başka sevdiklerin uzakta, belki başka bir ülkede mi yaşıyor? Bugün kısa bir görüntülü arama yap; bebeğin kucağında olsun ki senin yüzünü de görsün. Karşıdaki kişi bir şarkı söylesin ya da kendi dilinde konuşsun, sen de coşkuyla karşılık ver. Bebeğin o sesi ve yüzü biraz tanır, aile bağı da sıcak kalır. Kısa tut: birkaç dakika yeter.

film-once-then-be-there =
    .title = Bir kez çek, sonra sadece bak
    .body = O gülümsemeyi ya da agucuklamayı kaydetmek mi istiyorsun? Bir kez çek, sonra telefonu bırak ve yüzün bebeğinin yüzüne yakın devam et. Ekranın arkasında bebeğin sadece bir telefon görür; senin gözlerini ve karşılık veren gülümsemeni kaçırır, oysa anı anlamlı kılan tam da o karşılıktır. Videon zaten var; gerisi ikinize ait. Yarın mutlaka yine bir gülümseme gelir.

hands-discovered =
    .title = Bebeğin ellerini keşfediyor
    .body = Bebeğin bugün dikkatle kendi ellerine mi bakıyor ya da parmaklarıyla oynuyor mu? Bırak olsun; hemen bir oyuncak ya da şarkıyla araya girme. Yakında kal ve en fazla alçak sesle “Bunlar senin ellerin” de. Bebeğin burada bir şeyi tamamen kendi başına keşfediyor, sen de buna izin olduğunu gösteriyorsun. Ardından sana mı baktı? O zaman sıra sende.

fist-in-mouth-signal =
    .title = Ağızda yumruk: açlık mı, kendini avutma mı?
    .body = Bebeğin sık sık yumruğunu ya da parmaklarını mı emiyor? Bugün başka neler olduğuna bak. Başını çevirip ağzıyla bir şey arıyor, ağzını şapırdatıyor ya da huzursuzlanıyorsa bu çoğu zaman açlıktır. Halinden memnun yatıyorsa, belki kendini sakinleştirmenin ilk yoludur; o zaman elini ağzından çekme ve yakınında kal. Emin değil misin? Rahatça beslenme teklif et; aç olup olmadığını bebeğin gösterir.

little-hands-massage =
    .title = Minik ellere masaj yap
    .body = Bugün bebeğinin bir elini sıcak avucuna al, başparmağınla avucunu okşa ve her minik parmağı parmaklarının arasından kaydır. Bir damla sade, kokusuz yağ kullanılabilir ama şart değil; fındık gibi kuruyemiş yağı ya da zeytinyağı asla kullanma. Yumuşak sesle şarkı söyle ya da say. Yumruk sıkıca kapanır ya da bebeğin elini çekerse yeterlidir. Yarın sıra öbür elde.

swipe-at-a-toy =
    .title = Bebeğin oyuncağa kendisi vursun
    .body = Bebeğin sırtüstü mü yatıyor? Bugün bir çıngırak ya da yumuşak bir oyuncağı tam uzanabileceği mesafede üstünde tut ve bekle. Eline koyma; bebeğin kendisi sallasın ve vursun. Çıngırak ses çıkarırsa şaşırmış gibi bak ve sevinçli bir ses çıkar. Böylece bebeğin neden ile sonucu keşfeder: kolum hareket ediyor ve bir şey oluyor. Henüz olmuyor mu? Oyuncağı yaklaştır ya da birkaç hafta sonra yeniden dene.

cooking-with-baby-in-view =
    .title = Bebeğin seni görürken yemek yap
    .body = Bebeğin uyanıkken yemek yapman ya da toparlaman mı gerekiyor? Onu seni görebileceği güvenli bir yere, yerdeki bir mindere ya da yerde duran bir ana kucağına yatır ve arada konuş: “Soğan doğruyorum, duyuyor musun?” Bebeğin bir ses çıkarınca başını kaldır ve cevap ver. Böylece işlerinle bebeğin arasında seçim yapmazsın: ulaşılabilir kalırsın. Mızıldanmaya dönerse bir süre kucağına al.

twins-no-labels =
    .title = İkizler: iki ayrı çocuk, etiket yok
    .body = İkizlerin mi var? O zaman herkes hemen soruyor: “Hangisi uslu olan?” Sen farkına varmadan biri “ağlak olan”, öbürü “sakin olan” oluveriyor. Bugün her bebeğin, diğerinden bağımsız olarak sevdiği bir şeye dikkat et ve soran olursa bunu anlat. Bebekler hızla değişir; her biri bir çiftin yarısı olarak değil, şu anki hâliyle görülmeyi hak eder. Herkes bazen karşılaştırır; önemli olan bırakabilmek.

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
    .body = Bugün bir resimli kitap al ve okurken bebeğinin nereye baktığını izle. Bakışı ördekte ya da kırmızı topta takılı kalıyorsa sayfayı hemen çevirme, o resim hakkında konuş: “Ördeği görüyor musun? Vak vak!” Böylece hikâyeyi değil bebeğini izlersin; bebeğin de ilgisini çeken şeyin önemli olduğunu hisseder. Bebeğin kitaptan başını mı çevirdi? O zaman bugünlük hikâye bitti.

feeding-with-a-big-sibling-beside-you =
    .title = Abla ya da ağabey yanındayken beslemek
    .body = Büyük çocuğun tam da sen bebeği beslerken mi ilgi istiyor? Bugün içinde birkaç kitap ya da bir uğraş olan, yalnızca beslenme zamanlarında ortaya çıkan bir sepet hazırla. Büyüğün yanına otursun; bebek içerken ona kitap oku ya da sohbet edin. Böylece bebeğin sesini duyar, büyük çocuğun da dışarıda kalmaz. Bir kez olmadı mı? Bir göz kırpma ve “Birazdan sıra sende” de yeter.

tell-your-baby-about-your-day =
    .title = Bebeğine gününü anlat
    .body = Bugün beslerken ya da yürüyüşte bebeğine gününü ya da geçmişi anlat: büyüdüğün ev nasıldı, öğlen ne yedin, kim aradı. Bebeğin kelimeleri anlamaz ama bütün inişleri ve çıkışlarıyla sesinin keyfini çıkarır ve böylece çok fazla dil duyar. Komik ya da akıllı olman gerekmez: sıradan bir hikâye yeterince iyidir. Sözün mü bitti? Mırıldanmak da olur.

what-you-know-about-your-baby =
    .title = Bebeğin hakkında şimdi ne biliyorsun?
    .body = Bugün bebeğin hakkında şimdi bildiğin ama doğumdan hemen sonra bilmediğin üç şeyi yaz: en çok nasıl taşınmayı sevdiği, hangi sesin onu sakinleştirdiği, neye güldüğü. Bebeğinin tam olarak ihtiyacı olan şey bu: onu başkalarıyla karşılaştırmadan bu çocuğun kim olduğunu gören biri. Bebeğini tanıyıp tanımadığından bazen şüphe mi ediyorsun? Artık cevabı yazılı olarak elinde. Bir ay sonra listeye ekle.

tension-at-home-soft-voice =
    .title = Evde gerginlik mi var? Bebeğinin yanında sesin yumuşak olsun
    .body = Bugün partnerinle, bir akrabanla ya da telefonda ortam mı geriliyor? Konuşmayı bebeğin uyuyana ya da başka yerde olana kadar ertele ve onun yanında sakin bir sesle konuş. Bebekler, hiçbir şey anlamasalar da seslerdeki ve bedenlerdeki gerginliği sezer. Birlikte bir işaret sözcüğü belirleyin, örneğin “Sonra”: bebek uyuyunca devam ederiz. Böylece kimse konuşmadan vazgeçmek zorunda kalmaz.
