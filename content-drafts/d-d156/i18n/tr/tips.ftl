# Daily tips (batch d-d156): .title at most 60 characters, .body at most 400.

sitting-against-you-on-the-floor =
    .title = Bacakların oturmak için bir koltuk olsun
    .body = Bebeğin otururken hâlâ sallanıyor mu? Bugün bacaklarını V şeklinde açarak yere otur ve bebeğini, sırtı karnına dayalı olarak aralarına yerleştir. Bir oyuncağı tam uzanabileceği yere koy. Senin bedenin sırt dayanağı olunca bebeğin öne uzanmaya ve etrafına bakmaya cesaret eder. Devrilirse sakince tut: ‘Hop, seni tuttum.’ Yarın oyuncağı biraz daha uzağa koyabilirsin.

pram-nap-wake-up-to-your-face =
    .title = Bebek arabasında mı uyandı? Önce yüzünü göster
    .body = Bebeğin bebek arabasında uyuyakaldı mı? Kıpırdanmaya ya da mızmızlanmaya başlayınca dur ve arabanın üstüne eğil: ‘Uyandın mı? Buradayım.’ Bir tentenin altında, her şey kayıp giderken ve kimse görünmezken uyanmak bir bebeği epey korkutabilir. İlk gördüğü şeyin tanıdık bir yüz olması uyanışı yumuşatır. Yine de ağlıyor mu? Sarılmak için onu arabadan çıkar.

squeal-and-whisper-game =
    .title = Bebeğin ciyaklıyor mu? Fısıldayarak cevap ver
    .body = Bebeğin bugün sesinin neler yapabildiğini mi keşfediyor: ciyaklamak, cıvıldamak, homurdanmak? Önce sen de katıl, sonra bunu yüksek ve alçak sesle bir oyuna çevir: bebeğin ciyaklarsa fısıldayarak cevap ver, bekle ve nasıl dinlediğine bak. Belki daha yumuşak bir ses geri gelir. Böylece ses çıkarmak sırayla birlikte yaptığınız bir şey olur. Otobüste ciyaklarsa? Fısıltılı cevabın hazır.

nails-in-small-rounds =
    .title = Minik tırnaklar: hepsi bir seferde olmak zorunda değil
    .body = Bebeğinin tırnakları uzamış ama elini hep çekiyor mu? Sakin bir an seç, örneğin beslenirken ya da uykuya dalar dalmaz, ve bebek makası ya da törpü kullan. Usulca bir şarkı mırıldan, her dizede bir parmak. Bebeğin elini çekerse dur, gerisini sonra yap: böylece bakım bir kavga değil, birlikte sakin bir an olarak kalır. Bugün beş, yarın beş; iş yine biter.

rolled-off-comfort-first =
    .title = Kanepeden ya da yataktan mı yuvarlandı? Önce teselli
    .body = Bebeğin bugün, tam sen bakmıyorken kanepeden, yataktan ya da alt açma masasından mı yuvarlandı? Bebekler birden dönmeye başlayınca bu pek çok ailenin başına gelir. Önce teselli et: suçluluk bekleyebilir, bebeğin şimdi kollarını istiyor. Endişeliysen ya da bebeğin her zamankinden farklıysa aile hekimini ya da nöbetçi hekimi (huisartsenpost) ara. Artık yerde oynayın; masada elin hep bebekte olsun.

touched-out-take-a-break =
    .title = Dokunulmaktan yoruldun mu? Kendine on beş dakika tanı
    .body = Bugün bütün gün bebeğin kucağındaydı, minik eller yüzünde ve saçında; şimdi de bir süre kimsenin sana dokunmamasını mı istiyorsun? Bu duyguyu pek çok ebeveyn tanır ve bebeğini daha az sevdiğin anlamına gelmez. Bebeğini on beş dakikalığına başka birine ver ya da güvenle yanındaki bir örtünün üstüne yatır ve minik eller olmadan bir şey iç. Biraz nefes alınca yakınlık yeniden iyi gelir.

weather-massage-on-the-back =
    .title = Sırtta bir hava durumu
    .body = Yuvarlanmak daha eğlenceli olduğundan bebeğin masajda artık uslu yatmıyor mu? O zaman kucağında sana yaslanıp dik otururken sırtına, zıbının üstünden masaj yap. Bunu hava durumuna çevir: tıpırdayan parmak uçları (‘Yağmur yağıyor!’), uzun sıvazlamalar (‘Rüzgâr esiyor’), sıcak, kıpırtısız eller (‘Güneş açtı’). Böylece sakin dokunuş gününüzde yerini korur. Kalkmak mı istiyor? Hava durumu bitti.

little-hands-on-your-face =
    .title = Bebeğin yüzünü keşfetsin
    .body = Bebeğin bugün burnuna, ağzına ya da gözlüğüne mi uzanıyor? Yüzünü bir an hareketsiz tut ve minik ellerin dokunmasına izin ver. Tuttuğu yeri yumuşakça adlandır: ‘Bu benim burnum. Bu da çenem.’ Bebeğin için evdeki en ilginç şey senin yüzündür; bu dokunma da sana yakınlaşmanın bir yolu. Sonra bebeğinin burnuna dokun: ‘Bu da senin burnun!’

money-post-opened-together =
    .title = Para sıkıntısı mı? Zarfları tek başına açma
    .body = Para dar diye zarfları açmıyor musun? Bugün onları güvendiğin biriyle aç. Belediyen (gemeente; Belçika’da OCMW) para sıkıntısı ve borçlarda çoğu zaman ücretsiz yardım edebilir; consultatiebureau (çocuk sağlığı merkezi) de yol gösterir. Para stresi bebeğinin de ihtiyaç duyduğu sabrı ve enerjiyi tüketir; yardım aramak da bebeğine bakmaktır. Utanmana gerek yok: bu pek çok ailenin başına gelir.

a-familiar-book-in-the-bag =
    .title = Bebek çantasında tanıdık bir kitap
    .body = Bugün evde sık sık okuduğunuz sağlam bir kitabı bebek çantasına koy. Bir yerde bekleyiş uzadığında ya da ortam heyecanlı olduğunda çıkar: bekleme salonunda, trende ya da akrabalarda. Evdekiyle aynı seslerle oku. Yabancı bir yerde o tanıdık resimler ve senin okuma sesin bir parça ev demektir. Her şey ağza mı gidiyor? Buna dayanacak karton ya da kumaş bir kitap seç.

missing-your-old-life =
    .title = Bazen eski hayatını mı özlüyorsun? Özleyebilirsin
    .body = Bebekten önceki hayatını özlüyor musun: geç kalkmayı, plansız çıkmayı, işini, kendi zamanını? Bebeğine bayılsan da bu olağan. Bugün eskisi gibi küçük bir şey yap, bebekle ya da bebeksiz: müziği sonuna kadar aç, koşuya çık, bir arkadaşı ara. Kendini biraz bulan, daha çok neşe paylaşır. Haftalardır mutsuz ya da boş musun? Aile hekimine ya da consultatiebureau’ya (çocuk sağlığı merkezine) söyle.

milk-feed-stays-a-cuddle =
    .title = Süt öğünü hâlâ bir sarılma anı
    .body = Bebeğin birkaç kaşık yemeye başladı mı? O zaman emzirme ya da biberon daha az önemliymiş gibi gelebilir. Bugün bir süt öğününü bilerek sakin bir sarılma anına çevir: kolunda, sana sokulmuş, ışıklar biraz kısık. Yemek değişiyor, ama içerken gelen yakınlık bebeğin için bir huzur kaynağı olmaya devam eder. Bu yalnızca günün son öğününde mi mümkün oluyor? O zaman o an sizin anınız.

rowing-rhyme-on-your-lap =
    .title = Kucağında kayıkçılık oyunu
    .body = Bebeğin bugün kucağında sana dönük, sırtını kaldırdığın dizlerine yaslamış oturuyor mu? Ellerini tut ve kürek çekme hareketine uyan bir şarkı eşliğinde birlikte yavaşça ileri geri sallanın. Son dizede biraz daha büyük bir dalga yap ve hemen geri gel. Her dalgada gözleriniz buluşur, sen de sıkıca tutarsın: hem heyecanlı hem güvenli. Hâlâ sallanıyor mu? O zaman ellerini değil, gövdesini tut.

messy-hands-in-the-bowl =
    .title = Dağıtmak serbest: eller kâsede
    .body = Bebeğin bugün elleriyle yemek kâsesine mi dalıyor? Bırak dalsın. Sandalyenin altına eski bir bez ser ve her lokmadan sonra yüzünü silme. Dokunmak, sıkmak ve bulamak, bebeğinin yemeğin ne olduğunu keşfetme yoludur ve bu keşif tamamen onundur. Temizliği en sona bırak ve önce söyle: ‘Şimdi ellerimizi yıkıyoruz.’ Yer çabucak temizlenir; merak kalır.

first-time-in-the-pool =
    .title = Havuzda ilk kez
    .body = Bugün bebeğinle yüzmeye ya da bebek yüzme dersine mi gidiyorsun? Bebeğin dik bir şekilde göğsüne yaslanmış, yüzün yakınında, suya yavaşça gir ve onu hep sıkıca tut. Yankı, insanlar ve su aynı anda bir sürü yenilik demek; senin bedenin ve sesin ise tanıdık dayanaktır. Grubun geri kalanının ne yaptığına değil, bebeğine bak. Titreme, başını çevirme ya da ağlama şu demek: sudan çık ve sıcacık sar.

cot-babble-answer-from-the-landing =
    .title = Yataktan agu sesleri mi? Uzaktan cevap ver
    .body = Bebeğin sabahları uyanık yatıp yatağında agu agu mu ediyor? Bugün daha koridordayken seslen: ‘Günaydın, seni duyuyorum, geliyorum!’ Ve sonra gerçekten gel. Bebeğin böylece, sen henüz görünmüyorken bile sesinin sana ulaştığını keşfeder. Yarın kapının arkasından ona agu diye karşılık ver ve bir cevap gelecek mi, dinle.

flying-with-your-baby =
    .title = Bebekle uçak yolculuğu: evden bir parça sensin
    .body = Yakında, belki aileyi görmeye, uçakla mı gidiyorsunuz? Kalkışta ve inişte bebeğini kendine yakın tut; pek çok ebeveyn o sırada emzirir, biberon ya da emzik verir. Uçuşta ara sıra bebeğin kucağında koridorda yürü. Her şeyin sesi ve kokusu farklı, ama senin bedenin, sesin ve kokun evdekiyle aynı. Yine de ağlıyor mu? Bütün uçağı değil, yalnızca bebeğini sakinleştirmen yeter.

two-babies-on-one-blanket =
    .title = Bir örtünün üstünde iki bebek
    .body = Bugün yaşıt bir bebeği olan birine mi gidiyorsun? İkisini bir örtüye yan yana yatırın ya da oturtun, her birinin ebeveyni hemen arkasında. Bebekler birbirini çoğu zaman çok ilginç bulur: bakakalır, güler, uzanır. Gördüğünü söyle: ‘Bak, Elif’in de çorapları var!’ Bebeğin, senin yanında güvende, böylece başka bir çocukla tanışır. Bir el göze ya da saça mı uzanıyor? Yavaşça bir ele yönlendir.

own-room-you-still-come =
    .title = Kendi odası: sen yine aynı hızla gelirsin
    .body = Bebeğin kısa süre önce kendi odasına mı geçti? Bugün onu iyi duyabildiğinden emin ol: bir bebek telsizi ya da aralık bırakılmış bir kapıyla. Beşiği yanındayken nasıl gidiyorsan, şimdi de o kadar çabuk git. Böylece bebeğin aradaki bir duvarın kimin geleceğini değiştirmediğini öğrenir. Uykuyla ilgili geri kalan her şey aynı kalsın: sırtüstü, uyku tulumunda, yatakta oyuncak, yastık ya da bez olmadan.

same-walk-same-stop =
    .title = Hep aynı yol, hep aynı durak
    .body = Bebeğinle sık sık yürüyüşe mi çıkıyorsun? Bugün her zamanki yolunda sabit bir durak seç: göletteki ördekler, büyük ağaç, köşedeki fırın. Her seferinde orada dur, aynı cümleyi söyle, ‘Merhaba ördekler!’, ve bir an birlikte bakın. Sabit bir nokta yürüyüşü öngörülebilir kılar; bebeğinin önceden bildiği şey de ona güven verir. Bir süre sonra köşeye gelmeden sevinçle ayaklarını sallayabilir.

spat-out-try-again-another-day =
    .title = Tükürdü mü? Başka gün yine dene
    .body = Bugünkü yeni yiyecek hemen geri mi geliyor, yoksa bebeğin dudaklarını sımsıkı mı kapıyor? Hafifçe ‘Bugün olmadı, değil mi?’ de ve zorlamadan, söylenmeden kaldır. Pek çok bebeğin yeni bir şeyi sevmeden önce onu birçok kez tatması gerekir; rahat bir sofra boş bir kâseden önemlidir. Birkaç gün sonra yeniden sun. Yemek ya da büyüme kaygın mı var? Consultatiebureau’ya (çocuk sağlığı merkezine) sor.

grass-under-bare-feet =
    .title = Ayakların altında ilk kez çimen
    .body = Hava kuru ve çok soğuk değil mi? Bebeğini çimenin kenarında bir örtüye oturt, çoraplarını çıkar ve ayaklarının ya da ellerinin çimeni hissetmesine izin ver. Yeni bir şeyde bebeğin çoğu kez önce senin yüzüne bakar. Hoşuna gittiğini göster: ‘Gıdıklıyor mu? Dokun bakalım!’ Rahat yüzünden bunun güvenli olduğunu okur. Ağzına ne gittiğine dikkat et. Ayaklarını mı çekti? Yarın yine dene, ya da kumla.

give-and-take-thank-you =
    .title = Ver ve geri al: ‘Bana mı? Teşekkürler!’
    .body = Bebeğin bugün bir oyuncağı bir elinden öbürüne mi geçiriyor? Açık elini yanına uzat: ‘Bana mı?’ Bırakmayı başarırsa sevinçle ‘Teşekkürler!’ de ve hemen geri ver. Vermek, almak ve yeniden vermek, eşyalarla ilk karşılıklı oyundur; bebeğin de şunu keşfeder: yaptığım şey bir şeyleri harekete geçiriyor. Bırakmayı henüz beceremiyor mu? O zaman tersine çevir: sen ver, bebeğin alsın.

phone-call-baby-on-your-lap =
    .title = Telefonla mı konuşman lazım? Bebeğine söyle, sonra dön
    .body = Bugün bebeğin seni isterken telefonla konuşman mı gerekiyor? Onu kucağına al ya da seni görebileceği bir yere koy ve önceden söyle: ‘Biraz telefonla konuşacağım, sonra yine seninim.’ Elin bebeğinin üstünde olsun. Sonra telefonu gerçekten bırak: ‘İşte, geldim.’ Böylece bebeğin, ilginin bir süre başka yere gidip geri geldiğini öğrenir. Konuşurken mızmızlanıyor mu? Çok olağan.

photos-of-the-first-weeks =
    .title = İlk haftaların fotoğraflarına birlikte bakın
    .body = Bugün bebeğin kucağındayken ilk haftaların fotoğraflarını aç. Hikâyeyi anlat: ‘Bak, ne kadar küçüktün. Parmağımı öyle sıkı tutardın ki.’ Bebeğin kelimeleri henüz anlamaz ama sıcak sesini duyar, bakışını görür. Sen de birlikte ne çok şey yaşadığınızı görürsün, zor günleri de. Başlangıç zor muydu? Olduğu gibi anlat; o da sizin hikâyenizin bir parçası.

light-spot-on-the-wall =
    .title = Kaybolup geri gelen bir ışık lekesi
    .body = Pencereden güneş mi giriyor, ya da elinin altında bir fener mi var? Küçük bir aynayla ya da fenerle duvarda bir ışık lekesini dans ettir, asla bebeğinin gözüne tutma. ‘Işık nerede? İşte orada!’ Onu bir an elinin arkasına sakla ve yeniden çıkar. Bebeğin oynarken kaybolanın geri gelebileceğini ve onu senin getirdiğini öğrenir. Işığa değil de sana mı bakıyor? Oyunun en güzel anı.

sitting-up-roll-a-ball =
    .title = Biraz oturabiliyor mu? Karşılıklı oturun
    .body = Bebeğin, devrilirse diye etrafında yastıklarla, kısa bir süre kendi başına oturabiliyor mu? Bugün yerde onun karşısına otur, ayaklarınız neredeyse birbirine değsin, ve yumuşak bir topu yavaşça ona doğru yuvarla. Topu tutarsa ya da geri iterse, alkışla. Aynı göz hizasında bir şeyi karşılıklı gidip getirmek, birlikte oynamanın yeni bir biçimidir. Devrilirse: kısaca teselli et ve yeniden oturt.

twenty-minutes-as-a-couple =
    .title = Baş başa yirmi dakika, bez konuşmadan
    .body = Bebeğini eşinle mi büyütüyorsun? Bu hafta bebeğiniz uyurken ya da güvendiğiniz birinin yanındayken ikiniz için yirmi dakika ayırın: kanepede bir çay, kısa bir yürüyüş. Bir kez olsun uykudan, yemekten ya da işlerden söz etmeyin. Birbirinden destek gören ebeveynlerin çocuğa ayıracak sabrı çoğu zaman daha çoktur. Tek başına mısın? O yirmi dakikayı bir arkadaşınla ya da bir akrabanla planla.

visiting-a-great-grandparent =
    .title = Büyük büyükanne ya da büyükbabaya ziyaret
    .body = Bugün bebeğinle büyük büyükanneyi, büyük büyükbabayı ya da yaşlı bir akrabayı mı ziyaret ediyorsun? Bebeğini kucağında, ona yakın tut ve yaşlı bir elin minik ele usulca dokunmasına izin ver. Herkesin bildiği bir şarkıyı birlikte söyleyin. Bebeğini izle: yabancı oda, yeni kokular, yeni yüz aynı anda çok şey; başını çevirir ya da kıpırdanırsa yeter. İyi geçen kısa bir ziyaret herkese armağandır.

blanket-tent-for-two =
    .title = Çarşaftan bir çadır, sadece ikiniz için
    .body = Yağmurlu bir gün ve evdesiniz? İki sandalyenin ya da masanın üstüne bir çarşaf ört ve birlikte altına girin; bebeğin yanında bir örtüde ya da kucağında. Işık yumuşar, sesler boğuklaşır, dünya küçülür: sadece siz. Usulca şarkı söyle ya da bir köşeyi kaldır: ‘Kim var orada? Sen!’ Böyle bir yuva, telefonsuz ve acelesiz, tamamen yanında olduğunu hissettirir. Çadır oyun için; uyku yine kendi yatağında.

after-an-argument-in-earshot =
    .title = Bebeğin yanındayken tartıştınız mı?
    .body = Bugün bebeğin yakındayken seninle başka bir yetişkin arasında sert sözler mi söylendi? Bebekler, kelimeleri anlamasalar da seslerdeki gerginliği duyar. Sonrasında bebeğini sakince kucağına al ve yumuşak bir sesle konuş: ‘Çok yüksek bir sesti, değil mi? Şimdi her şey yolunda.’ Mümkünse yeniden dostça davrandığınızı da görsün. Evde kendini güvende hissetmiyor musun? Aile hekiminle konuş.

say-whats-on-the-spoon =
    .title = Kaşıkta ne olduğunu söyle
    .body = Bebeğin bugün birkaç kaşık yemek mi yiyor? O bakarken, koklarken ve tadarken kaşıkta ne olduğunu anlat: ‘Bu muz. Yumuşacık ve tatlı.’ Ya da: ‘Sıcak, biraz üfleyelim.’ Sana en kolay gelen dilde konuş; evde bu pekâlâ kendi dilin olabilir. Bebeğin kelimeyi tam da tadına baktığı anda duyar; kelimeler de böyle anlam kazanır. Sen de yiyor musun? O zaman kendi tabağında ne olduğunu da anlat.

cautious-or-bold-own-style =
    .title = Temkinli mi, gözü pek mi: bebeğinin kendi tarzı var
    .body = Bugün bebeğinin yeni bir şeye nasıl yaklaştığını izle: tanımadığı bir oyuncak, bir köpek, yeni bir tat. Hemen mi uzanıyor, yoksa önce uzun uzun ve temkinle mi bakıyor? İkisi de iyi. Temkinli bir bebeğe zaman tanı, gözü pek olanın yanında elini hazır tut. Gördüğünü söyle: ‘Sen önce iyice bakıyorsun, değil mi?’ Böylece bebeğin tam olduğu gibi görüldüğünü hisseder.

not-shy-knows-their-people =
    .title = Utangaç değil: bebeğin kendi insanlarını tanıyor
    .body = Bebeğin bugün, daha önce onu rahatça kucağına alabilen bir teyzenin ya da komşunun kucağında birden ağlıyor mu? Biri de ‘Ne utangaç!’ ya da ‘Şımarmış!’ mı diyor? Nazikçe cevap ver: ‘Bebeğimiz artık kendi insanlarını çok iyi tanıyor.’ Altı ay civarından itibaren pek çok bebek az tanıdık yüzlere karşı temkinli olur: bu bir ilerleme, kusur değil. Bebeğin ses tonundan yanlış bir şey yapmadığını duyar.

call-their-name-and-wait =
    .title = Adını seslen ve dönmesini bekle
    .body = Bebeğin bugün senden biraz uzakta oturmuş oynuyor mu? Adını neşeyle söyle ve bekle. Pek çok bebek bu yaşlarda adını duyunca dönüp bakmaya başlar. Bebeğin dönerse, bunu kocaman bir gülümseme ve ‘Evet, seni diyorum!’ ile ödüllendir. Böylece kendi adı şu anlama gelen bir ses olur: biri benimle bağ kurmak istiyor. Adını ‘hayır’dan çok güzel şeyler için kullanmaya çalış.

stranger-leans-over-the-pram =
    .title = Biri bebek arabasına mı eğildi? Araya gir
    .body = Bugün markette ya da sokakta tanımadığın biri bebek arabasının üstüne eğilip bebeğinin dudağı mı büzüldü? Arabanın yanına geç, elini bebeğinin üstüne koy ve onunla konuş: ‘Bu teyze seni çok sevdi. Ben buradayım.’ Ondan nazikçe biraz geri çekilmesini isteyebilirsin. Böylece bebeğin, bir şey ürkütücü geldiğinde senin göz kulak olduğunu öğrenir; sakin sesinden de her şeyin yolunda olduğunu duyar.
