# Daily tips (batch d-d156): .title at most 60 characters, .body at most 400.

sitting-against-you-on-the-floor =
    .title = Bacakların oturmak için bir koltuk olsun
    .body = Bebeğin otururken hâlâ sallanıyor mu? Bugün bacaklarını V şeklinde açarak yere otur ve bebeğini, sırtı karnına dayalı olarak aralarına yerleştir. Bir oyuncağı tam uzanabileceği yere koy. Senin bedenin sırt dayanağı olunca bebeğin öne uzanmaya ve etrafına bakmaya cesaret eder. Devrilirse sakince tut: ‘Hop, seni tuttum.’ Yarın oyuncağı biraz daha uzağa koyabilirsin.

pram-seat-facing-you =
    .title = Bebek arabasında yüzü sana dönük olsun
    .body = Bebek arabanın ya da pusetinin oturağı iki yöne de dönebiliyor mu? Bugün kalabalık bir sokakta yürürken onu, bebeğinin yüzü sana bakacak şekilde çevir. Bir korna çalınca, bir köpek havlayınca ya da çok insan geçince bebeğin hemen yüzüne bakıp her şeyin yolunda olduğunu oradan okuyabilir. Seni aradığında başını salla ve gülümse. Oturak dönmüyor mu? Ara sıra dur ve ona doğru eğil.

babble-back-as-if-its-news =
    .title = ‘Ba-ba-ba’ya büyük bir haber gibi cevap ver
    .body = Bebeğin bugün ‘ba-ba-ba’ ya da ‘da-da’ diye sesler mi çıkarıyor? Ona bak ve büyük bir haber duyuyormuş gibi cevap ver: ‘Ba-ba mı? Gerçekten mi? Anlat bakalım!’ Sonra sesi kendin söyle ve bekle. Bebeğin böylece kendi seslerinin bir sohbet başlattığını ve seni dinleyici olarak bulduğunu keşfeder. Yarın ‘ma-ma’ ya da ‘bu-bu’ gibi yeni bir ses dene ve geri gelip gelmediğini dinle.

teething-cool-ring-and-a-lap =
    .title = Diş mi çıkıyor? Serin bir dişlik ve kucağın
    .body = Çok salya, her şeyi çiğneme ve huysuzluk mu var? Belki dişler yolda. Bugün dondurucuda değil, buzdolabında beklemiş bir diş kaşıyıcı ver ve bebeğini her zamankinden daha sık kucağına al. Acıya, biri onu seninle birlikte taşıdığında daha kolay katlanılır. Emin değilsen, bebeğinin ateşi varsa ya da iyi içmiyorsa aile hekimine ya da consultatiebureau’ya (çocuk sağlığı merkezine) danış.

toys-from-the-kitchen-drawer =
    .title = En güzel oyuncaklar bedava
    .body = Pahalı şeyler alman gerektiğini mi hissediyorsun? Bugün bebeğine tahta bir kaşık, plastik bir kap ve temiz bir çorap ver, sen de yanına otur. Bu yaştaki bebekler her şeyi elleri ve ağızlarıyla keşfeder; en güzeli de oyuna katılan senin yüzündür: ‘Güm, kabın üstüne!’ Bebeğine en çok yarayan oyuncak değil, yanındaki sensin. Yalnızca ağzına sığacak kadar küçük bir şey olmadığından emin ol.

short-fuse-day-go-outside =
    .title = Bugün sabrın mı az? Dışarı çık
    .body = Bugün fitilinin kısa olduğunu ve her şeyin sinirine dokunduğunu mu fark ediyorsun? Kendine ve bebeğine mont giydir, bebek arabasıyla ya da kanguruyla bir tur at. Temiz hava, hareket ve bakacak başka bir şey çoğu zaman gerginliği alır, hem senin hem bebeğinin. Hiçbir şeyi çözmen gerekmiyor, sadece kapıdan çık. Döndüğünde hâlâ çok mu geliyor? Birinden bir süreliğine işi devralmasını iste.

raspberry-on-the-tummy =
    .title = Karnına bir ‘pırrt’
    .body = Bebeğin bugün alt değiştirme masasında ya da yatakta karnı açık, elin yanında mı yatıyor? Karnına yavaşça bir ‘pırrt’ üfle ve bekle. Bu yaşlarda pek çok bebek kahkahalarla güler; böyle bir dokunuşla birlikte gülmek ikinizde de bağ hormonu oksitosini salgılatır. Bacaklarını çekerse ya da başka yere bakarsa yeterli demektir. Bir çığlık ya da saçına uzanan bir el şu anlama gelir: bir daha!

first-taste-face-to-face =
    .title = İlk tat: yüzün de yardım eder
    .body = Bebeğin bugün ya da yakında ilk lokmasını mı tadacak? Aşırı aç ya da yorgun olmadığı sakin bir an seç ve karşılıklı oturun. Yüzünü buruşturursa sıcacık gülümse ve de ki: ‘Yeni, değil mi? Nasıl bir tadı var?’ Yabancı bir şeyle karşılaşınca bebeğin senin yüzüne bakar; rahat bir bakış ‘bu güvenli’ der. İlk sefer için birkaç yalama fazlasıyla yeter.

little-hands-on-your-face =
    .title = Bebeğin yüzünü keşfetsin
    .body = Bebeğin bugün burnuna, ağzına ya da gözlüğüne mi uzanıyor? Yüzünü bir an hareketsiz tut ve minik ellerin dokunmasına izin ver. Tuttuğu yeri yumuşakça adlandır: ‘Bu benim burnum. Bu da çenem.’ Bebeğin için evdeki en ilginç şey senin yüzündür; bu dokunma da sana yakınlaşmanın bir yolu. Saçını ya da küpeni çekerse, minik elini sakince yanağına götür.

money-post-opened-together =
    .title = Para sıkıntısı mı? Zarfları tek başına açma
    .body = Para dar olduğu için zarfları açmadan mı bırakıyorsun? Bugün onları güvendiğin biriyle birlikte aç. Belediyen (gemeente) para sıkıntısı ve borçlar için çoğu zaman ücretsiz yardım sunar; consultatiebureau (çocuk sağlığı merkezi) de yol gösterebilir. Para stresi, bebeğinin ihtiyaç duyduğu sabrı tüketir; yani yardım aramak da bebeğine bakmaktır. Utanmana gerek yok: bu pek çok ailenin başına gelir.

board-book-in-the-mouth =
    .title = Kitap ağza mı gidiyor? Yine de oku
    .body = Bebeğin bugün kitabı kapıp hemen ağzına mı götürüyor? Bu, bu yaşın bir parçası: her şeyi böyle keşfeder. Sağlam, karton ya da kumaş bir kitap seç, bebeğinin tutmasına izin ver ve o an üstte hangi resim varsa onu anlatmaya devam et. Önemli olan senin sesin ve birbirinize sokulup oturmanız, hikâyeyi bitirmek değil. Üç sayfa da olur, tek sayfa da.

wait-for-the-open-mouth =
    .title = Ağız açılana kadar kaşıkla bekle
    .body = Bugün kaşıkla mı besliyorsun? Kaşığı bebeğinin ağzının önünde tut ve kaşığı içeri itmek yerine, kendisi öne eğilip ağzını açana kadar bekle. Başını çevirirse ya da ağzını kaparsa, şimdilik bu kadar. Böylece bebeğin sofrada da dinlendiğini hisseder. Neyin ve ne zaman verileceğine sen karar verirsin; ne kadar yiyeceğine bebeğin.

short-supermarket-trip =
    .title = Bebekle alışveriş: kısa ve doğru zamanda
    .body = Bugün bebeğinle markete mi gideceksin? Dinlenmiş ve karnı tok olduğu bir zamanda git ve listeyi kısa tut. Parlak ışıklar, müzik, bip bip öten kasalar ve kalabalık bir bebek için aynı anda çok fazla şey. Raflar arasında onunla yumuşak bir sesle konuş. Huysuzlanmaya başlarsa önce sakin bir reyona geçip sarılın; listedeki son şey yarına da kalabilir.

milk-feed-stays-a-cuddle =
    .title = Süt öğünü hâlâ bir sarılma anı
    .body = Bebeğin birkaç kaşık yemeye başladı mı? O zaman emzirme ya da biberon daha az önemliymiş gibi gelebilir. Bugün bir süt öğününü bilerek sakin bir sarılma anına çevir: kolunda, sana sokulmuş, ışıklar biraz kısık. Yemek değişiyor, ama içerken gelen yakınlık bebeğin için bir huzur kaynağı olmaya devam eder. Etraftaki her şey yüzünden içemeyecek kadar mı dalgın? Daha sessiz bir yer bul.

splash-song-in-the-bath =
    .title = Banyoda bir şıpırtı şarkısı
    .body = Bebeğin bugün küvette, senin elin sırtında sıkıca, oturuyor mu? Kısa bir şarkı söyle ve her kıtanın sonunda, hep şarkının aynı yerinde, boştaki elinle suya hafifçe vur. Hep aynı yerde şıpırtısı olan bir şarkı, bebeğinin beklemeyi öğrendiği bir oyuna dönüşür; ne geleceğini bilmek de güven verir. Bebeğini banyoda asla yalnız bırakma, bir anlığına bile.

messy-hands-in-the-bowl =
    .title = Dağıtmak serbest: eller kâsede
    .body = Bebeğin bugün elleriyle yemek kâsesine mi dalıyor? Bırak dalsın. Sandalyenin altına eski bir bez ya da gazete ser ve her lokmadan sonra yüzünü silme. Dokunmak, sıkmak ve bulamak, bebeğinin yemeğin ne olduğunu keşfetme yoludur ve bu keşif tamamen onundur. Temizliği en sona bırak ve önce söyle: ‘Şimdi ellerimizi yıkıyoruz.’ Yer çabucak temizlenir; merak kalır.

first-time-in-the-pool =
    .title = Havuzda ilk kez
    .body = Bugün bebeğinle yüzmeye ya da bebek yüzme dersine mi gidiyorsun? Bebeğin dik bir şekilde göğsüne yaslanmış, yüzün yakınında, suya yavaşça gir ve onu hep sıkıca tut. Yankı, insanlar ve su aynı anda bir sürü yenilik demek; senin bedenin ve sesin ise tanıdık dayanaktır. Grubun geri kalanının ne yaptığına değil, bebeğine bak. Titreme, başını çevirme ya da ağlama şu demek: sudan çık ve sıcacık sar.

cot-babble-answer-from-the-landing =
    .title = Yataktan agu sesleri mi? Uzaktan cevap ver
    .body = Bebeğin sabahları uyanık yatıp yatağında agu agu mu ediyor? Bugün daha koridordayken seslen: ‘Günaydın, seni duyuyorum, geliyorum!’ Ve sonra gerçekten gel. Bebeğin böylece, sen henüz görünmüyorken bile sesinin sana ulaştığını keşfeder. Yarın kapının arkasından ona agu diye karşılık ver ve bir cevap gelecek mi, dinle.

cuddle-stops-on-a-long-drive =
    .title = Uzun araba yolculuğu mu? Sarılma molaları planla
    .body = Bugün aileye ya da tatile uzun bir yol mu gidiyorsunuz? Bebeğinin oto koltuğundan çıkabileceği düzenli molalar planla: dik bir şekilde sana yaslanmak, etrafa bakmak, bir öğün ya da sadece bir sarılma. Seni göremeden uzun süre kemerle bağlı kalmak bir bebek için zordur; böyle bir mola pilleri yeniden doldurur. Araba hareket ederken bebeğin koltuğunda kalır; sen yerinden şarkı söyle ya da konuş.

other-carer-does-it-differently =
    .title = Farklı yapmak da iyi yapmaktır
    .body = Eşin ya da bebeğine sık bakan başka biri bugün bazı şeyleri senden farklı mı yapıyor: başka bir şarkı, başka bir tutuş, daha hareketli bir oyun? İzle ve düzeltmeyi şimdilik kendine sakla. Bir bebek iki farklı yola kolayca alışır; o kişinin kendi tarzı da aralarındaki bağın imzası olur. Yalnızca güvensiz bir şey varsa araya gir. Sonra bir sor: ‘Sende en iyi ne işe yarıyor?’

own-room-you-still-come =
    .title = Kendi odası: sen yine aynı hızla gelirsin
    .body = Bebeğin kısa süre önce kendi odasına mı geçti? Bugün onu iyi duyabildiğinden emin ol: bir bebek telsizi ya da aralık bırakılmış bir kapıyla. Beşiği yanındayken nasıl gidiyorsan, şimdi de o kadar çabuk git. Böylece bebeğin aradaki bir duvarın kimin geleceğini değiştirmediğini öğrenir. Uykuyla ilgili geri kalan her şey aynı kalsın: sırtüstü, uyku tulumunda, yatakta oyuncak, yastık ya da bez olmadan.

high-chair-at-the-family-table =
    .title = Mama sandalyesi aile sofrasında
    .body = Bugün mama sandalyesini televizyonun önüne ya da bir köşeye değil, yemek masasına, diğerlerinin arasına koy ve kemerlerini tak. Bebeğin sadece birkaç kaşık yese ya da yalnızca kaşık sallasa bile böylece o da sofranın bir parçasıdır: bakılacak yüzler, sesler, arada bir ona cevap veren biri. Sofrada bebeğin, yemeğin birlikte yapılan bir şey olduğunu yaşar. Elinde kendi kaşığı olunca tamamdır.

video-call-with-family-far-away =
    .title = Aile uzakta mı? Düzenli bir görüntülü arama
    .body = Büyükanne, büyükbaba ya da başka sevdiklerin uzakta, belki başka bir ülkede mi yaşıyor? Bugün düzenli bir görüntülü arama zamanı kararlaştır, örneğin her pazar, bebeğin de kucağında olsun. Onlardan her seferinde aynı şarkıyı söylemelerini rica et. Böylece bir yüz ve bir ses uzaktan da biraz tanıdık kalır. Bir sonraki ziyarette bebeğin sıfırdan başlamak zorunda kalmaz.

bitten-say-ouch-calmly =
    .title = Isırıldın mı? Sakince ‘ah’ de ve ara ver
    .body = Bebeğin bugün parmağını, omzunu ya da emzirirken seni sertçe mi ısırıyor? Sakince ‘Ah, bu acıtıyor’ de, ısırılan şeyi çek ve ardından bir diş kaşıyıcı ver. Bir çığlık ya da ani bir çekiş, ısırmanın acıttığını henüz anlamayan bebeğini çok korkutur. Her seferinde aynı olan sakin bir tepki çok daha anlaşılırdır. Birkaç saniye sonra sarılmaya ya da emmeye kaldığınız yerden devam edebilirsiniz.

spat-out-try-again-another-day =
    .title = Tükürdü mü? Başka gün yine dene
    .body = Bugünkü yeni yiyecek hemen geri mi geliyor, yoksa bebeğin dudaklarını sımsıkı mı kapıyor? Hafifçe ‘Bugün olmadı, değil mi?’ de ve zorlamadan, söylenmeden kaldır. Pek çok bebeğin yeni bir şeyi sevmeden önce onu birçok kez tatması gerekir; rahat bir sofra boş bir kâseden önemlidir. Birkaç gün sonra yeniden sun. Yemek ya da büyüme kaygın mı var? Consultatiebureau’ya (çocuk sağlığı merkezine) sor.

clinic-check-hand-on-baby =
    .title = Kontrolde: elin bebeğinin üstünde kalsın
    .body = Bebeğin bugün consultatiebureau’ya (çocuk sağlığı merkezine) ya da aile hekimine mi gidiyor? Bu yaşlarda pek çok bebek yabancı ellere karşı daha temkinli olur. Bebeğinin senin kucağında muayene edilip edilemeyeceğini sor ya da elini karnında veya bacağında tut ve görüş alanında kal. Dokunuşun ve yüzün şunu söyler: buradayım, her şey yolunda. Sonra önce giydir ve sarıl, sorular daha sonra.

give-and-take-thank-you =
    .title = Ver ve geri al: ‘Bana mı? Teşekkürler!’
    .body = Bebeğin bugün bir oyuncağı bir elinden öbürüne mi geçiriyor? Açık elini yanına uzat: ‘Bana mı?’ Bırakmayı başarırsa sevinçle ‘Teşekkürler!’ de ve hemen geri ver. Vermek, almak ve yeniden vermek, eşyalarla ilk karşılıklı oyundur; bebeğin de şunu keşfeder: yaptığım şey bir şeyleri harekete geçiriyor. Bırakmayı henüz beceremiyor mu? O da zamanla gelir.

grandparents-house-tour-first =
    .title = Büyükannelerde: önce birlikte etrafa bakın
    .body = Bugün büyükanneye, büyükbabaya ya da başka akrabalara mı gidiyorsunuz? Vardığınızda bebeğini hemen başkasına verme; önce kucağında evi birlikte gez: ‘Bak, saat. Şurada da kuşların göründüğü pencere.’ Başka kokuları ve sesleri olan yabancı bir ev, bebeğin onu güvenli kollardan keşfettiğinde daha az yabancı gelir. Bebeğin merakla etrafa bakıp sonra başkalarına daha kolay gidince bunu fark edersin.

strange-bed-same-bedtime =
    .title = Yabancı bir yatak, aynı uyku ritüeli
    .body = Bebeğin bu gece başka bir yerde, akrabalarda ya da tatilde mi uyuyacak? Kendi uyku tulumunu yanına al ve uyku hazırlığını tıpkı evdeki gibi yap: aynı sıra, aynı şarkı, aynı sözler. Oda yeni, ama senin yaptıkların tanıdık; bu da ona tutunacak bir şey verir. Bebeğini sırtüstü, kendi portatif yatağına ya da beşiğine, yastık, oyuncak ya da yorgan olmadan yatır. Bir gece huzursuz uyuması olağan.

favourite-parent-helps-the-other-in =
    .title = Şu an gözde sen misin? Diğerini de işin içine kat
    .body = Bebeğin bugün sadece seni mi istiyor, eşinin ya da düzenli bakan başka birinin kucağında ağlıyor mu? Onu neşeli bir sesle, adını da söyleyerek ver: ‘Bak, işte Deniz!’ Bebeğin o kişinin güvenli olup olmadığını senin yüzünden okur. Bir süre yanlarında kal, sonra odadan çık ki öbürü rahatça teselli edebilsin. Bir tercihinin olması normal; senin güvenin de yanında olunca o diğer bağ da büyür.

sitting-up-roll-a-ball =
    .title = Biraz oturabiliyor mu? Karşılıklı oturun
    .body = Bebeğin, devrilirse diye etrafında yastıklarla, kısa bir süre kendi başına oturabiliyor mu? Bugün yerde onun karşısına otur, ayaklarınız neredeyse birbirine değsin, ve yumuşak bir topu yavaşça ona doğru yuvarla. Topu tutarsa ya da geri iterse, alkışla. Aynı göz hizasında bir şeyi karşılıklı gidip getirmek, birlikte oynamanın yeni bir biçimidir. Devrilirse: kısaca teselli et ve yeniden oturt.

big-sibling-makes-baby-laugh =
    .title = Ağabey ya da abla bebeği güldürüyor
    .body = Bebeğinin bir ağabeyi ya da ablası var mı? Bugün bebeğin ona gülümsediği ya da sevinçle çığlık attığı anı yakala ve yüksek sesle söyle: ‘Gördün mü? Bebek sana gülüyor!’ Büyük çocuklar çoğu zaman bebeğin onlardan aldığını fark eder: senin zamanını. Böylece büyük çocuğun, kendisinin de görüldüğünü ve bebek için ne kadar önemli olduğunu duyar. Yarın ona bir görev ver, örneğin çıngırağı sallamak.

a-cold-more-lap-less-plan =
    .title = Nezle mi? Daha çok kucak, daha az program
    .body = Bebeğin bugün nezle, burnu akıyor ve huysuz mu? Bekleyebilecek her şeyi ertele; daha çok kucak, daha çok taşıma ve isterse kısa ek beslenmeler sun. Hasta bir bebek çoğu zaman birden sana çok yakın olmak ister ve bu tam da doğrusudur: yakınlık kötü bir günü atlatmaya yardım eder. Ateş, kötü içme ya da endişe mi var? Aile hekimini, mesai dışında huisartsenpost’u (nöbetçi aile hekimini) ara.

hospital-visit-stay-close =
    .title = Hastaneye mi? Olabildiğince yakınında kal
    .body = Bebeğinin bir tetkik ya da yatış için hastaneye gitmesi mi gerekiyor? İğne ve muayeneler sırasında da yanında kalıp kalamayacağını ve geceleri orada uyuyup uyuyamayacağını sor. Kendi uyku tulumunu ve her zamanki şarkınızı yanına al. Yabancı eller, sesler ve acı, yakında tanıdık bir yüz olunca daha kolay katlanılır. Hep orada olamıyor musun? Düzenli bakan başka biriyle nöbetleşe kalın.

after-an-argument-in-earshot =
    .title = Bebeğin yanındayken tartıştınız mı?
    .body = Bugün bebeğin yakındayken seninle başka bir yetişkin arasında sert sözler mi söylendi? Bebekler, kelimeleri anlamasalar da seslerdeki gerginliği duyar. Sonrasında bebeğini sakince kucağına al ve yumuşak bir sesle konuş: ‘Çok yüksek bir sesti, değil mi? Şimdi her şey yolunda.’ Mümkünse yeniden dostça davrandığınızı da görsün. Evde kendini güvende hissetmiyor musun? Aile hekiminle konuş.

food-words-in-your-own-language =
    .title = Yemeği kendi dilinde anlat
    .body = Evde Felemenkçeden başka bir dil mi konuşuyorsun? Bugün sofrada bebeğine kendi dilinde kaşıkta ne olduğunu, nasıl koktuğunu ve sıcak olup olmadığını anlat. Bebeğinle kendini en çok evinde hissettiğin dilde konuş: sesin en sıcak o dilde çıkar, kelimeler de kendiliğinden gelir. Bebeğin Felemenkçeyi de öğrenecek; başkalarından, sonra da kreşte ya da okulda. Şarkı söylemek de sayılır.

cautious-or-bold-own-style =
    .title = Temkinli mi, gözü pek mi: bebeğinin kendi tarzı var
    .body = Bugün bebeğinin yeni bir şeye nasıl yaklaştığını izle: tanımadığı bir oyuncak, bir köpek, yeni bir tat. Hemen mi uzanıyor, yoksa önce uzun uzun ve temkinle mi bakıyor? İkisi de iyi. Temkinli bir bebeğe zaman tanı, gözü pek olanın yanında elini hazır tut. Gördüğünü söyle: ‘Sen önce iyice bakıyorsun, değil mi?’ Böylece bebeğin başka bir çocuk gibi değil, olduğu gibi görüldüğünü hisseder.

not-shy-knows-their-people =
    .title = Utangaç değil, akıllı
    .body = Bebeğin bugün, daha önce onu rahatça kucağına alabilen bir teyzenin ya da komşunun kucağında birden ağlıyor mu? Biri de ‘Ne utangaç!’ ya da ‘Şımarmış!’ mı diyor? Nazikçe cevap ver: ‘Bebeğimiz artık kendi insanlarını çok iyi tanıyor.’ Altı ay civarından itibaren pek çok bebek az tanıdık yüzlere karşı temkinli olur: bu bir ilerleme, kusur değil. Bebeğin ses tonundan yanlış bir şey yapmadığını duyar.

call-their-name-and-wait =
    .title = Adını seslen ve dönmesini bekle
    .body = Bebeğin bugün senden biraz uzakta oturmuş oynuyor mu? Adını neşeyle söyle ve bekle. Pek çok bebek bu yaşlarda adını duyunca dönüp bakmaya başlar. Bebeğin dönerse, bunu kocaman bir gülümseme ve ‘Evet, seni diyorum!’ ile ödüllendir. Böylece kendi adı şu anlama gelen bir ses olur: biri benimle bağ kurmak istiyor. Adını ‘hayır’dan çok güzel şeyler için kullanmaya çalış.

stranger-leans-over-the-pram =
    .title = Biri bebek arabasına mı eğildi? Araya gir
    .body = Bugün markette ya da sokakta tanımadığın biri bebek arabasının üstüne eğilip bebeğinin dudağı mı büzüldü? Arabanın yanına geç, elini bebeğinin üstüne koy ve onunla konuş: ‘Bu teyze seni çok sevdi. Ben buradayım.’ Ondan nazikçe biraz geri çekilmesini isteyebilirsin. Böylece bebeğin, bir şey ürkütücü geldiğinde senin göz kulak olduğunu öğrenir; sakin sesinden de her şeyin yolunda olduğunu duyar.
