wobbly-walker-sits-down-look-first =
    .title = Pat diye poposunun üstüne: önce yüzüne bak
    .body = Çocuğun ilk adımlarını atıyor ve durmadan poposunun üstüne mi düşüyor? “Eyvah!” demeden ya da koşmadan önce bir an bekle ve yüzüne bak. Çocuğun çoğu zaman ne kadar kötü olduğunu anlamak için önce sana bakar. Sakin, güler bir yüz şunu söyler: bunu başarırsın. Kendi kalkıyor mu? Gururla başını salla. Gerçekten ağlıyor mu? O zaman hemen yanındasın.

through-the-tunnel-you-at-the-end =
    .title = Tünelin içinden: sen ucunda bekle
    .body = Oyun parkında bir emekleme tüneli var mı, ya da evde sandalyeler ve bir battaniyeyle tünel yapabilir misin? Çocuğun bir uçtan içeri emeklesin, sen de öbür uçta çömel, yüzünü girişe yaklaştırıp bekle: “Neredesin? … İşte buradasın!” Bir an karanlıkta tek başına, sonunda senin yüzün: küçük çapta gitmek ve yeniden bulmak. Yarı yolda mı kaldı? Girişten yumuşak bir sesle konuş.

walking-the-last-stretch-yourself =
    .title = Son parçayı çocuğun kendi yürüsün
    .body = Çocuğun pusete binmek istemiyor ama bütün yol yürümek için henüz uzun mu? Elini tutarak kendi yürüyeceği sabit bir parça belirleyin: köşeden kapıya kadar ya da parkın içinden fırına kadar. Kalabalık bir yol geçişi olmayan sakin bir yer seç. Senin yanında yürümek hem büyük hem güvenli hissettirir. Yoruldu mu? Pusete geri; yarın yine bir parça.

family-pet-walks-away-read-it =
    .title = Kedi ya da köpek uzaklaşıyor mu? Ne dediğine bak
    .body = Çocuğun kediyi ya da köpeği, hayvan uzaklaşsa bile, hep mi kovalıyor? Hayvanın ne gösterdiğini birlikte söyleyin: “Pisi gidiyor, kuyruğunu sertçe sallıyor. Şimdi istemiyor.” Yere oturun ve hayvan kendiliğinden koklamaya gelene kadar bekleyin; o zaman bir el sırtını okşayabilir. Çocuğun, başkalarının da hissettiğini ve bazen hayır dediğini keşfeder. Küçük çocuğu evcil hayvanla asla yalnız bırakma.

bump-on-the-head-comfort-first =
    .title = Başını mı çarptı? Önce teselli et, sonra gözünü dört aç
    .body = Çocuğun başını masanın kenarına mı çarptı ya da kaldırımda mı düştü? Kucağına al ve önce sakin bir sesle teselli et: “Ah, başın. Buradayım.” Sonra bir gün bir gece boyunca onu iyi izle. Uyuşuk mu, kusuyor mu ya da hiç her zamanki gibi değil mi? Aile hekimini (huisarts), akşam ve hafta sonu nöbetçi aile hekimini (huisartsenpost) ara. Şüphe, aramak için yeterli sebeptir.

the-big-cardboard-box =
    .title = Büyük bir karton kutu her oyuncağı geçer
    .body = Kargo mu geldi? Büyük kutuyu sakla, zımba tellerini ve bantları çıkar, ağzı açık yere koy. Çocuğunun onunla ne yapacağını bekle gör: içine girmek, saklanmak, itmek, üstüne vurmak. Senin bir şey düşünmene gerek yok; izle, davet edilince sen de katıl. Bir kutu her şey olabilir ve bunu çocuğun kendisi keşfeder. Haftaya belki bir araba olur.

walking-together-on-your-feet =
    .title = Senin ayaklarının üstünde birlikte yürümek
    .body = Çocuğunu yalınayak, yüzü sana dönük olarak çıplak ayaklarının üstüne koy ve iki minik elini sıkıca tut. Odada yavaşça yürü: büyük adımlar, küçük adımlar ve dur! “Adım… adım… ve… dur!” Çocuğun dengeni ve ritmini hisseder, yukarıya, yüzüne bakar. Tek bir beden gibi hareket etmek hem güven verir hem kıkırdatır. İnmek mi istiyor? O zaman yanında kendi yürümeye devam etsin.

beach-the-sea-from-your-arms =
    .title = Plajda: denizi senin kucağından tanısın
    .body = Plaja mı gidiyorsunuz? Pek çok küçük çocuk ayağının altındaki kumu ve gelen dalgaları önce tuhaf bulur. Çocuğunu su kenarına taşı, ayak parmakları suya bir değsin, sonra geri dön. Kendi mi girmek istiyor? Elini tut ve kol mesafesinde kal: suyun yanında bir an bile bırakma. Senin kolların koca denizi yeterince küçültür. Kumdan hoşlanmadı mı? Bir havlu kendi adası olur.

lost-sight-of-you-in-the-shop =
    .title = Mağazada bir an seni kaybetti
    .body = Çocuğun mağazada bir rafın arkasına geçip birden seni göremedi mi? Sadece birkaç saniye sürmüş olsa da onun için gerçek bir korkuydu. Diz çök, kucağına al ve ne olduğunu söyle: “Beni göremedin. Korkuttu seni. Buradayım.” Böylece çocuğun korkunun geçtiğini öğrenir. Alışverişin geri kalanında: el ele.

water-tub-on-the-balcony =
    .title = Balkonda ya da bahçede bir leğen su
    .body = Hava yeterince sıcak mı? Dışarıya biraz ılık su olan bir leğen koy, yanına bardaklar, bir süzgeç ve bir kaşık. Yanına otur ve çocuğun doldursun, boşaltsın, şapırdatsın. Su çocukları uzun süre oyalar, sen de yakındasın. Tüm zaman boyunca hemen yanında kal, çünkü küçük bir çocuk az suda bile boğulabilir; işiniz bitince leğeni boşalt.

puddles-in-wellies-together =
    .title = Yağmur mu? Çizmeleri giy, su birikintilerine
    .body = Yağmur yağıyor ve çocuğun dışarı mı çıkmak istiyor? Yağmurlukları ve çizmeleri giyin, sen de giy, birlikte su birikintisi avına çıkın. Çocuğun tepinsin, zıplasın; sen de katıl: senden gelen kocaman bir “şap!” küçük bir çocuk için dünyanın en güzel şeyi gibidir. Böylece sadece ıslanmasın diye uğraşmak yerine sevincini paylaşırsın. Evde sıcak çoraplar bekliyor.

shape-sorter-as-a-hat =
    .title = Şekil kutusu şapka mı oldu? Olsun
    .body = Çocuğun şekil kutusunu başına mı geçiriyor, tren raylarından kule mi yapıyor? Bırak öyle olsun. Nasıl ‘olması gerektiğini’ göstermene gerek yok; çocuğun bir şeyin neler yapabildiğini araştırıyor. Gördüğünü söyle: “Ne şapka ama!” Kendi bildiği gibi oynayabilen çocuk denemeye cesaret eder ve görüldüğünü hisseder. Parçayı deliğe sokmak bir gün kendiliğinden gelir.

holiday-mark-your-own-spot =
    .title = Tatilde: yerinizi tanınır kılın
    .body = Bütün çadırların ya da evlerin birbirine benzediği bir kampta ya da tatil köyünde misiniz? Yerinize birlikte göze çarpan bir şey asın: küçük bir bayrak, bir fırıldak, ipte renkli bir havlu. Her dönüşte sor: “Bizim ev nerede? Bayrağı görüyor musun?” ve çocuğun göstersin. Böylece yabancı bir yerde çocuğunun size ait sabit bir noktası olur. Bayrak sonra eve de gelebilir.

stop-at-every-kerb =
    .title = Her kaldırım kenarında: dur
    .body = Çocuğun sokakta gitgide daha çok kendi mi yürüyor? Her kaldırım kenarını, sakin bir sokakta bile, sabit bir an yap: dur, el ele tutun, sola ve sağa bak, ancak sonra birlikte karşıya geçin. Her seferinde aynı kelimeleri söyle: “Kaldırım. Dur. Bak.” Küçük bir çocuk trafiği daha uzun süre kestiremez ama alışkanlık şimdiden büyür. Eli sen tutarsın.

their-scribble-up-on-the-wall =
    .title = Çocuğunun karalaması duvarda
    .body = Çocuğun kalın bir mum boyayla karalamayı seviyor mu? Masaya büyük bir kâğıt yapıştır, yanına otur ve karalasın. Sonra resmin, onun boy hizasında nereye asılacağını çocuğun seçsin; eve gelen herkese de göster: “Gel bak, duvarda ne var! Tamamen kendisi yaptı.” Böylece çocuğun şunu hisseder: yaptığım şey önemli. Boya daha çok ağzına mı gidiyor? Henüz erken; birkaç hafta sonra yeniden dene.

not-careful-but-what-helps =
    .title = “Dikkat et!” yerine işe yarayanı söyle
    .body = Çocuğun tırmanma aletine, kanepeye ya da alçak bir duvara mı tırmanıyor, sen de durmadan “Dikkat et!” mi diyorsun? Bugün işe yarayanı söyle: “Ayağını basamağa koy. İki elinle sıkı tutun.” Tutmadan yakınında dur. “Dikkat et” çocuğu daha çok tedirgin eder; somut sözler tutunacak bir şey ve güven verir. Yine de ağzından bir “Dikkat!” mi kaçtı? Önemli değil, sonraki cümle yardımcı olur.

you-are-the-climbing-frame =
    .title = Tırmanma aleti sensin
    .body = Bugün yere uzan ve bir dağ ol: çocuğun üstüne tırmansın, karnına otursun, dizlerinden kaysın. Ellerini hazır tut ve hissettiğini söyle: “Ooof, ne ağırsın!” Senin üstünde tırmanmak hem dokunuş hem kahkaha demek; çocuğun gücünü güvendiği biri üzerinde dener. Saçını mı çekiyor? “Ah, yavaş” de ve oyuna devam et.

climb-as-high-as-they-get-alone =
    .title = Çocuğun kendi başına çıkabildiği kadar yüksek
    .body = Çocuğun aslında henüz çok yüksek olan bir tırmanma aletine mi çıkmak istiyor? Onu yukarı kaldırmamaya çalış. Kendi çıkabildiği yere kadar tırmansın, sen de altında dur, ellerin yakında. Kendi tırmanan çocuk genellikle inmeyi de bilir; senin yukarı koyduğun çocuk ise bu deneyim olmadan orada kalır. Haftaya belki bir basamak daha yukarı çıkar, tamamen kendi başına.

open-field-you-walk-behind =
    .title = Geniş bir çayırda: sen arkadan yürü
    .body = Geniş bir çayırda ya da kumullarda, trafikten uzakta mısınız? Çocuğun önden gitsin, sen birkaç metre arkasından yürü. Seslenmek ya da yönlendirmek yok, sadece izle. Yönü çocuğun seçer, arada dönüp bakar ve seni her seferinde orada görür. Böylece şunu yaşar: keşfedebilirim ve biri bana göz kulak oluyor. Yine de su, bisiklet yolu ya da köpek mi göründü? O zaman çocuğunun yanına geç ve elini tut.

im-coming-to-get-you-chase =
    .title = “Geliyorum, yakalayacağım seni!”
    .body = Çocuğun kıkırdayarak senden kaçıp peşinden gelip gelmediğine mi bakıyor? Oyuna katıl, evde ya da güvenli bir çimenlikte: “Geliyorum, yakalayacağım seni!” de, büyük ve yavaş adımlarla. Yakala, sarıl ve yine bırak. Kaçmak ve yakalanmak, gitmek ve geri gelmek üzerine bir oyundur; mutlu son da sensin. Yol kenarında bu bir oyun değil; orada el ele tutarsınız.

treasure-bag-for-the-walk =
    .title = Yürüyüş için bir hazine çantası
    .body = Çocuğun yolda her taşı, her yaprağı, her çubuğu mu topluyor? Bugün ona hazineleri için kendi küçük çantasını ya da kovasını ver. Evde onları birlikte masaya dizin: “Bu taşı köprünün yanında buldun.” Böylece şunu söylersin: senin için önemli olan, benim ilgime değer. Küçük şeyler kolayca ağza gider, o yüzden gözün üstünde olsun, çanta da yanında dursun.

toddler-wants-to-stroke-every-dog =
    .title = Her köpeği sevmek mi istiyor?
    .body = Çocuğun her köpeğe doğru mu koşuyor? Elini tut ve köpeğe birkaç adım kala durun. Önce sahibine sor: “Çocuğum onu sevebilir mi?” Evet derse, köpek önce çocuğunun elinin üstünü koklasın, sonra birlikte sırtını okşayın, başını değil. Hayır derse el salla: “Hoşça kal, kuçu kuçu!” Böylece çocuğun merak edebilir, ne zaman güvenli olduğunu da sen söylersin.

balancing-on-a-log-one-finger =
    .title = Kütük üstünde denge: bir parmak uzat
    .body = Çocuğun ormanda devrilmiş bir ağacın ya da alçak bir duvarın üstünde mi yürümek istiyor? Hemen elini tutma; bir parmağını uzat ve tutup tutmayacağını ona bırak. Yanında yürü, parmağın hep yakında. Böylece ne kadar desteğe ihtiyacı olduğunu kendisi bulur, sallandığında da sen oradasın. Yarıda bırakıp sonra hemen yine mi tuttu? İkisi de olur.

you-build-they-knock-down =
    .title = Sen yap, çocuğun yıksın
    .body = Çocuğun yaptığın her kuleyi yıkıyor mu? Bugün bunu bir oyuna çevir: yap, “güm!” anını bekle ve şaşır: “Hey! Hepsi yıkıldı!” Sonra istediği kadar yeniden yap. Oyunu çocuğun belirler, sen de her seferinde yeni bir tur için oturursun. Bu ona şöyle gelir: benim oyunumu oynuyorsun. Sonra kendisi üste bir blok mu koydu? Artık birlikte yapıyorsunuz.

ride-on-you-walk-alongside =
    .title = Bindirme arabasında: sen yanında yürü
    .body = Çocuğun bindirme arabasına ya da denge bisikletine mi biniyor? Yavaş gitse ya da sürekli çite çarpsa bile ayaklarıyla kendisi itsin ve yönlendirsin. İtmeden, çekmeden yanında yürü. Parkı ya da araba giriş çıkışı olmayan sakin bir kaldırımı seç: küçük bir çocuk bir arabanın önünde henüz duramaz. Sen yanındayken kendi başına ilerlemek büyük bir duygu verir: yapabiliyorum ve sen buradasın.

busy-playground-quiet-corner =
    .title = Oyun parkı çok mu kalabalık? Sakin bir köşe bul
    .body = Oyun parkı tıklım tıklım, koşup çığlık atan büyük çocuklarla dolu ve çocuğun donup mu kaldı? Birlikte daha sakin bir yere geçin: kenardaki kum havuzuna, manzaralı bir banka. Oradan kalabalığın ortasında kalmadan izleyebilir. Bir anda çok fazla şey küçük bir çocuk için yorucudur. Ya da daha sakin bir saatte, örneğin sabah erkenden gelin.

one-hand-on-the-buggy =
    .title = Ellerin mi dolu? Minik bir el pusette
    .body = Çocuğun yanında yürürken ellerin alışveriş ya da pusetle mi dolu? Pusette onun eli için sabit bir yer belirle, oraya bir kurdele bağla: “Senin elin burada, benim elim şurada.” Önce sakin bir yerde alıştırma yapın. Böylece çocuğun kendi yürürken aranızdaki bağ kopmaz. Kalabalık bir yoldan geçerken yine de elinden tut.

a-scare-at-the-road-calm-down-after =
    .title = Yol kenarında korku: önce birlikte oturun
    .body = Çocuğun birden yola mı koştu, sen de bir çığlıkla onu geri mi çektin? O hızlı, sesli tepki doğruydu. Şimdi ikiniz de titriyorsunuz. Güvenli tarafta bir banka ya da alçak bir duvara oturun, çocuğunu kendine yasla. Birkaç kez uzun uzun nefes ver: çocuğun bedeninin sakinleştiğini hisseder ve o da sakinleşir. Açıklama bekleyebilir. Akşam birine anlat; senin korkun da diner.

a-plaster-for-every-bump =
    .title = Her şişliğe bir yara bandı
    .body = Çocuğun, sen hiçbir şey göremesen de her küçük çarpmaya bir yara bandı mı istiyor? İsteğini ciddiye al: birlikte bakın, üfle, bir öpücük ya da bir yara bandı ver. “Burası acıdı, değil mi?” Küçük bir çocuk için mesele yara bandından çok, acıdığını gören birinin olmasıdır. Yara bandı bitti mi ya da bugünkü dördüncü mü? Bir öpücük ve kalemle çizilmiş bir kalp de aynı işi görür.

tea-at-your-toddlers =
    .title = Çocuğunda çay misafirliği
    .body = Çocuğun sana boş bir fincan ya da ‘yemek’ dolu bir tabak mı uzatıyor? Al ve misafiri oyna: sıcak diye üfle, höpürdet, “Mmm, çok güzel! Biraz daha alabilir miyim?” Neyin doldurulacağına çocuğun karar verir. Bu hayali oyunda başkasına bakmayı dener ve senin katılmandan keyif alır. On kez mi doldurdu? On kez “teşekkür ederim” tam kararında.

teddy-comes-to-new-places =
    .title = Oyuncak ayı da gelsin, o da alışsın
    .body = Bir kutlamaya ya da diş hekimine, yeni bir yere mi gidiyorsunuz? Çocuğun her zamanki pelüş oyuncağını yanına alsın, onu da işin içine kat: “Ayıcık da etrafa bakıyor. Heyecanlı mı acaba?” Çocuğun oyuncak aracılığıyla, kendinden söz etmek zorunda kalmadan nasıl hissettiğini gösterebilir. Kucağındaki tanıdık bir şey yeni yeri küçültür. Çıkarken: “Ayıcık, el sallar mısın?”

only-your-lap-today =
    .title = Bugün sadece kucağında mı? O da olur
    .body = Çocuğun normalde hemen kaydırağa koşar da bugün kucağında mı kalıyor? Belki yorgun, belki hastalanıyor ya da evde bir şey değişti. Zorlama: çocuk ancak kendini yeterince güvende hissedince keşfe çıkar ve bugün bu, sana yakın olmak demek. Diğerlerini birlikte izleyin ve güç toplamasına izin ver. Kaydırak yarın da orada olacak.

a-bit-of-boredom-is-fine =
    .title = Yapacak bir şey yok mu? Olabilir
    .body = Çocuğun oyunsuz, plansız ortalıkta mı dolanıyor? Hemen bir şey bulmak zorunda değilsin. Yakınında kal, kendi işine sakince devam et ve söyle: “Buradayım. Sen ne yapacaksın?” Biraz can sıkıntısı kendi başına bir şey icat etmeye yer açar ve küçük çocuklar bunu çoğu zaman sandığından iyi yapar: bir tencere, bir kutu, camdaki yağmur damlaları. Gerçekten yorgun ya da üzgün mü? O zaman kucak daha iyi.

scared-of-the-frame-after-a-fall =
    .title = Düştükten sonra tırmanma aletinden korkuyor
    .body = Çocuğun tırmanma aletinden düştü ve artık yanına bile gitmek mi istemiyor? Bir şey olmadığını söyleme, zorlama da: “Oradan düştün. Şimdi korkutucu geliyor.” Bir dahaki sefere tırmanmak zorunda olmadan birlikte gidip bakın. Belki çocuğun sadece en alt basamağı ister, senin elin de yanında. Görülen korku çoğu zaman daha çabuk geçer. Hızı çocuğun belirler.

pebbles-in-the-water-hand-on-coat =
    .title = Suya taş, senin elin montunda
    .body = Çocuğun hendeğe, gölete ya da kanala taş mı atmak istiyor? Ne güzel: cup, sonra suda halkalar! Kenarda hemen yanında dur ve bir elin montunda ya da kapüşonunda olsun. Küçük bir çocuk ne kadar yakının fazla yakın olduğunu henüz kestiremez, kaymak da bir saniye sürer. Kısaca söyle: “Suyun yanında seni tutarım.” Böylece ikiniz de keyif alırsınız.

mud-allowed-old-clothes =
    .title = Çamur serbest: eski giysiler giyilsin
    .body = Çocuğun çamurda ya da ıslak toprakta kazmak mı istiyor? Bugün kirlenebilecek eski giysiler giydir ve yoğursun, küreklesin, sürsün. Biraz sen de katıl: eller çamura, “Brr, soğuk ve yapış yapış!” Senin rahat yüzün, ortalık dağılsa da keşfetmenin serbest olduğunu söyler. Eller ağızdan uzak, sonra birlikte yıkanır. Gerisini çamaşır makinesi halleder.

road-of-tape-for-little-cars =
    .title = Yerde bantla yapılmış bir yol
    .body = Çocuğun küçük arabalarla oynamayı seviyor mu? Bugün kâğıt bantla yere virajı ve otoparkı olan bir yol yapıştır, sen de yanına uzan. Çocuğun istediği yerden sürsün, virajın tam ortasından bile; sen de arada kendi arabanla onunkinin peşine düş: “Düt düt!” Yerde, çocuğunla göz hizasında yatmak şunu söyler: gerçekten buradayım, seninle.

dressing-up-in-your-shoes =
    .title = Senin ayakkabılarınla odada
    .body = Çocuğun senin ayakkabılarınla, atkın ya da şapkanla ortalıkta paytak paytak mı dolaşıyor? Şaşırmış gibi oyuna katıl: “Kim geldi bakalım? Aa, sen misin!” Eski giysiler, çantalar ve şapkalarla dolu bir sepet koy ki kılık değiştirmek daha sık olsun. Çocuğun başka biri olmanın nasıl bir şey olduğunu dener, tercihen hayran olduğu biri: sen. Topuklu ayakkabı ve uzun atkı sadece sen yanındayken.

playing-doctors-after-a-visit =
    .title = Doktor ziyaretinden sonra doktorculuk
    .body = Çocuğun aile hekimine, consultatiebureau’ya (çocuk sağlığı merkezine) ya da hastaneye mi gitti? Evde bir pelüşle canlandırın: kalbini dinlemek, yara bandı yapıştırmak, “Küçük bir iğne, ah!” Doktor çocuğun olsun, sen de ayıyı getiren endişeli kişi ol. Oyunda onu geren şeyin kontrolü çocuğundadır; bu da yaşadığını sindirmesine yardım eder. Hasta olmayı mı seçti? Çok nazik bir doktor ol.

toddler-plays-at-being-you =
    .title = Çocuğun seni oynuyor
    .body = Çocuğun çantayla “işe” mi gidiyor, küçük bir tencerede yemek mi yapıyor ya da bir blokla telefonda mı konuşuyor? Seni oynuyor. Bugün rolleri değiştirerek katıl: çocuk sen ol. “Acıktım! Kucağına oturabilir miyim?” Bırak sana baksın, seni teselli etsin ya da tıpkı senin gibi sert olsun. Böylece büyük olmayı dener. Sen de hangi sözlerinin aklında kaldığını duyarsın.

playing-without-a-quiz =
    .title = Sınava çekmeden oynamak
    .body = Oynarken sık sık “Bu ne renk?” ya da “İnek ne der?” diye mi soruyorsun? Bugün bu soruları bırak ve sadece gördüğünü söyle: “Kırmızıyı mavinin üstüne koyuyorsun!” Sınava çekmek oyunu doğru ve yanlışı olan bir teste çevirir. Anlatmak ise şunu söyler: seni izliyorum. Çocuğun yine kelimeleri duyar, üstelik daha rahat oynar. Kendisi “Bu ne?” diye mi sordu? O zaman sadece cevap ver.

teddy-goes-away-and-comes-back =
    .title = Ayıcık gidiyor… ve geri geliyor
    .body = Bugün bir pelüşle, giderken kendi söylediğin sözlerle bir vedayı canlandır: “Hoşça kal! Yemekten sonra geri geleceğim.” Ayıcık el sallasın, sen de onu kanepenin arkasına yürüt. Biraz sonra sevinçle dönsün: “İşte yine buradayım!” Böylece her günkü veda, çocuğunun tanıdığı, sonu güzel biten bir hikâyeye dönüşür. Çocuğun ayıcığı kendisi mi aldı? O zaman onu o götürsün, sen el salla.

on-your-backs-in-the-grass =
    .title = Birlikte çimenlerde sırtüstü
    .body = Hava kuru ve ılık mı? Parkta ya da bahçede birlikte çimene sırtüstü uzanın ve yukarı bakın: bulutlar, bir uçak, kıpırdayan yapraklar. Az konuş, arada göster: “Bak, bir kuş.” Böyle sakin bir an çocuğunu bir gezi kadar doyurur. Bir dakika sonra kalktı mı? O dakika yeterdi. Sen, yapabilirsen, biraz daha uzan.

no-need-for-a-packed-week =
    .title = Dolu bir takvime gerek yok
    .body = Çocuğun bir şeyler yaşasın diye haftan yüzme, müzik kursu, oyun buluşmaları ve gezilerle mi dolu? Gerek yok. Küçük bir çocuk için sıradan bir gün zaten yeniliklerle dolu: çamaşırlar, çöp kamyonu, köpeğiyle komşu, yanında da sen. Fazla program pek çok çocuğu tersine huzursuz eder. Bu hafta bir randevuyu sil ve o boş sabahın nasıl geçtiğine bak.

absorbed-in-play-leave-them-be =
    .title = Oyuna dalmış mı? Bırak devam etsin
    .body = Çocuğun taş mı ayıklıyor, su mu aktarıyor, oyununa tamamen mi dalmış? Sorularla, övgüyle ya da daha iyi bir fikirle bölme. Yakınında kal ve sadece izle. Böyle odaklanarak oynamak çok emek ister, senin sakin varlığın da bunu mümkün kılar. Gözlerini mi arıyor? Başını salla ya da gülümse, devam etsin. Yemek çoğu zaman beş dakika bekleyebilir.

a-den-of-their-own =
    .title = Masanın altında kendine ait bir in
    .body = Çocuğun masanın altına ya da kanepenin arkasına girmeyi mi seviyor? Orayı kendi ini yap: masanın üstüne bir çarşaf, içine bir yastık ve bir pelüş. Burası çocuğunun yeri: girmeden önce kapıyı çal, “hayır” derse çekil. Patronun kendisi olduğu bir köşe küçük bir çocuğa huzur ve sözünün dinlendiği hissini verir. Davet mi edildin? Sen de içeri emekle.

dolly-goes-to-bed-their-way =
    .title = Oyuncak bebek uyuyor, çocuğunun bildiği gibi
    .body = Çocuğun oyuncak bebeğini ya da ayıcığını battaniyeyle ve “İyi uykular” diyerek mi yatırıyor? Oyuna katıl ama onun yöntemini izle: bebeğin neye ihtiyacı olduğuna o karar versin. Ne dediğini ve ne yaptığını dikkatle dinle. Çoğu zaman uyku vaktinde kendisi için neyin önemli olduğunu duyarsın, bir gece lambası ya da o tek pelüş gibi. Belki yarın akşam oyundan bir şey alırsın.

baby-bird-in-the-nest =
    .title = Yuvadaki minik kuş
    .body = Bugün yere yastıklar ve bir battaniyeyle bir yuva kur. Çocuğun yavru kuş olsun, sen de hayali bir solucanla gidip gelen büyük kuş: “Cik cik, kim acıktı?” Sonra kollarını kanat gibi aç ve minik kuşun üstünü ört. Bir süre küçük olmak ve bakılmak, hareketli bir kâşif için güzel bir güç toplama yoludur. Çocuğun sonra büyük kuş mu olmak istiyor? O zaman yuvada sen oturursun.

same-toys-different-room =
    .title = Aynı oyuncaklar, başka bir yer
    .body = Çocuğun mızmız mı, oyuncaklar ona artık bir şey ifade etmiyor mu? Oyunu taşı: bloklar koridora, arabalar mutfak zeminine, kaşık ve bardak dolu bir kap balkona. Başka bir yerde tanıdık şeyler yeni görünür, bir şey almana da gerek kalmaz. Sen de kahvenle birlikte gel. İşe yaramadı mı? Belki çocuğun sadece yorgundur, en iyisi de kucağındır.

sock-puppet-that-asks =
    .title = Sorular soran bir çorap kukla
    .body = Eski bir çorabı eline geçir, üstüne iki göz çiz ve kuklayı komik bir sesle konuştur: “Merhaba! Ne yapıyorsun?” Pek çok küçük çocuk bir kuklaya sana davrandığından çok farklı davranır: onu öper, ona bir lokma verir ya da kızgın bakar. Kukla daha çok dinlesin ve şaşırsın. Çocuğun kuklayı kendisi mi istiyor? O zaman sen çorapla konuş.

scared-of-the-lion =
    .title = Aslandan korkan sensin
    .body = Bugün çocuğun bir aslan ya da dinozor olsun. Kükrüyor mu? Abartarak irkil ve bir yastığın arkasına saklan: “İmdat, aslan!” Küçük bir çocuk bütün gün büyüklerin arasında küçüktür; bu oyunda bir kez olsun büyük ve güçlü olur. Birden tedirgin mi baktı? Gülerek ortaya çık: “Benim, sadece ben; sen de benim aslanımsın.”

bye-slide-see-you-tomorrow =
    .title = Kaydırağa hoşça kal demek
    .body = Oyun parkından ayrılmak her seferinde bir kavga mı? Bunu sabit bir veda turuna çevir: “Hoşça kal kaydırak, hoşça kal salıncak, hoşça kalın ördekler. Yarın görüşürüz!” Çocuğun el sallasın ya da kaydırağa hafifçe dokunsun. Sabit bir ritüel, ani bir duruşu bir sözle biten bir kapanışa çevirir: yarın hepsi yine burada. İtiraz da olabilir; bir kez daha “yarın görüşürüz” der ve gidersiniz.

people-watching-from-a-bench =
    .title = Bir banktan birlikte insanları izlemek
    .body = Çocuğunla meydanda ya da istasyonda bir bankta mı oturuyorsun? Gelip geçenleri izleyin ve içlerinden neler geçtiğini yüksek sesle merak et: “Şu amca koşuyor. Otobüse mi yetişmek istiyor?” “Şu köpek tasmayı çekiyor. Herhalde eve gitmek istiyor.” Çocuğun, yabancılar dahil herkesin bir şey istediğini ve hissettiğini duyar. Kendisi birini mi gösterdi? Birlikte küçük bir hikâye uydurun.

out-with-a-torch =
    .title = El feneriyle dışarıya
    .body = Hava erken mi kararıyor? Akşam yemeğinden sonra montları giyin ve çocuğunun kendi tuttuğu bir el feneriyle biraz dışarı çıkın. Bir ağaca, bir bisiklete, posta kutusuna tutun. Karanlık heyecanlı ve biraz korkutucudur; senin elin yanındayken bir maceraya dönüşür. Kısası yeter. Hava uzun süre aydınlık mı? Evde perdeleri kapatıp fenerle pelüşleri arayın.

the-same-horse-every-week =
    .title = Her hafta aynı ata
    .body = Yakınında bir at, keçiler ya da ördekler olan bir çayır var mı? Oraya gitmeyi sabit bir yürüyüşe çevirin, örneğin cumartesi sabahları. Yolda anlatmaya başla: “Ata gidiyoruz. Acaba orada mı?” Hep tekrarlanan bir gezi çocuğuna sabırsızlıkla bekleyeceği ve güvenebileceği bir şey verir. At bir gün yok mu? “Başka bir yerde. Haftaya yine geliriz.”

bus-or-train-by-the-window =
    .title = Otobüste ya da trende: birlikte pencere kenarında
    .body = Çocuğunla otobüse ya da trene mi biniyorsun? Onu kucağına al ya da pencere kenarında yanına oturt ve birlikte dışarı bakın: “Bak, bir köprü. Şimdi duruyoruz.” Sesler, kapılar ve yabancılar bir anda çok fazla; çocuğuna sarılan kolun ve sesin, hareket eden bir dünyada sabit noktadır. İnmeye az mı kaldı? Bir durak önceden söyle.

day-out-leave-on-a-high =
    .title = Bir gezi: en güzel anında ayrılın
    .body = Hayvanat bahçesine, bir eğlence parkına ya da bir festivale mi gidiyorsunuz? Küçük bir çocuk için böyle bir gün ses, insan ve izlenim fırtınasıdır. Yettiğinin ilk işaretlerine dikkat et: göz ovuşturmak, sarkmak, mızmızlanmak ya da tam tersine çok coşmak. O zaman, her şeyi görmemiş olsan da eve ya da sakin bir köşeye geçin. Güzel biten kısa bir gezi, gözyaşıyla biten uzun bir geziden iyidir.

merry-go-round-wave-each-time =
    .title = Atlıkarıncada: her turda el salla
    .body = Çocuğun atlıkarıncaya binmek istiyor ama tek başına cesaret edemiyor mu? İlk seferinde onunla bin. Sonra tek başına binmek isterse, kenarda seni her turda görebileceği sabit bir yerde dur ve her seferinde el salla: “İşte yine geldin!” Gidip geri gelmek ve senin hep orada olman: bırakmaya dair küçük bir alıştırma. Korkmuş mu görünüyor? Durdurmalarını rica et.

hiding-in-the-shop-is-no-game =
    .title = Mağazada saklanmak oyun değil
    .body = Çocuğun giysi askıları arasında saklanmayı ya da mağazada kıkırdayarak kaçmayı mı seviyor? Evde saklambaç harika bir oyun, dışarıda değil. Önceden kısaca anlaşın: “Mağazada yanımda kalırsın. Saklanmayı evde oynarız.” Ve sözünü tut: o öğleden sonra evde gerçekten saklambaç oynayın. Böylece çocuğun oyundan vazgeçmek zorunda kalmaz; oyun sadece kendi yerini bulur.

do-you-know-the-way =
    .title = “Yolu biliyor musun?”
    .body = Oyun parkına ya da fırına sık sık aynı yoldan mı gidiyorsunuz? Yolda sor: “Yolu biliyor musun? Göster bakalım!” Yanlış yöne dönse bile kavşaklarda çocuğunu takip et, sen de yol tarafında yürü. Sana yolu göstermek ona büyük bir duygu verir: dünyamı tanıyorum ve sen benimle geliyorsun. Yanlış mı gittiniz? Dönüş yolunu birlikte bulursunuz.

rolling-down-a-grassy-slope =
    .title = Çimenli bir yamaçtan birlikte yuvarlanmak
    .body = Parkta altında çalı ya da su olmayan yumuşak bir çimen yamacı ya da kumul var mı? Tepeye uzanın ve birlikte aşağı yuvarlanın, çocuğun hemen yanında. Aşağıda: saçlarda çimen, kahkaha ve bir sarılma. Sen yanındayken böyle çılgın bir hareket hem heyecanlı hem güvenlidir. Başı mı döndü ya da üzüldü mü? Dünya yeniden durana kadar birlikte oturun.

carrying-everything-here-to-there =
    .title = Her şeyi oradan oraya taşımak
    .body = Çocuğun bütün gün eşyaları bir odadan ötekine mi taşıyor, her şeyi çantalara doldurup yine mi çıkarıyor? Anlamsız görünse de bu ciddi bir oyun: doldurmak, taşımak, boşaltmak. Ona kendi çantasını ya da sepetini ver ve bırak yapsın. Sor: “Bana ne getiriyorsun?” ve teslimatı kabul et. Anahtarların mı kayıp? Önce sepete bak.

painting-the-fence-with-water =
    .title = Çiti suyla boyamak
    .body = Dışarıda çocuğuna bir kova su ve büyük bir fırça ver, çiti ya da kaldırımı ‘boyasın’. Su, yavaşça kaybolan koyu lekeler bırakır, bu yüzden iş hiç bitmez. Sen de bir fırça al ve sor: “Nereyi boyayayım?” İşin patronu çocuğun olsun, bu ona kendini büyük hissettirir. Yanında kal, sonra kovayı boşalt.

your-toddler-directs-the-story =
    .title = Yönetmen çocuğun
    .body = Çocuğun figürlerle, hayvanlarla ya da arabalarla küçük bir hikâye mi oynuyor? Bugün her adımda sor: “Peki inek şimdi ne yapacak?” ve anlamsız olsa bile çocuğunun dediğini yap. İnek uçuyor mu? O zaman inek uçar. Böylece çocuğun fikirlerinin önemli olduğunu ve senin onun dünyasında oynadığını fark eder. Henüz az mı konuşuyor? Göstermek ve itmek de yönetmenliktir.

pretend-to-sleep-be-woken =
    .title = Uyuyormuş gibi yap, seni uyandırsın
    .body = Kanepeye ya da yere uzan, gözlerini kapat ve yüksek sesle horla. Çocuğun seni bir dürtme, bir öpücük ya da “Uyan!” diyerek mi uyandırıyor? Sıçrayarak uyan ve sevinçle seslen: “İşte buradasın!” Sonra yine. Bir anlığına uzakta ama yine de yakında, dönüş anını da çocuğun belirliyor: pek çok küçük çocuk bunu bitmeden oynayabilir. Sen de biraz uzanmış olursun. Roller değişebilir.

jump-and-i-will-catch-you =
    .title = “Atla, ben seni tutarım!”
    .body = Çocuğun alçak bir duvardan ya da kum havuzunun kenarından atlamak mı istiyor? Hemen önünde dur, kollarını aç ve birlikte sayın: “Bir, iki… üç!” Onu yakala ve yeniden yere bırak. Bir daha mı? Kollarına her atlayış şunu söyler: bir şeye cesaret edince sen oradasın. Altı yumuşak, alçak bir yer seç. İki ayağıyla kendi başına atlamayı mı seviyor? O zaman sadece elini tut ve alkışla.
