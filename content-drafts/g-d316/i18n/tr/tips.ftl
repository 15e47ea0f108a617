face-wipe-after-eating =
    .title = Yemekten sonra: önce ıslak bez onda
    .body = Yemekten sonra ıslak bez yaklaşınca bebeğin başını mı çeviriyor? Önce silmesi için ona kendi ıslak bezini ver, çoğunu tepsiye sürse bile. Sonra ne yapacağını söyle: “Şimdi ağzın, hemen bitiyor.” Yüzünü karşıdan değil yandan, yumuşak ve kısa sil. Böylece bir baskın gibi hissettirmez. Birkaç lekenin kalmasında da sakınca yok.

grumpy-waking-from-the-nap =
    .title = Öğle uykusundan ağlayarak uyanmak
    .body = Bebeğin öğle uykusundan ağlayarak ya da huysuz mu uyanıyor? Onu sakince yatağından al ve yemeğe ya da giyinmeye geçmeden önce bir süre birlikte kanepeye oturun. Loş ışık, az söz, kolun onun etrafında. Bazı bebekler yavaş uyanır; senin sakin bedenin bir başlangıç noktası olunca bu daha kolay olur. Beş dakika çoğu zaman yeter.

window-wave-bye-bye-bus =
    .title = Pencereden otobüse el salla
    .body = Bebeğin bir otobüs ya da bisiklet geçince pencereyi mi gösteriyor? Bugün birlikte pencerenin önüne geçin, ne olduğunu söyle ve el sallayın: “Güle güle otobüs! Birazdan yine gelir.” Gerçekten de yine gelir, tekrar tekrar. Gitme ve geri gelme oyunu, gerçek vedaları biraz daha anlaşılır kılar. Yarın aynı saatte yine bakın: belki bebeğin kısa sürede kendisi gözlemeye başlar.

picture-book-let-them-point =
    .title = Resimli kitapta göstermeyi ona bırak
    .body = Bugün birlikte resimli bir kitaba mı bakıyorsunuz? Göstermeyi bebeğine bırak. Minik parmağı nereye konarsa adını söyle ve bir ses ekle: “Bir inek! Möö.” ‘Köpek nerede?’ gibi sınav sorularını bırakabilirsin; onu izlemek yeter. Böylece bebeğin, onun baktığı yere senin de baktığını keşfeder. Kitabın köşesini kemirmek ya da üç sayfayı birden çevirmek de bu yaşta okumaktır.

first-birthday-small-and-short =
    .title = Bebek boyutunda bir ilk doğum günü
    .body = İlk doğum günü yaklaşıyor mu? Kutlamayı bebeğinin gününe göre planla: bir uykudan sonra, bebeğinin tanıdığı birkaç kişiyle ve önceden söylediğin bir bitiş saatiyle. Tanıdık yüzlerle kısa bir kutlama, bir yaşındaki bir çocuğa bütün öğleden sonra dolu bir evden çok daha iyi gelir. Diğerleri başka bir gün uğrayabilir. Pasta daha çok büyükler için mi? Sorun değil.

their-own-words-list =
    .title = Bebeğinin kendi kelimeleri için bir liste
    .body = Bebeğinin, hangi dilde olursa olsun, hep aynı anlama gelen bir sesi var mı, biberon için “ba” ya da köpek için “hav” gibi? Onu gerçek bir kelime say ve cevap ver. Bu kelimeleri bugün yaz, listeyi büyükanne ve dedeye ya da kreşe ver. Herkes “ba”nın ne demek olduğunu bilince bebeğin kendini birden fazla yerde anlaşılmış hisseder. Listeyi büyütmeye devam et; güzel bir hatıra da olur.

buggy-stop-where-they-point =
    .title = Yürüyüşte onun gösterdiği yerde dur
    .body = Bugün bebek arabasıyla yürüyüşe mi çıkıyorsun? Bebeğin bir kuşu, bir köpeği ya da bir kepçeyi gösterirse dur ve arabanın yanına çömel. Adını söyle ve biraz bekle: “Bir güvercin. Yem topluyor.” Birkaç dakika boyunca yolu bebeğin belirlesin, sen izle. İzlenmek bir çocuğa, gözüne çarpan şeyin senin için önemli olduğunu anlatır. Yavaş bir yürüyüş olur; acelen olmayan bir gün seç.

word-with-a-hand-sign =
    .title = Kelimeye bir el işareti ekle
    .body = Her gün geçen iki üç kelime seç, ‘daha’, ‘bitti’ ya da ‘uyku’ gibi, ve her birine basit bir el işareti ver. Bugün yemekte ve uyku vaktinde kelimeyle işareti birlikte kullan. Birçok bebek bir kelimeyi söyleyemeden önce işaretini yapabilir; sana bir şey anlatabilmek de hayal kırıklığını yumuşatır. Kelimeler yine gelecek; işaret o zamana kadar bir köprüdür.

calling-from-the-next-room =
    .title = Emekleyip uzaklaşınca seslenişine cevap ver
    .body = Bebeğin koridora ya da yan odaya emekleyip şimdi sesleniyor ya da kapının arkasından sana mı bakıyor? O oda güvenliyse, olduğun yerden cevap ver: “Buradayım, mutfaktayım!” Sesin, bebeğinin biraz daha uzağı keşfederken tutunabileceği bir iptir. Koşarcasına geri gelirse onu karşıla ve yeniden gitmesine izin ver. Her seferinde gidip onu getirmen gerekmez.

shape-that-wont-fit =
    .title = Parça deliğe girmeyince
    .body = Bebeğin bir şekil deliğe girmediği ya da bir kapak açılmadığı için mi sinirleniyor? Önce olanı söze dök: “Off, çok sinir bozucu, girmiyor.” Sonra birazcık yardım et: şekli doğru yöne çevir, son itişi bebeğin kendisi yapsın. Sözlerin duygunun anlaşıldığını gösterir; küçük yardımın da işi yapılabilir tutar. Gözyaşları durmuyor mu? Önce sarılma, oyun sonra.

another-child-grabs-the-toy =
    .title = Başka bir çocuk oyuncağı kapınca
    .body = Arkadaşlarda ya da oyun parkında başka bir çocuk bebeğinin elinden oyuncağı mı kaptı? Yanına çömel ve olanı söyle: “Top sendeydi. Şimdi gitti. Bu hoşuna gitmedi.” Önce teselli et, sonra birlikte başka bir şey bulun ya da topu sakince geri iste. Bebeğin paylaşmayı henüz anlamaz, ama öfkesinin görülmesini anlar. Öteki çocuk da yaramaz değil, sadece küçük.

dressing-wait-for-the-arm =
    .title = Giyinirken: kolunun gelmesini bekle
    .body = Giyinmek çoğu zaman bir itiş kakışa mı dönüyor? Bugün bebeğinin eli için kolu açık tut, “Kolun nerede?” de ve birkaç saniye bekle. İlk doğum günü civarında birçok bebek biraz yardım etmeye başlar: kolunu yenden geçirir, ayağını kaldırır. Gördüğünü söyle: “İşte orada! Sen de yardım ettin.” Böylece giyinmek birlikte yaptığınız bir şey olur. Bugün olmadı mı? O zaman sen giydirirsin, o kadar.

baby-says-no-without-words =
    .title = Bebeğin sözsüz ‘hayır’ diyor
    .body = Bir şey uzattığında bebeğin başını iki yana sallıyor, elini itiyor ya da arkasını mı dönüyor? Birçok bebek ilk ‘hayır’ını böyle söyler. Bugün mümkün olan yerde bunu ciddiye al: “Hayır mı? Ayıcık olmasın. Tamam.” Bir şey yine de gerekiyorsa, mont ya da bez gibi, fark ettiğini söyle: “İstemiyorsun, değil mi? Hemen bitiyor.” Duyulan bir ‘hayır’, ne istediğini belli etmenin işe yaradığını öğretir.

climbing-everything-cushion-mountain =
    .title = Her yere tırmanıyor mu? Bir minder dağı kur
    .body = Bebeğin bu aralar sehpadan açık bulaşık makinesine kadar her yere mi tırmanıyor? Bugün kanepe minderlerini ve birkaç battaniyeyi yere yığıp alçak bir dağ yap ve yanına otur. Bebeğin tırmansın, yuvarlansın, kayıp insin; sen daha çok izle: “Tepeye çıktın!” Sen yakındayken heyecanlı bir şeye cesaret eder, iş fazla coşunca da sana döner. Sonra dağı birlikte toplayın.

hello-on-a-toy-phone =
    .title = “Alo, kim o?” Oyuncak telefonla konuşmak
    .body = Bebeğin sürekli telefonuna mı uzanıyor? Bir oyuncak telefon ya da bir küp al, kulağına tut ve söyle: “Alo? Aa, sen misin!” Sonra onu bebeğine ver ve bekle. Çıkardığı her küçük sese gerçek bir sohbetteymişsiniz gibi cevap ver, onun sırası için aralar bırak. Böylece konuşmanın karşılıklı akışını yüz yüze çalışırsınız. Bazı bebekler hemen kendi diliyle cevap verir, bazıları önce izler; ikisi de iyi.

let-them-press-the-button =
    .title = Düğmeye bebeğin bassın
    .body = Bebeğin ışık düğmesini, kapı zilini ya da asansörün düğmesini mi gösteriyor? Onu kaldır ve kendisi bassın: ışık açık, ışık kapalı. Ne olduğunu söyle: “Işığı sen açtın!” Böylece bebeğin kendi hareketinin bir şeyleri değiştirdiğini keşfeder; senin sevinçli yüzün de yanındayken bu daha da güzel gelir. Prizler ve ocak düğmeleri elbette yasak bölge.

stairs-with-you-right-behind =
    .title = Merdiven tırmanmak, sen hemen arkasındayken
    .body = Merdivenler bebeğini çok mu çekiyor? Bugün bir an seç ve birlikte birkaç basamak tırmanın; sen hemen arkasında ol, ellerin yakında. Sonra inmeyi çalışın: arkasını dönerek, karnının üstünde, önce ayaklar. Bebeğin heyecanlı bir şey dener, sen de güvenlik ağı olursun. Sonra merdiven kapısını yine kapat: merdiven şimdilik yalnız değil, birlikte yapılan bir şey.

first-rides-in-the-bike-seat =
    .title = Bisiklet koltuğunda ilk turlar
    .body = Bebeğin artık sağlam oturuyor ve bisikletinin çocuk koltuğunda seninle mi geliyor? Sakin bir saatte kısa bir turla başla ve yol boyunca konuşmaya devam et: “Hadi gidiyoruz! Bak, bir köpek.” Arka koltukta bebeğin yüzünü göremez; orada olduğunu ona sesin söyler. Yolun hep aynı bir kısmında aynı şarkıyı söyle. Birkaç turdan sonra bebeğin onu tanıyabilir ve bisiklet şarkınızı dört gözle bekleyebilir.

childcare-song-sung-at-home =
    .title = Kreşteki şarkı evde de
    .body = Kreşte ya da gündüz bakıcısında yemekte, toplanırken ya da uykudan önce hep aynı şarkı mı söyleniyor? Bebeğini alırken hangi şarkı olduğunu sor ve sana bir kez söylemelerini iste. Evde de benzer bir anda söyle. Böylece iki yerde de tanıdık bir şey duyulur ve bebeğin bu iki dünyanın birbirine ait olduğunu fark eder. Sözlerini bilmiyor musun? Melodiyi mırıldan; önemli olan o.

song-with-a-gesture-gap =
    .title = Hareketli bir şarkı ve bebeğine bir boşluk
    .body = Bugün hareketli bir şarkı söyle, örneğin dönen ellerle ‘Otobüsün tekerleği’. Birkaç kez söyledikten sonra bir hareketin hemen öncesinde dur ve gözlerini açıp bekle. Birçok bebek bu boşluğu bir el sallama, bir alkış ya da kendi sesiyle doldurur. Bu duraklama şarkını, bebeğinin de bir rolü olduğu bir sohbete çevirir. Şimdilik sadece izliyor mu? O da olur: her şeyi biriktiriyor.

a-remark-that-keeps-nagging =
    .title = İçini kemiren bir söz
    .body = Biri bebeğin hakkında aklından çıkmayan bir şey mi söyledi, “Çok sessiz değil mi?” ya da “Hâlâ hiçbir şey söylemiyor, ha?” gibi? Bunu tek başına taşıma, geceleri de telefonda saatlerce arama yapma. Consultatiebureau’yu (çocuk sağlığı merkezini) ara; ne duyduğunu ve kendin ne gördüğünü anlat. Çoğu zaman her şey yolundadır; değilse erkenden fark etmiş olursun. Sormak abartmak değildir.

walking-on-your-fingers =
    .title = Parmaklarından tutup yürümek, peki ya belin?
    .body = Bebeğin bütün gün parmaklarından tutup evin içinde yürümek mi istiyor, belin de isyan mı ediyor? İşi çeşitlendir. İtmesi için içinde birkaç kitap olan sağlam bir kutu koy, kanepeye tutunarak ilerlemesine izin ver ya da yere oturup o karşında ayakta dururken ellerinden tut. Bebeğin en çok sen yakındayken alıştırma yapmak ister, illa senin elinde değil. Böylece ikiniz de daha uzun dayanırsınız.

back-to-normal-after-a-sick-week =
    .title = Hasta bir haftadan sonra adım adım normale
    .body = Bebeğin iyileşti ama hâlâ sana yapışık mı ve kötü mü uyuyor? Bu çoğu zaman birkaç gün sürer. Alışık olduğunuz düzene parça parça dön: önce tanıdık yatma saati, sonra gündüz uykuları, sonra gerisi. Bu arada bebeğinin istediği fazladan yakınlığı vermeye devam et. Bir hafta kadar sonra hâlâ eski hâline dönmedi mi? Aile hekimine (huisarts) ya da consultatiebureau’ya (çocuk sağlığı merkezine) danış.

eating-out-with-your-baby =
    .title = Bebeğinle dışarıda yemek
    .body = Bugün bir restoranda ya da kafede mi yemek yiyeceksiniz? Bebeğinin her zamanki yemek saatine yakın bir saat seç; kendi kaşığını, bardağını ve tanıdık bir yiyeceğini yanına al. Mama sandalyesini yanına koy ki bebeğin sadece kalabalığı değil, senin yüzünü de görsün. Yabancı bir yerde tanıdık eşyalar yemeği bildik bir şeye çevirir. Kısa bir yemeğe de hazır ol: tatlı eve de gelebilir.

lots-of-new-toys-one-at-a-time =
    .title = Birden çok yeni oyuncak mı? Her seferinde bir tane
    .body = Bir doğum günü ya da bayram bebeğine birden bir yığın yeni oyuncak mı getirdi? Çoğunu şimdilik kaldır ve bugün tek bir şey çıkar. Onunla yere otur ve acele etmeden, nasıl ‘doğru’ oynanacağını hemen göstermeden birlikte keşfedin. Bir anda çok fazla şey birçok bebeği huzursuz eder; senin ilginle birlikte tek bir şey ise bir şenliktir. Bir iki hafta sonra değiştir: kaldırdıkların yeniden yeni gelir.

first-birthday-looking-back =
    .title = Birlikte bir yıl: gerçekte nasıldı, anlat
    .body = İlk doğum günü civarında birçok ebeveyn geriye bakar. Gururun yanında zor bir doğumun, bir hastane yatışının ya da ağır ayların anıları da gelebilir. Bu normaldir. Bugün güvendiğin birine bu yılın senin için gerçekte nasıl geçtiğini, zor kısımlarıyla anlat. Birinin seni dinlemesi, yaşananları yerine oturtmaya yardım eder. Anılar ağır mı basıyor? Aile hekiminle (huisarts) konuş.

the-walking-yet-question =
    .title = “Yürüyor mu artık?”
    .body = Kutlamalarda karşılaştırma başlar: kim yürüyor, kim konuşuyor? Bugün hazır bir cümlen olsun: “Biz kendi hızımızda gidiyoruz.” Bir yaş civarında bebekler yürüme ve konuşmada aylarca farklı olabilir; bu normaldir. Bebeğinin kimseye yetişmesi gerekmez; olduğu gibi onun tadını çıkaran birine ihtiyacı var. Gerçek bir endişen mi var? Consultatiebureau’ya (çocuk sağlığı merkezine) götür.

no-forced-kisses-a-wave-will-do =
    .title = Öpücük için zorlama: el sallamak da olur
    .body = Bir amca, teyze ya da büyükanne öpücük mü istiyor, bebeğin de başını omzuna mı gömüyor? Hem bebeğine hem de o yetişkine yardım et: “Bugün el sallıyoruz. Sen de sallar mısın?” Üstelemeden önce sen el salla. Böylece bebeğin kendi bedeni hakkında söz sahibi olduğunu öğrenir, karşındaki de yine bir selam alır. Öpücük çoğu zaman sonra, bebeğin canı istediğinde kendiliğinden gelir.

shy-baby-roll-a-ball =
    .title = Çekingen bebek, kırgın akraba? Top yuvarlayın
    .body = Bebeğin büyükannesi, dedesi ya da teyzesi onu kucağa almak isteyince ağlıyor, o kişi de biraz kırılıyor mu? Ona uzaktan bir oyun ver: bir metre ötede yere otursun ve senin kucağında güvende oturan bebeğine bir top yuvarlasın. Topun geri gelip gelmeyeceğine bebeğin karar versin. Böylece akraba, bebeğinin temposunda gerçek bir rol alır. Bunun kişisel olmadığını da söyle: bu yaşta bu çok yaygındır.

petting-farm-from-your-arm =
    .title = Çocuk çiftliğinde, senin kucağından
    .body = Bugün çocuk çiftliğine mi gidiyorsunuz? Bebeğini kalçanda taşı, ne kadar yaklaşacağınızı onun bedeni söylesin. Öne eğilip parmakla göstermek ‘daha yakına!’ demektir; kaskatı kesilmek ya da yüzünü boynuna gömmek ‘bu kadarı yeter’. Gördüklerinizi adlandır: “Bir keçi. Meee!” Bebeğinin seçtiği mesafede kalırsan, büyük ve yeni bir şey korku değil macera olur. Sonraki ziyarette çoğu zaman daha cesurdur.

supermarket-point-and-hold =
    .title = Markette gösterdiği şeyi tutmasına izin ver
    .body = Bugün bebeğin alışveriş arabasının oturağında, alışverişe mi çıkıyorsunuz? Muzları ya da ekmeği gösterirse adını söyle ve bir an tutması için ona ver: “Muz. Biraz alalım mı?” Sonra arabaya bırakmasına izin ver. Böylece bebeğin kelimeyi, dokusunu ve ağırlığını aynı anda alır, kalabalık olabilen bir yerde de bir görevi olur. Sakin bir saatte bu, cumartesi kalabalığından daha kolay olur.

their-first-joke =
    .title = Bebeğinin ilk şakasına gül
    .body = Bebeğin sana bir oyuncak uzatıp tam almak üzereyken geri mi çekiyor, ya da başına bir bardak koyup sana mı bakıyor? Bu bir şaka, ilk şakalarından biri. Sen de gül, rolünü oyna (“Hey! Nereye gitti?”) ve bir daha yapmasına izin ver. Birlikte gülmek şunu söyler: seni görüyorum ve yaptığın şeyi seviyorum. Bir sonraki turdan hemen önceki o muzip bakışı kaçırma.

grief-in-the-family =
    .title = Ailede yas, kucağında bir bebekle
    .body = Biri mi vefat etti; bir cenaze ya da ziyaretçi ve acıyla dolu günler mi var? Güvendiğin bir kişiden o gün bebeğinle ilgilenmesini ve her şey fazla gelince onu dışarı çıkarmasını iste. Evde uyku ritüelini sürdür. Bebeğinin yanında ağlamak serbest; yumuşakça söyle: “Üzgünüm ve seni seviyorum.” Bebeğinin hiçbir şeyi çözmesi gerekmez, ama sağlam bir kola ihtiyacı var. Senin de: yardım almana izin ver.

missed-the-first-steps =
    .title = İlk adımları kaçırdın mı?
    .body = Bebeğin ilk adımlarını kreşte, büyükanne ve dedesinin yanında ya da sen kısa bir süre dışarıdayken mi attı? Bu insanın içine dokunabilir. Nasıl olduğunu sor ve kendin gördüğünde kutla: senin için o ilk seferdir, bebeğin de en çok senin sevincini hisseder. Önemli hiçbir şeyi kaçırmadın. Bebeğinin orada alıştırma yapmaya cesaret etmesi, orada da kendini güvende hissettiğini gösterir.

new-baby-coming-time-the-changes =
    .title = Yeni bir bebek mi geliyor? Değişiklikleri zamanla
    .body = Ailenize yeni bir bebek mi katılıyor? Büyük çocuğunu bekleyen değişikliklere bak: başka bir oda, kreşe başlamak, yeni bir yatak. Mümkünse bunları doğumdan birkaç ay önce yap ya da doğumdan epey sonraya bırak. Doğum sırasında küçüğünün kimin yanında kalacağına da şimdiden karar ver: tercihen onu iyi tanıyan biri. Aynı anda daha az değişiklik, yeni kardeşi karşılamayı kolaylaştırır.

pregnant-and-tired-floor-cuddles =
    .title = Yine hamile ve yorgun musun? Yerde sarılın
    .body = Yine hamilesin ve bir yaşındaki çocuğunu kaldırıp taşımak sana zor mu geliyor? Yakınlığı yere taşı: bir halının üstüne otur ve bebeğin kucağına tırmansın, ya da kanepede uzanıp küçüğün sana sokulmuşken kitap okuyun. Ağır kaldırma işlerini mümkün olduğunca başkasına bırak. Yakınlık, taşımak demek zorunda değil; bebeğin en çok senin yanında olmak ister.

library-let-them-choose =
    .title = Birlikte kütüphaneye
    .body = Bugün bebeğinle kütüphaneye git ve bebek kitaplarının olduğu köşeyi bul. Yere otur, birkaç kitabı önüne koy ve bebeğin seçsin: tutsun, çevirsin, üstüne vursun. Bebeğinin tekrar tekrar eline aldığı kitap sizinle eve gelir. Birlikte seçmek zaten bir sohbettir; kendi seçtiği kitap da ona kendisininmiş gibi gelir. On beş dakika yeter; yarın evde kucağında okursunuz.

awake-at-five-every-morning =
    .title = Her sabah saat beşte uyanık mı?
    .body = Bebeğin haftalardır gün ağarırken mi uyanıyor ve sen bitkin mi düştün? İlk saati sakin bir saat yap: loş ışık, kendin için bir bardak su, güvenli bir odada bir halının üstünde birkaç kitap ve küple ikiniz; henüz koşturma da ekran da yok. Mümkünse erken kalkmayı sırayla yapın, sen de bir akşam daha erken yat. O saatte her şeyin keyifli olması gerekmez; sakin ve birlikte olmak yeter.

washing-hands-together-before-meals =
    .title = Yemekten önce birlikte el yıkamak
    .body = Bugün yemekten önce ellerinizi birlikte yıkayın. Bebeğini musluğun başında kalçana al, ılık suyu ellerinizin üstünden akıt ve sabunu onun minik ellerinin arasında yavaşça köpürt. Sonra sen ellerini uzat: bebeğin onları yıkayabilir mi? Böylece bir iş, dokunmanın ve sırayla yapmanın anı olur; bir süre sonra bebeğin şunu bilir: musluktan sonra yemek gelir. Su sıçratmak işin parçası; havlu hazır tut.

new-partner-bond-grows-slowly =
    .title = Yeni bir partner mi? Bağ yavaş yavaş büyüsün
    .body = Giderek daha sık yanınızda olan yeni bir partnerin mi var? Teselli etmek ve uyutmak şimdilik sende kalsın; o önce oynasın, kitap okusun ya da topu geri yuvarlasın. Böylece bebeğin yeni kişiyi güzel anlarda, kendi hızında tanır. Bir bebek birden fazla insana bağlanabilir, ama bu adım adım olur. Bebeğin başta mesafeli mi duruyor? Bu, o kişi hakkında bir şey söylemez; sadece zaman tanı.

teddy-gets-a-drink =
    .title = Ayıcık da susadı
    .body = Bugün bir bardak al ve oyuncak ayının ağzına götür: “Ayıcık susamış. Mmm, çok güzel!” Sonra bardağı bebeğine ver ve ne olacağına bak. İlk doğum günü civarında bazı bebekler bunu taklit etmeye başlar. Gördüğünü söyle: “Ayıcığa su veriyorsun. Ne güzel.” Mış gibi yapmak, başkasının neye ihtiyacı olduğunu düşünmenin erken bir yoludur. Yarın belki ayıcık uykuludur.

first-shoes-shoes-on-we-go-out =
    .title = İlk ayakkabılar: “Ayakkabılar tamam, dışarı çıkıyoruz!”
    .body = Bebeğin birkaç adım atıyor ve dışarısı için ilk ayakkabılar gündemde mi? Giymeyi küçük bir ritüele çevir: bir ayakkabıyı bebeğin tutsun, ayağını birlikte içine sokun ve her seferinde aynı sözleri söyle: “Ayakkabılar tamam, dışarı çıkıyoruz!” Tanıdık sözler uğraştırıcı bir işi, bebeğinin dört gözle beklemeyi öğrendiği bir işarete çevirir. Evde çıplak ayak ya da kaydırmaz çorap kalabilir.

in-the-park-feel-and-name =
    .title = Parkta: dokunsun, sen de bir kelime ekle
    .body = Bugün parka ya da ormana mı gidiyorsunuz? Bir yer bul ve bebeğine dokunacağı şeyler ver: bir yaprak, bir çam kozalağı, bir dal, ağacın pürüzlü kabuğu. Yanına tek bir kelime ekle: “Pürüzlü. Islak. Pürüzsüz.” Bir şeye dokunurken senin kelimeni duymak dili elle tutulur kılar; sen de bebeğinin ilgisini çeken şeyi izlemiş olursun. Küçük taşlar ve yemişler ağza girmemeli, gözün üstünde olsun.

familiar-face-looks-different =
    .title = Tanıdık bir yüz birden farklı mı görünüyor?
    .body = Yeni bir gözlük, kesilmiş bir sakal, yeni bir saç, ya da tanıdık biri birden şapka veya maske mi takıyor? Bebeğin irkiliyor ya da şüpheyle mi bakıyor? Önce her zamanki sesinle konuş ve kendi hızında bakıp dokunmasına izin ver: gözlüğe, yanağa, saça. Bebekler yüzleri çok dikkatle okur; tanıdık bir ses yeni görüntüyü tanımasına yardım eder. Çoğu zaman bir iki günde unutulur.

first-haircut-on-your-lap =
    .title = Senin kucağında ilk saç kesimi
    .body = Kuaförde ya da evde ilk saç kesimi mi yaklaşıyor? Bebeğini aynaya dönük olarak kucağına al ki ikinizi de görsün ve ne olduğunu anlat: “Kırt, işte bir tutam saç gitti.” Tutması için ona bir tarak ver. Kucağın ve sesin, tuhaf makas seslerini daha az korkutucu yapar. Dinlenmiş ve tok olduğu bir an seç ve kısa tut. Çok mu geldi? Dur: yamuk bir perçem bir hafta idare eder.

from-two-naps-to-one =
    .title = İki uykudan teke, yavaş yavaş
    .body = Bebeğin ikinci gündüz uykusuna karşı mı direniyor? Bazı bebekler bu sıralarda tek uykuya geçer, birçoğu biraz daha sonra. Geçiş çoğu zaman haftalar sürer, arada iki uykulu günler olur. Tek uykulu günlerde öğle yemeğini ve uykuyu biraz öne al, akşam da onu daha erken yatır. Aşırı yorgun bir bebek çoğu zaman daha yapışkan olur ve kolay ağlar; öğleden sonra fazladan sarılmalara hazır ol.

stopping-a-feed-keep-the-lap =
    .title = Biberon ya da emzirme bitiyor mu? Kucak kalsın
    .body = İlk doğum günü civarında biberonu ya da bir emzirme öğününü mü azaltıyorsun? O öğün çoğu zaman bir yakınlık anıydı da. Bu kısmı koru: günün aynı saatinde bebeğin kucağında, bir bardak süt ya da atıştırmalıkla, bir kitapla ve etrafında senin kolunla. Bir öğünü bırakmak sarılmayı bırakmak demek değildir. Acele yok: bunu kendi hızınızda yapabilirsiniz.

a-homemade-book-of-their-day =
    .title = Bebeğinin kendi günü üzerine ev yapımı bir kitap
    .body = Bugün bebeğinin sıradan gününden birkaç fotoğraf çek: uyanmak, kahvaltı, bebek arabası, banyo, yatak. Bunları bastır, küçük bir albüme yerleştir ve birlikte sayfalarını çevirin: “Bak, banyodaki sensin. Sonra ne oluyor?” Bebeğinin başrolde olduğu ve her şeyin tanıdık sırayla olduğu bir kitap çoğu zaman favori olur. İleride yeni şeyler için sayfalar ekleyebilirsin, büyükannede kalmak gibi.

working-from-home-baby-awake =
    .title = Bebeğin uyanıkken evden mi çalışıyorsun?
    .body = Kreş kapalı ya da bebeğin yeni iyileşmiş olduğu için bugün o uyanıkken evden mi çalışıyorsun? İşini bloklara böl, aralarda kısa ama tam bir ilgi ver: beş dakika yerde, bilgisayar kapalı, gerçekten birlikte. Bu, bütün gün yarım yamalak orada olmaktan iyidir. İşe dönerken söyle: “Şimdi biraz yazacağım, buradayım.” Bugün neredeyse hiç iş çıkaramadın mı? Bu senin kusurun değil.

arms-up-pick-me-up =
    .title = Kollar havada: “Kucak!”
    .body = Bebeğin bacağının dibinde kollarını havaya mı kaldırıyor? Bu, bir bebeğin sorabileceği en açık sorulardan biridir: beni kucağına al, yanında olmak istiyorum. Bugün birkaç kez, istediği anda onu kucağına al, yarım dakikalığına da olsa. Gerçekten olmuyorsa, mesela elinde sıcak bir tencere varsa, bir an çömel ve söyle: “Seni görüyorum. Önce tencere, sonra seni kucağıma alacağım.” Sonra da al.
