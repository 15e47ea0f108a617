high-chair-at-the-family-table =
    .title = Aile sofrasında bir yer
    .body = Bugün bebeğini ayrı ve daha erken beslemek yerine mama sandalyesini olağan yemeğe, sofradaki yüzleri görebileceği bir yere çek. Bebeğinle yalnız mı yiyorsun? O zaman aynı anda, karşılıklı yiyin. Bebeğinle de konuş: ‘Bak, birlikte yiyoruz.’ Böylece bebeğin de sofranın bir parçası olur: yüzlerin, seslerin, sohbetin. Her gün olmuyor mu? Haftada bir ortak yemek de sayılır.

finger-food-side-by-side =
    .title = O kendi alsın, sen yanında otur
    .body = Bugün bebeğini mama sandalyesine dik oturt ve tablaya buharda iyice pişmiş havuç ya da muz gibi birkaç yumuşak parça koy. Bebeğin kendisi tutsun, ezsin, tatsın. Telefonu bırakıp sakin sakin yanına otur ve yiyecek olduğu sürece yanından ayrılma. Bebeğin kendi hızında keşfeder, bakacağı tanıdık yüz de senin yüzündür. Etrafı batırmak işin parçası; sandalyenin altına bir havlu ser, yeter.

head-turned-away-at-the-spoon =
    .title = Başını kaşıktan mı çeviriyor? Yeterli demek
    .body = Bebeğin bugün başını kaşıktan çeviriyor, elini itiyor ya da dudaklarını sımsıkı kapatıyor mu? ‘Doydun, değil mi?’ de ve kasede biraz kalmış olsa bile bırak. Böylece bebeğin, işaretlerinin sofrada da duyulduğunu öğrenir. Sonra ya da yarın yeniden dene. Yeterince yiyip yemediğinden emin değil misin? Consultatiebureau’ya (çocuk sağlığı merkezine) danış.

shuffling-their-own-way =
    .title = Popo üstünde de ileri gidilir
    .body = Bebeğin popo üstünde kayarak mı ilerliyor, karnının üstünde sürünüyor mu ya da odada yuvarlanmayı mı seviyor? Bugün yere otur ve onun yöntemine katıl: ‘Hadi bakalım, popo üstünde!’ Her bebek bir yere varmanın kendi yolunu bulur; tam da o yolu alkışlamak ‘sen olduğun gibi iyisin’ demektir. Yine de hareketleri seni kaygılandırıyorsa consultatiebureau’ya (çocuk sağlığı merkezine) danış.

playpen-in-sight-while-cooking =
    .title = Yemek yaparken oyun parkı görüş alanında
    .body = Bebeğin her yere emeklerken yemek mi yapman gerekiyor? Bugün oyun parkını ocaktan uzağa ama birbirinizi görebileceğiniz bir yere koy ve pişirirken konuş: ‘Soğanları kavuruyorum. Tavanın cızırtısını duyuyor musun?’ Arada bir dönüp göz kırp ya da el salla. Bebeğin güvendedir ve sesin ile yüzün sayesinde sana bağlı kalır. İtiraz mı ediyor? Tahta kaşık ve plastik kapla birlikte yemek yaparsınız.

crawl-round-at-baby-height =
    .title = Odayı bir de sen emekleyerek gez
    .body = Bugün bebeğinin oynadığı odayı ellerinin ve dizlerinin üstünde dolaş. O yükseklikten ne görüyorsun? Prizler, kablolar, bir saksı, kanepenin altında küçük parçalar. Bir köşeyi tamamen güvenli hâle getir ki orada çoğunlukla ‘hayır’ yerine ‘evet’ diyebilesin. Sen rahatça yakınında otururken özgürce keşfedebilen bir bebek daha çok şey dener. Evin geri kalanı adım adım gelir.

sling-on-a-busy-day =
    .title = Yoğun bir gün mü? Bebeğini yakınında tut
    .body = Bugün alışveriş ya da bir ziyaret gibi çok iş mi var? Bebeğini bütün gün bebek arabasında gezdirmek yerine bir kısmında kanguruda ya da sargıda taşı. Bedenine yaslanınca nefesini hisseder, sesini duyar; bu da bütün o yeni izlenimleri kaldırmayı kolaylaştırır. Yüzünün açık ve görünür kalmasına dikkat et. Sırtını mı zorluyor? On beş dakika da sayılır.

clinic-check-on-your-lap =
    .title = Consultatiebureau’da kucağında
    .body = Consultatiebureau’da (çocuk sağlığı merkezinde) ya da aile hekiminde randevun mu var? Bebeğinin olabildiğince kucağında kalıp kalamayacağını sor. Terazide ya da muayene masasında seni görebileceği yerde dur, elini üstünde tut ve olanı söyle: ‘Şimdi tartılıyorsun, buradayım.’ Bu yaşta pek çok bebek yabancı ellerden ürker; sesin ve elin güvende olduğunu gösterir. Yine de ağlıyor mu? Bu normaldir.

playground-swing-push-from-the-front =
    .title = Salıncakta: önden it
    .body = Bugün oyun parkına mı gidiyorsunuz? Bebeğini etrafı kapalı oturaklı bir bebek salıncağına oturt ve arkadan değil önden it; böylece her sallanışta göz göze gelirsiniz. Çok alçaktan başla: ‘Gidiyorsun… ve geri geliyorsun!’ Bebeğinin eğlendiğini mi korktuğunu mu hemen görürsün, o da senin keyfini görür. Gergin mi bakıyor? Salıncağı durdur, ellerini ayaklarına koy. Gülüyor mu? Bir kez daha.

gone-and-back-in-daily-life =
    .title = Gitti… ve geri geldi
    .body = Bugün kaybolup geri gelen şeyleri yüksek sesle söyle: ‘Banyo suyu gitti… yarın yenisi gelir.’ ‘İşte tramvay gidiyor. Bak, bir sonraki geliyor!’ ‘Ninen eve gidiyor, cumartesi yine gelecek.’ Bu yaşlarda bebekler, gözden kaybolan şeyin hâlâ var olduğunu giderek daha iyi kavrar. Senin sözlerin gitmeyi, geri gelmenin parçası olan sıradan bir şeye dönüştürür. Yarın kulağına daha da tanıdık gelecek.

bath-pouring-turns =
    .title = Banyoda sırayla su dökme
    .body = Bugün banyoya küçük bir bardak götür. Bebeğinin eline biraz su dök: ‘Şıp!’ Sonra bardağı ona ver ve bekle. Belki senin eline, belki kendi karnına döker. Şaşırmış gibi tepki ver ve sırayı yine ona ver. Böyle bir karşılıklı oyun, sözsüz bir sohbettir. Bir elin hep bebeğinin üstünde olsun ve onu küvette asla yalnız bırakma, bir havlu almak için bile.

babble-answered-as-a-word =
    .title = Kelime gibi mi geldi? Cevap ver
    .body = Bebeğin bugün bir şeye bakarken ‘ba’, ‘da’ ya da ‘mam-mam’ gibi bir şey mi söylüyor? Gerçek bir kelimeymiş gibi cevap ver: ‘Ba? Top! Evet, işte top.’ Böylece bebeğin, seslerin bir işe yaradığını yaşar: biri dinler, anlar ve karşılık verir. Yanlış mı tahmin ettin? Sorun değil, denemek önemli. Yarın bir sesi birkaç kez tekrarla ve bebeğinin onu geri söyleyip söylemediğine bak.

teething-evening-close =
    .title = Diş mi geliyor? Daha da yakında ol
    .body = Bebeğin bugün mızmız mı, çok mu salya akıtıyor, her şeyi ısırıyor mu? Belki bir diş geliyordur. Buzdolabında (dondurucuda değil) soğutulmuş bir diş kaşıyıcı ver ve onu yakınında tut. Gördüğünü söyle: ‘Ağzın acıyor, değil mi?’ Sakinliğin ona bu sıkıntıda destek olur. Ateş mi var, ağrı kesiciden emin değil misin? Aile hekimine ya da consultatiebureau’ya (çocuk sağlığı merkezine) sor.

sibling-hiding-game-coach =
    .title = Ağabey ya da ablayla ce-e
    .body = Büyük bir çocuk bugün bebekle oynamak mı istiyor? Ona perdenin arkasında bir saklambaç öğret: kısa süre kaybol, ‘Neredeyim?’ diye seslen ve neşeyle ortaya çık. Açıkla: ‘Çok uzun kaybolma, bebek başını çevirirse bu şimdilik yeter demek.’ Böylece bebeğin bir kardeşinden de giden kişinin geri geldiğini öğrenir, büyük çocuk da kendine ait bir rol kazanır. Sen de yakında ol.

lift-the-flap-book =
    .title = Kapaklı kitap: Arkasında kim var?
    .body = Bugün sağlam, kapaklı bir kitap çıkar ve kapakları birlikte kaldırın: ‘Kedi nerede? İşte!’ Biraz buruşsa bile kapağı bebeğin kendisi çeksin. Bu, kâğıt üstünde ce-e oyunudur: bir şey bir an kaybolur, sonra hâlâ orada olduğu anlaşılır. Kapak açılmadan önceki kısa bir sessizlik heyecanı artırır. Evde böyle bir kitap yok mu? Kütüphanede genellikle sağlam bebek kitapları bulunur.

looking-for-the-dropped-toy =
    .title = Bebeğin düşeni arıyor
    .body = Bugün bebeğinin elinden bir şey kayıyor, o da mama sandalyesinin kenarından ya da yuvarlandığı yere doğru bakıyor mu? Gördüğünü söyle: ‘Küpünü arıyorsun! Hâlâ orada olduğunu biliyorsun.’ Almadan önce biraz bekle ve birlikte bakın. Bebeğin, kafasından geçenleri anladığını fark eder. Bu arama büyük bir adım: bebeğin artık göremediği bir şeyi aklında tutuyor.

grandparent-looks-at-the-toy-first =
    .title = Büyükanne ve büyükbabaya ipucu: önce oyuncağa bak
    .body = Bebeğin bugün bir süredir görmediği bir büyükanne, büyükbaba ya da teyzeyi görünce ağlıyor mu? Bunun bu yaşta çok olağan olduğunu anlat ve bir ipucu ver: yere otursun, bebeğin yüzüne doğrudan değil bir oyuncağa baksın ve oyuncağı yavaşça yaklaştırsın. Fazla yaklaşmayan bir bakış daha az ürkütür. Senin kucağında otururken hızı bebeğin kendisi belirler.

tv-off-in-the-late-afternoon =
    .title = Arka planda televizyon olmadan bir saat
    .body = Televizyon ya da tablet, kimse izlemezken bile sık sık açık mı kalıyor? Bugün bir saatliğine, örneğin öğleden sonranın telaşlı son saatlerinde kapat. Arka plandaki ses bebeğinin dikkatini sürekli çeker ve birbirinizi daha az duyarsınız. O ses olmadan pek çok bebek daha çok agucuklar ve daha uzun oynar. Büyükler bir şey mi izlemek istiyor? Başka bir odada ya da kulaklıkla.

crawl-to-your-arms =
    .title = Gel bakalım, kollarıma
    .body = Bugün bebeğinden birkaç metre uzakta yere otur, kollarını aç ve yumuşakça adını seslen. Sana doğru emekliyor, kayıyor ya da yuvarlanıyor mu? Onu bir sarılmayla karşıla: ‘Yanıma geldin!’ Böylece bebeğin, sana gelmenin her zaman hoş karşılandığını yaşar. Oynamaya devam etmeyi mi tercih ediyor? O da olur; sadece izle ve sonra yeniden dene.

bath-together-in-the-big-tub =
    .title = Büyük küvette birlikte
    .body = Bugün bebeğinle birlikte küvete gir; ten tene, çok derin olmayan ılık suda. Bebeğini göğsüne ya da kucağına yasla ve suyun hafifçe dalgalanmasına izin ver. Bebeğin bir seferde bolca sıcak dokunuş alır. Küvet kaygandır: önce sen gir, bebeği biri sana versin; çıkmadan önce de bebeği yine birine ver. Evde yalnız mısın? O anlar için bebeğini küvetin yanında bir havlunun üstüne yatır.

wave-at-the-window =
    .title = Pencerede el sallamak
    .body = Bugün aileden biri işe, okula ya da alışverişe mi çıkıyor? Bunu sabit bir an yap: bebeğinle pencereye gidin, el sallayın, ‘Güle güle! Öğleden sonra görüşürüz!’ Giden kişi de köşeyi dönene kadar el sallasın. Böylece gitmek, birinin birdenbire ortadan kaybolması değil, bebeğinin gözüyle gördüğü bir şey olur. Birkaç hafta sonra bebeğin de belki el sallamaya başlar.

first-teeth-brushing-on-your-lap =
    .title = İlk dişleri kucakta, şarkıyla fırçalamak
    .body = İlk dişler çıktı, fırçalamaya başlıyor musun? Bunu kısa ve sabit bir ritüel yap: bebeğin kucağında, başı sana yaslı, her seferinde aynı fırçalama şarkısı. Önce bebeğin, senin kocaman gülümseyerek kendi dişlerini fırçalamanı izlesin. Böylece diş fırçalamak bir mücadele değil, birlikte geçen, bildik bir an olur. Çok mu itiraz ediyor? Şimdilik birkaç saniye yeter; yarın biraz daha ilerlersiniz.

distracted-feeds-quiet-corner =
    .title = Gözleri her yerdeyken beslenmek
    .body = Bebeğin bugün her seste, her kapıda, her konuşmada başını çevirmek için beslenmeyi sürekli bırakıyor mu? Bu, meraklı bu yaşın bir parçası. Bir öğün için loş ışıklı, televizyonsuz ve sohbetsiz sakin bir köşe bul. Daha az uyaran, bebeğinin yeniden memeye ya da biberona ve sana dönmesine yardım eder. Gündüzleri huzursuz mu kalıyor? Uyku öncesi öğün çoğu zaman daha sakindir.

book-of-familiar-faces =
    .title = Tanıdık yüzlerden küçük bir kitap
    .body = Bugün bebeğine sık bakan kişilerin fotoğraflarını küçük bir albüme ya da deftere yapıştır: sen, büyükanne ya da büyükbaba, bakıcı, kreşteki sabit bakıcısı. Birlikte sayfaları çevirin ve isimleri söyle: ‘Bak, işte ninen!’ Böylece biri bir süre ortada olmasa da tanıdık yüzler yakında kalır. Sayfaları bebeğin de çevirsin; birkaç buruşukluk işin parçası.

work-trip-photo-and-voice =
    .title = İş seyahati: Sesin evde kalsın
    .body = İş için birkaç günlüğüne mi gideceksin? Gitmeden önce uyku şarkısıyla ve ‘İyi uykular, yakında dönüyorum’ sözüyle kısa bir sesli mesaj kaydet. Evde kalan kişi, bebeğin göz hizasında duran bir fotoğrafının yanında, her akşam aynı saatte bunu dinletsin. Böylece bebeğinin gününde senden tanıdık bir şey kalır. Onun dışında her zamanki gibi vedalaş: daha uzun değil, gizlice de değil.

back-from-a-work-trip =
    .title = Yolculuktan döndün mü? Bir gün zaman tanı
    .body = Birkaç gün uzakta kaldıktan sonra döndün ve bebeğin sana yabancıymışsın gibi mi bakıyor, ya da evde kalana mı yapışıyor? Bu normaldir ve genellikle çabuk geçer. Her şeyi hemen devralma: önce banyoya ya da yemeğe katıl ve bebeğinin sana gelmesini bekle. Yakınlık küçük anlarla geri gelir. Bu seni incitiyor mu? Güvendiğin birine anlat.

cup-of-their-own =
    .title = Şerefe! Kendine ait bir bardak
    .body = Bugün yemekte bebeğinin önüne dibinde biraz su olan küçük, açık bir bardak koy, kendine de bir bardak al. Bir yudum iç, ‘Mmm, şerefe!’ de ve elin bardağın altında gevşekçe dururken bebeğin seni taklit etsin. Bebekler seni taklit ederek çok şey öğrenir ve birlikte bir şey yapmak ait olmak gibi hissettirir. Dökmek de alıştırmadır: bir önlük ve bir bez yeter.

holiday-new-room-tour =
    .title = Tatilde: önce odayı birlikte keşfedin
    .body = Bu gece tatilde ya da akrabalarda, başka bir yerde mi uyuyorsunuz? Önce bebeğini kucağına al, odayı dolaş ve ona bir şeyleri göster: ‘İşte pencere, bak, şurada da senin yatağın.’ Sonra uyku düzenini tıpkı evdeki gibi sürdür: aynı uyku tulumu, aynı şarkı. Yeni bir yer, onu önce sen tanıttığında daha güvenli gelir. İlk gece daha sık uyanmak çok olağandır.

they-crawl-after-you =
    .title = Bebeğin peşinden emekliyor
    .body = Bugün mutfağa gidiyorsun ve bebeğin emekleyerek ya da kayarak peşinden mi geliyor? Bunu bir ziyaret gibi karşıla: ‘Hey, beni aramaya geldin! İşte buradayım.’ Bir an çömel, sonra yaptığın işe devam et; bebeğin yanında güvenli bir yerde olsun. Bebeğin hâlâ orada olup olmadığını kontrol ediyor ve seni aramanın işe yaradığını keşfediyor. Böyle küçük bir gölge yorucu, ama aynı zamanda bir iltifat.

bedtime-protest-stay-a-while =
    .title = Yatak odasından çıkar çıkmaz ağlama
    .body = Bu haftalarda uyku düzeninden sonra odadan çıkmaya kalktığın anda bebeğin itiraz mı ediyor? Bu yaşta bebekler gittiğini çok daha net fark eder. Bu akşam yatağın yanında biraz daha uzun kal; bir elin karnında ya da hafif bir şarkıyla, sakinleşene kadar. Kapıda hep aynı cümleyi söyle: ‘İyi uykular, hemen yanındayım.’ Şimdi daha çok yakınlık, bebeğini daha bağımlı yapmaz.

nappy-change-wriggler =
    .title = Emekleyen bir bebeğin altını değiştirmek
    .body = Bebeğin bugün alt değiştirirken ilginç bir şeye doğru durmadan yuvarlanıp kaçıyor mu? Bu inatlaşma değil: bebeğin hareket etmek istiyor. Ona bir görev ver: ‘Temiz bezi sen tutar mısın?’ ya da yalnızca alt değiştirirken çıkan bir oyuncak. Her adımda ne yaptığını kısaca söyle ve bir elini hep bebeğinin üstünde tut. Alt değiştirme masasında olmuyor mu? Yerde bir minder de olur.

ill-baby-more-clingy =
    .title = Hasta ve her zamankinden yapışkan
    .body = Bebeğin nezle ya da hasta olduğu için sadece kucağında mı durmak istiyor? Bugün buna gönül rahatlığıyla izin ver: işleri ertele, bebeğini kanepeye ya da kanguruya al. Uyuyakalırsa onu sırtüstü kendi yatağına yatır. Hasta bir beden senin tesellini ister. Kaygılıysan, az içiyor ya da uyuşuk görünüyorsa aile hekimini, akşamları ve hafta sonları huisartsenpost’u (nöbetçi aile hekimi hizmetini) ara.

moving-house-same-cot =
    .title = Taşınma: Yatak aynı kalır
    .body = Taşınıyor musunuz? Bebeğinin yatağını, uyku tulumunu ve birkaç oyuncağını en son topla ve yeni evde ilk onları yerleştir. İlk günlerde gün düzenini ve uyku alışkanlığını, koliler arasında bile, olabildiğince olağan tut. Bütün o yeniliklerin arasında bebeğinin tutunduğu şey sen ve o tanıdık eşyalarsınız. Taşınmadan sonra birkaç huzursuz gece normaldir.

own-language-songs =
    .title = Kendi dilinde şarkı söyle
    .body = Evinizde birden fazla dil mi konuşuluyor, ya da sen başka bir dille mi büyüdün? Bugün kendi çocukluğundan bir şarkıyı o dilde, hareketleriyle birlikte söyle. Çocukluğunun dilinde sesin çoğu zaman en sıcak ve en doğal hâlindedir ve bebeğin bunu duyar. Birden fazla dil duymak bebek için sorun değildir. Büyükanne ve büyükbabalara ya da arkadaşlarına eskiden hangi şarkıları söylediklerini sor.

so-big-arms-up =
    .title = ‘Bebek ne kadar büyük?’
    .body = Bugün ‘Bebek ne kadar büyük? Şuuu kadar!’ oyununu oyna ve kollarını havaya kaldır. Geniş bir gülümsemeyle birkaç kez yap, sonra bebeğinin kollarını nazikçe yukarı kaldırmasına yardım et. Bu yaşlarda taklit etmek yeni bir bağ kurma yolu olur: sen ne yaparsan ben de onu yaparım. Bebeğin henüz taklit etmiyor mu? Muhtemelen şimdiden yüzünün tadını çıkarıyordur; taklit çoğu zaman biraz sonra gelir.

floor-mirror-appear =
    .title = Aynada kim beliriyor?
    .body = Bugün kırılmaz bir aynayı duvara alçakta ve sağlamca sabitle; bebeğin emekleyerek ya da kayarak yanına gidebilsin. Aynaya bakıyor mu? Aynada onun arkasında beliriver: ‘Hey, bu kim? Benim!’ Bir an görüntüden çık, sonra geri gel. Bebeğin seni aynada görür, aynı anda gerçekten yanında hisseder ve bunun nasıl olduğunu kendisi çözer. Gerçek sana doğru dönüyor mu? Aferin!

sibling-tower-and-crawler =
    .title = Bebek büyüğün kulesini yıkınca
    .body = Bebeğin bugün büyük bir çocuğun yaptığı yapıya doğru dosdoğru mu emekliyor? Önce büyüğün duygusunu kabul et: ‘Çok yazık, onun için ne kadar uğraştın.’ Ona bebeğin ulaşamayacağı, masa ya da çitin arkası gibi kendine ait bir yer ver, bebeğe de kendi devireceği bir şey. İki çocuk da görüldüğünü hissedince aynı odada oynamak kolaylaşır. Çatışmalar da işin parçası.

fasting-parent-floor-play =
    .title = Bebekle oruç: Uzanarak oyna
    .body = Ramazan’da ya da başka bir nedenle oruç mu tutuyorsun ve akşama doğru enerjin mi tükeniyor? Uzanabileceğin oyunlar seç: yerde bir kilimin üstünde, bebeğin senin üstüne tırmanırken. Yakın olmak enerji istemez. Banyoyu ya da yemeği başka birinin üstlenmesini rica et ve kendine karşı yumuşak ol. Emziriyor musun? Orucu consultatiebureau’yla (çocuk sağlığı merkeziyle) ya da aile hekiminle konuş.

night-shift-breakfast-first =
    .title = Gece vardiyasından sonra: önce birlikte kahvaltı
    .body = Geceleri çalışıyor ve bebeğin tam uyanırken mi eve geliyorsun? Uyumadan önce on dakika ayır: sofrada birlikte kahvaltı, her seferinde aynı selamla: ‘Günaydın, ben geldim.’ Sonra bebeğini başka biri devralsın, sen de yatağa git. Bu küçük, sabit an, sabahın geri kalanında uyusan bile tanıdık bir yüz olarak kalmanı sağlar. Bugün olmuyor mu? Aynı an öğleden sonra, uyandığında da olur.

hospital-stay-fixed-point =
    .title = Hastanede yatış: Sabit nokta sensin
    .body = Bebeğinin hastanede kalması mı gerekiyor? Orada yatıp yatamayacağını ve muayenelerde yanında olup olamayacağını sor; kendi uyku tulumunu ve tanıdık bir şarkıyı da yanına al. Olacakları önceden söyle: ‘Şimdi hemşire geliyor, seni tutuyorum.’ Yabancı yüzler ve seslerin arasında senin yakınlığın, bebeğinin sahip olduğu en güvenli şeydir. Mümkünse biriyle nöbetleş; senin de yemen ve uyuman gerek.

car-seat-protest-name-it =
    .title = Oto koltuğunda öfkeli
    .body = Bebeğin bugün oto koltuğuna bağlarken sırtını geriyor ve ağlıyor mu? Hareket etmeyi yeni öğrenen bir bebek bağlı kalmaktan çoğu zaman nefret eder. Gördüğünü söyle: ‘Bağlanmak istemiyorsun, emeklemek istiyorsun. Anlıyorum.’ Yine de kemeri sakince tak, çünkü güvenlik önce gelir. Sabit bir araba şarkısı ya da sadece arabada duran bir oyuncak, bir sonraki yolculuğu biraz kolaylaştırabilir.

bite-or-hair-pull-calm-ouch =
    .title = Isırmak ya da saç çekmek
    .body = Bebeğin bugün omzunu mu ısırıyor ya da saçını veya gözlüğünü sertçe mi çekiyor? Canını yakmak istemiyor; bu merak ya da gelen dişler. Sakin ve net bir şekilde ‘Ah, acıttı’ de, bunu yüzünde de göster ve küçük elleri nazikçe çöz. Bebeğini bir anlığına yanına bırak, sonra yeniden temas kur. Bağırmak bebeği korkutur; sakin bir ‘ah’ yeter.

redirect-not-scold =
    .title = Kablo olmaz mı? Başka bir şey sun
    .body = Bebeğin bugün durmadan kabloya, saksıya ya da kedinin kumuna mı yöneliyor? Onu sakince kaldır, kısaca ‘Bu senin için değil’ de ve hemen başka bir şey sun: ‘Ama bu kaşık olur!’ Her seferinde aynı sakin tonla söyle. Bebeğin kuralı henüz anlamaz, ama senin tepkinin öngörülebilir ve sevecen olduğunu öğrenir. Günde on kez mi? Bu yaşta işler tam da böyle yürür.

stuck-standing-call =
    .title = Ayağa kalkmak tamam, oturmak henüz değil
    .body = Bebeğin kanepeye ya da yatağın parmaklıklarına tutunup ayağa kalkıyor, sonra geri inemediği için mi sesleniyor? Yanına git ve sakince yardım et: dizleri birlikte bük, ‘Ve otur… pat!’ Her çağırdığında gel; gecenin ortasında bile olsa. Böylece bebeğin şunu öğrenir: takılıp kalınca biri gelir. Yatağın tabanını şimdi en alçak konuma indir. Oturmayı başarınca seslenmeler azalır.

bubbles-wait-for-more =
    .title = Sabun köpüğü: ‘Bir daha!’ demesini bekle
    .body = Bugün bebeğine birkaç sabun köpüğü üfle, şişeyi kendin tut. Köpükleri bebeğinin yüzüne değil, başının üstüne doğru üfle ve süzülüp patlamalarını izleyin. Sonra dur ve bekle: bebeğin bir sesle, kollarını sallayarak ya da şişeye bakarak daha fazlasını istiyor mu? ‘Bir daha mı? İşte geliyorlar!’ Böylece bebeğin, kendi işaretinin bir şeyi başlattığını fark eder. Başını mı çeviriyor? Şimdilik yeter.
