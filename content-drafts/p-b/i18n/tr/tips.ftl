expecting-safe-sleep-plan =
    .title = Güvenli uyku: şimdiden planla
    .body = Bebeğinin nerede uyuyacağını bugün düşün: sırtüstü, kendi yatağında ya da beşiğinde; bu yatak senin yatak odanda durabilir. İlk yaş gününe kadar içine yumuşak hiçbir şey girmez: peluş oyuncak, tülbent, yastık ya da yatak kenar koruması olmaz. Sonra ne kadar yorgun ya da çaresiz hissedersen hisset, bebeği asla sarsma: sırtüstü yatağına yatır ve biraz uzaklaş. Bunu yardım edecek herkese anlat.

expecting-where-to-ask =
    .title = Şimdi ve sonra kime sorabilirsin
    .body = Neyi kime sorabileceğini bugün yaz. Hamilelikte: ebene (verloskundige). İlk hafta: kraamzorg’a (evde lohusa bakımına) ve ebene, gece de. Sonra consultatiebureau’ya (çocuk sağlığı merkezine); hastalıkta aile hekimine (huisarts), akşam ve hafta sonu nöbetçi aile hekimine (huisartsenpost). Hüzünlü ya da kaygılı mısın, şimdi ya da sonra? Bu çok yaygın. Onlara anlat: sormak zayıflık değil, güçtür.

talk-to-employer-about-handover =
    .title = İşteki devri zamanında ayarla
    .body = İzninle ilgili bugün işte bir görüşme ayarla: ne zaman ayrılacağını, işlerini kimin devralacağını ve nasıl devredeceğini konuş. Önceden süren işlerin bir listesini çıkar. İş ne kadar iyi düzenlenirse, sonra bebeğinin yanındayken aklın o kadar az işte olur. Bebeğin beklenenden erken gelirse de elinde hazır bir plan olur.

kraamzorg-what-it-is-and-booking =
    .title = Kraamzorg: ne olduğu ve nasıl ayarlanacağı
    .body = Hollanda’da doğumdan sonra genellikle eve kraamzorg (evde lohusa bakımı) gelir: ilk günlerde bebeğinin ve kendinin bakımında sana yardım eden, sana pek çok şey gösteren bir lohusa bakıcısı. Henüz ayarlamadın mı, ya da Hollanda’ya yeni mi geldin? Bugün sağlık sigortanı ara ya da ebene (verloskundige) nasıl işlediğini sor. Böylece o ilk haftada yalnız kalmazsın.

self-employed-plan-your-own-leave =
    .title = Kendi işin mi var? Kendi iznini planla
    .body = Serbest çalıştığın için bir işverenin yok mu? Bugün takviminde doğum etrafındaki haftaları kapat ve düzenli müşterilerine ne zaman olmayacağını söyle. Serbest çalışanlar için ne gibi düzenlemeler olduğunu da araştır. Plan olmadan iş kolayca geri sızar; oysa o haftalara bebeğini tanımak için ihtiyacın var. Yerine bakabilecek bir meslektaş altın değerindedir.

no-huisarts-yet-register-now =
    .title = Henüz aile hekimin yok mu? Şimdi kaydol
    .body = Yeni mi taşındın ya da Hollanda’ya yeni mi geldin, ve henüz aile hekimin (huisarts) yok mu? Bugün yakınındaki bir muayenehaneye kaydol; doğumdan sonra bebeğini de oraya kaydedersin. Bebeğin hastalandığında ya da endişelendiğinde, önce aramak zorunda kalmadan arayabileceğin biri olsun. Akşamları ve hafta sonu nöbetçi aile hekiminin (huisartsenpost) nasıl işlediğini de hemen sor.

interpreter-at-the-verloskundige =
    .title = Ebe randevusunda tercüman iste
    .body = Felemenkçe ilk dilin değil mi, ve ebeni (verloskundige) her zaman tam anlayamıyor musun? Bir sonraki randevuda, örneğin telefonla, bir tercümanın katılıp katılamayacağını sor. Böylece ne istediğini söyleyebilir, doğum dahil ne olup bittiğini anlarsın. Mümkünse senin için bir çocuk tercümanlık yapmasın. Emin değilken başını sallaman gerekmez: bir kez daha sormak her zaman olur.

leave-weeks-kept-empty =
    .title = İzin, birbirinizi tanıma zamanıdır
    .body = Bugün doğumdan sonraki haftalara bak ve bekleyebilecek her şeyi çiz: tadilat, birinin taşınmasına yardım, o kurs. İzin, biriken işleri yetiştirmek için değil, bebeğinin yanında olmak içindir: izlemek, kucağına almak, neye ihtiyacı olduğunu keşfetmek. Bağ tam da bundan büyür. Boş bir takvim tuhaf gelebilir; bu haftalar için tam da olması gereken budur.

parental-leave-how-to-spread-it =
    .title = Ebeveyn izni: nasıl böleceğini düşün
    .body = Doğumdan sonra ne kadar izin alabileceğini bugün öğren ve nasıl kullanacağını düşün: tek seferde mi, yoksa bir süre boyunca haftada sabit bir gün mü? Bir bebek için asıl önemli olan, birkaç tanıdık kişinin sık ve düzenli olarak yanında olmasıdır. Bu yüzden haftada sabit bir “ebeveyn günü” uzun bir ara kadar değerli olabilir. Bugün hiçbir şeye karar vermek zorunda değilsin.

antenatal-class-and-other-parents =
    .title = Bir kurs, ve bekleyen başkaları
    .body = Bugün doğum ve ilk haftalar hakkında bir hamilelik kursuna ya da bilgilendirme akşamına yazıl; çevrende neler olduğunu ebin (verloskundige) bilir. Neyin geleceğini bilmek, heyecanı azaltır. Aynı dönemde bebeği olacak insanlarla da tanışırsın; sonra bir yürüyüş ya da kısa bir soru için çok iyi olur. Tek bir akşam bile değer.

question-list-for-the-verloskundige =
    .title = Bir sonraki kontrol için soru listesi
    .body = Bugünden itibaren ebene (verloskundige) sormak istediğin her şeyi telefonunda bir nota yaz, küçük ya da tuhaf görünse bile. Örneğin: Doğumdan sonraki ilk saatte ne olur, işler plandan farklı giderse ne olur, seni ne zaman ararım? Randevudan hemen önce listeye bir kez daha göz at. Anladığın cevaplar, şimdi ve sonra, içini rahatlatır.

baby-first-aid-course =
    .title = Bebeklerde ilk yardım: huzur veren bir akşam
    .body = Bugün yakınında bebekler ve küçük çocuklar için bir ilk yardım kursu ara. Bebeğinin boğazına bir şey kaçarsa, düşerse ya da hasta görünürse ne yapacağını ve ne zaman yardım çağıracağını öğrenirsin. Ne yapacağını bilen kişi daha az paniğe kapılır ve bebeğe daha sakin yardım eder. Sonra sık sık bebeğe bakacak birini, örneğin bir büyükanneyi ya da bir arkadaşını da yanında götür.

what-a-baby-really-needs-list =
    .title = Bir bebeğin gerçekten ihtiyacı olanlar kısa bir liste
    .body = Her şeyi satın alman gerekiyormuş gibi mi hissediyorsun? Bugün gerçek listeyi yap: güvenli bir yatak, bir oto koltuğu, birkaç kıyafet, bez, bebeği yıkayacak bir şey. Yatak ve oto koltuğu güvenli olduğu sürece ikinci el gayet iyi. Gerisi bekleyebilir. Bebeğinin en çok ihtiyaç duyduğu şey satın alınamaz: sen, yakınında. O zaten listende var.

expecting-twins-extra-help =
    .title = İkiz mi geliyor? Fazladan el ayarla
    .body = İkiz mi bekliyorsun? Bugün ebene (verloskundige) ya da kadın doğum doktoruna bunun kraamzorg (evde lohusa bakımı) için ne anlama geldiğini sor ve yardımcı çevreni gerekeceğini düşündüğünden daha geniş tut. İki güvenli uyku yeri hazırla: her bebek sırtüstü, kendi yatağında. Etrafında yeterince el olursa, bebeklerinin her birini kendine özgü bir insan olarak tanımaya vaktin kalır.

pram-where-baby-faces-you =
    .title = Bebeğinin seni görebildiği bir bebek arabası
    .body = Bebek arabası mı seçiyorsun ya da ödünç mü alıyorsun? Mümkünse ilk aylarda bebeğinin sana baktığı bir model seç. Yolda bebeğinin uyuduğunu, irkildiğini ya da huzursuzlandığını görürsün; bebeğin de bütün o yeni seslerin arasında senin yüzünü görür. Yine de öne bakan bir araba mı oldu? O zaman yolda arada bir bebeğinin üstüne eğil ve bir şey söyle.

hold-someone-elses-baby-first =
    .title = Hiç yenidoğan kucağına almadın mı?
    .body = Bebeklerle pek deneyimin yok mu? Küçük bebeği olan birine, bir kez gelip yardım edip edemeyeceğini sor: kucağına almak, bez değiştirmek, bir beslenmede yanında olmak. O bebeğin neye ihtiyacı olduğunu nasıl gösterdiğine ve ebeveyninin buna nasıl karşılık verdiğine dikkat et. Böylece kendi bebeğinle ilk günler biraz daha az yabancı gelir. Beceriksiz hissetmek işin parçası, şimdi de sonra da.

cot-assembled-in-your-room =
    .title = Bebek yatağını şimdiden kur
    .body = Bugün bebek yatağını ya da beşiği kur ve ona yatak odanda bir yer ver; kaloriferin dibinde olmasın, perde ya da lamba kablolarından uzak dursun. Yatağı kontrol et: sert, düz ve tam oturan bir yatak, kenarlarda boşluk olmadan; ikinci el bir yataksa parmaklıkların sağlam olup olmadığına da bak. Yatak yakınında olursa, gece bir şeye ihtiyaç olduğunda hemen duyarsın.

soft-gifts-stay-out-of-the-cot =
    .title = Hediye peluşlar mı? Onlar yatakta uyumaz
    .body = Baby shower’da ya da ziyaretlerde peluş oyuncak, battaniye, küçük yastık ya da yatak kenar koruması mı hediye geldi? İçtenlikle teşekkür et ve bunlara şimdiden bir rafta ya da dolapta yer aç. İlk yaş gününe kadar yatağa yumuşak hiçbir şey girmez; peluş oyuncak uyanık anlar içindir, kucakta. Biri neye ihtiyacın olduğunu mu soruyor? İyi oturan bir uyku tulumu yatağa girebilen bir hediyedir.

smoke-free-home-and-car =
    .title = Ev ve araba dumansız olsun
    .body = Evinde ya da ailende sigara içen biri var mı? Bugün evdekilerle anlaş: misafirler dahil, artık içeride ve arabada sigara içilmeyecek. Duman giysilere, perdelere ve koltuklara siner; o anda kimse içmiyor olsa bile bebek bunu solur. Kapıya asılan bir not, her seferinde açıklama yapmaktan kurtarır. Bırakmak isteyen biri mi var? Aile hekimi (huisarts) seve seve yardımcı olur.

sling-practice-with-a-teddy =
    .title = Kanguru ya da sargıyı bir oyuncakla dene
    .body = Bebeğini sonra bir sargı ya da kanguruyla taşımak mı istiyorsun? Bugün bir oyuncak ayıyla ya da rulo yapılmış bir havluyla, sakince ve acele etmeden dene. Taşınmak bebeğe senin sıcaklığını, kokunu ve kalp atışını verir. Dikkat et: yüzü açık ve görünür olsun, çenesi göğsüne düşmesin, başının üstünü öpebileceğin kadar yukarıda dursun. Emin değil misin? Bir taşıma danışmanı yardımcı olabilir.

changing-place-all-within-reach =
    .title = Her şeyin elinin altında olduğu bir alt değiştirme yeri
    .body = Sonra bebeğinin altını değiştireceğin yeri bugün hazırla: sırtını yormayan bir yükseklikte, bez, ıslak mendil, temiz kıyafet ve havlu elinin altında olsun. Böylece hiç uzaklaşman gerekmez ve bir elin hep bebeğinin üzerinde kalır. Bir şey aramak zorunda kalmayınca alt değiştirmek kolayca birlikte geçirilen bir ana dönüşür, yüzün ona yakın. Bir kez bir oyuncakla dene.

daytime-sleep-spot-downstairs =
    .title = Aşağıda da güvenli bir uyku yeri
    .body = Sen oturma odasındayken bebeğin gündüz nerede uyuyacak? Bugün orada da güvenli bir yer hazırla: sert ve tam oturan yataklı bir beşik, park yatak ya da portatif yatak; bebeğin içinde sırtüstü yatsın, etrafında yumuşak bir şey olmasın. Kanepe, yastık ya da büyük yatak bebek için uyku yeri değildir, kısa süreliğine bile. Böylece bebeğin yakınında uyur, sen de rahatça oturabilirsin.

what-the-consultatiebureau-is =
    .title = Consultatiebureau nedir?
    .body = İlk haftadan sonra JGZ (çocuk sağlığı hizmeti) devreye girer: çoğu zaman önce bir hemşire evine gelir, sonra bebeğinle consultatiebureau’ya (çocuk sağlığı merkezine) gidersin. Orada bebeğin tartılır ve ölçülür, aşılar önerilir ve kendinle ilgili de her şeyi sorabilirsin. Ücretsizdir, kimse not vermez. İlk randevuya seninle kimin geleceğini bugün kararlaştır: iki kişi daha çok şey aklında tutar.

kraamzorg-intake-your-wishes =
    .title = Kraamzorg’a evdeki durumunu anlat
    .body = Kraamzorg (evde lohusa bakımı) yakında bir ön görüşme için mi gelecek, yoksa geldi mi? Lohusa bakıcısının evin hakkında bilmesi gerekenleri bugün yaz: ilgiye ihtiyacı olan büyük bir çocuk, bu işi tek başına yaptığın, kendini daha rahat ifade ettiğin bir dil, bir evcil hayvan ya da en çok dinlenmek istediğin. Böylece ilk günden sana uygun şekilde yardım eder. Unuttuğun bir şey mi var? Sonra söyle.

first-hour-after-birth-undisturbed =
    .title = İlk saat: telefonlar kenara, haber bekleyebilir
    .body = Doğumdan sonraki ilk saatin sakin geçmesini bugün kararlaştır: telefonlar kenara, haber biraz bekler. Haberi sonra kimin ve ne zaman duyuracağını şimdiden belirle; böylece o saatte kimse ekrana bakmaz. Tartma ve ölçmenin biraz bekleyip bekleyemeyeceğini ebene (verloskundige) sor. O ilk saatte bebeğin senin sıcaklığını, kokunu ve sesini arar. Aile haberi bir saat sonra alır, bu da gayet iyi.

caesarean-ask-about-skin-to-skin =
    .title = Sezaryen mi? Ten tene temasını sor
    .body = Planlı ya da olası bir sezaryen mi var? Bugün hastaneye, bebeğinin daha ameliyathanede ya da uyanma odasında seninle ten tene temasta yatıp yatamayacağını ve bu olmazsa ne olacağını sor. Belki o arada başka bir yetişkin, uyanık ve dikkatli olarak, ten tene temasa başlayabilir. Böylece senin bebeğin de hayata tanıdık bir bedenin yanında başlar. Cevabı doğum planına yaz.

giving-birth-without-partner-companion =
    .title = Partnersiz mi doğuruyorsun? Yanına birini seç
    .body = Partnersiz mi doğuruyorsun, ya da partnerin orada olamayacak mı? Bugün güvendiğin birinden doğumda ve ilk günlerde yanında olmasını iste. İsteklerini ve sen bir süre yapamazsan o kişinin ne yapacağını konuşun: bebeğini ten tene temasla kucağına almak, uyanık ve dikkatli olarak. Ebene (verloskundige) bu kişinin kim olduğunu söyle. Böylece etrafında, bebeğin için de, tanıdık bir yüz olur.

hospital-stay-baby-in-your-room =
    .title = Hastanede mi? Bebeğin yanında kalıyor mu, sor
    .body = Hastanede mi doğuracaksın, ya da belki birkaç gün kalman mı gerekecek? Bugün, örneğin bir tanıtım turunda, bebeğinin gece gündüz odanda kalıp kalmayacağını ve yanında birinin gece kalıp kalamayacağını sor. Bebeğin yanında yatarsa işaretlerini hemen tanır ve çabuk karşılık verirsin. Cevap, çantana ne koyacağını da gösterir.

test-ride-to-the-hospital =
    .title = Hastaneye giden yolu bir kez git
    .body = Bugün doğum yapacağın ya da evde işler değişirse gideceğin hastaneye bir kez git. Nereye park edeceğine, gece hangi girişin açık olduğuna ve yolun ne kadar sürdüğüne bak. Ev doğumu mu planlıyorsun? O zaman kapı numaranın kolay görünüp görünmediğini kontrol et. Yolu bildiğinde, o gün kafan rahat olur. Mümkünse bu yolu bir kez de karanlıkta dene.

car-seat-fitted-and-practised =
    .title = Eve dönüşten önce oto koltuğuyla alıştırma yap
    .body = Bugün oto koltuğunu kutusundan çıkar ve kılavuzu yanında tutarak arabaya tak. İçine bir oyuncak koy, kemerleri sıkılaştır, koltuğu takıp çıkarmayı dene. Ön koltuğa takarsan (bebeğin arkaya bakar), yolcu hava yastığı kapalı olmalı. Bu hareketler alışık olunca, eve ilk yolculukta dikkatin tokalarda değil, bebeğinde kalır. Emin değil misin? Biri birlikte baksın.

no-car-ride-home-plan =
    .title = Araban yok mu? Eve nasıl döneceğini planla
    .body = Araban yok mu? Hastanede doğumdan sonra bebeğinle eve nasıl döneceğini bugün düşün: seni alacak biriyle mi, yoksa kendi oto koltuğunu götürdüğün bir taksiyle mi? Taksi de olsa bebek iyi sabitlenmiş bir koltukta olmalı, asla kucakta serbest değil. Bu yüzden koltuğun başka bir arabaya nasıl takıldığına şimdiden bak. Sakin bir ilk yolculuk, evde güzel bir başlangıçtır.

feeding-plan-with-room-to-change =
    .title = Değişmeye yer bırakan bir beslenme planı
    .body = Bebeğini nasıl beslemek istediğini bugün düşün: anne sütü, biberon ya da ikisi. Yaz ve altına ekle: “Başka türlü giderse, o da olur.” Bazen doğumdan sonra hayat plandan farklı bir yol ister, ve bu senin ne kadar iyi yaptığın hakkında hiçbir şey söylemez. Bağ, sütün türünden değil, beslenirken yakınlıktan büyür. İstersen bu notu ebene (verloskundige) göster.

breastfeeding-who-helps-first-week =
    .title = Emzirmek mi? Kimin yardım edeceğini bil
    .body = Emzirmek mi istiyorsun? Bugün ebene (verloskundige) ilk haftada sana kimin yardım edeceğini sor: kraamzorg’un lohusa bakıcısı, ebenin kendisi, ve zorlanırsan bir emzirme danışmanının bakıp bakamayacağı. Emzirmeyi bebeğinle birlikte öğrenirsin; başta yardım almak işi hafifletir. İsimleri de listene ekle.

work-on-pause-on-your-phone =
    .title = İşi duraklat, telefonunda da
    .body = İznin yakında mı başlıyor? O gün açılacak şeyleri bugün hazırla: bir otomatik yanıt, yerine bakacak kişinin adı, ve iş e-postası ile iş uygulamaları telefonundan silinmiş ya da sessizde. Beslenme sırasında titreyen bir telefon, açmasan bile seni bebeğinden uzaklaştırır. Meslektaşlarına bebek haberini kendin vereceğini söyle; o zaman kimsenin sorması gerekmez.

leave-before-birth-rest-first =
    .title = İznin başlıyor: önce dinlenme, sonra işler
    .body = Doğumdan önceki iznin yakında mı başlıyor, yoksa zaten evde misin? Her gün halletmek istediğin tek bir şey seç ve günün geri kalanını dinlenmeye ayır: uzanmak, yürüyüş, kısa bir uyku. Bütün evi temizlemek cazip gelir, ama o enerjiye sonra bebeğinle geçecek gecelerde ihtiyacın olacak. Bugün bitmeyen yarın da olur. Ya da hiç olmaz.

bottle-feeding-practise-now =
    .title = Biberon mu? Şimdi dene, sonra rahat et
    .body = Biberonla beslemeyi mi düşünüyorsun? Bugün bir kez, tam paketin üzerinde yazdığı gibi bir biberon hazırla; o zaman bunu ilk kez kucağında ağlayan bir bebekle yapmak zorunda kalmazsın. Nasıl oturacağını da düşün: bebeğin kolunda yarı dik, sana yakın, yüzün ona dönük. Böylece biberon, kim verirse versin, birlikte geçirilen bir an olur.

no-family-nearby-ask-for-volunteers =
    .title = Yakında ailen yok mu? Destek sor
    .body = Ailen uzakta mı yaşıyor, ya da etrafında pek insan yok mu? Bugün ebene (verloskundige) ya da consultatiebureau’ya (çocuk sağlığı merkezine), yakınında yeni ebeveynlere destek olan gönüllüler ya da aileler olup olmadığını sor: bir kahve, bir yürüyüş, dinleyen bir kulak. Her ebeveynin etrafında insanlara ihtiyacı vardır; bu çevreyi sıfırdan kurmak da serbest. Sormak zayıflık değil.

birth-bag-by-the-door =
    .title = Çantayı kapının yanına hazırla
    .body = Ev doğumu planlasan bile doğum çantanı bugün hazırla: planlar değişebilir. İçine bebeğin için kıyafet ve bir bere, kendin için rahat bir şeyler, bir şarj aleti, biraz yiyecek ve belgelerini koy. Çantayı kapının yanına, oto koltuğunu da yanına koy. Her şey hazır olunca, o büyük günde bebeğinden başka hiçbir şeyi düşünmen gerekmez.

house-ready-for-kraamweek =
    .title = Evini ilk haftaya hazırla
    .body = Kraamzorg’un (evde lohusa bakımının) evinde neye ihtiyacı olduğunu bugün sor ve şimdiden hallet: çoğu zaman sağlık sigortasından gelen lohusa paketi ve yatağı yükseltmek için ayaklarının altına takozlar. Yüksek yatak lohusa bakıcısının işini kolaylaştırır, yeni doğum yapan için de rahattır. Her şeyi tek bir yerde topla. Böylece ilk haftada dikkatin aramaya değil, bebeğine gider.

birth-papers-in-one-folder =
    .title = Bütün belgeler tek bir dosyada
    .body = Doğum için gerekecek her şeyi bugün tek bir dosyaya koy: kimliğin, sağlık sigortası kartın, ebenin (verloskundige) verdiği belgeler. Doğumu, doğumdan sonraki birkaç gün içinde belediyeye (gemeente) nasıl bildireceğini ve bunu kimin yapacağını da öğren. Bir not ekle: bebeği sağlık sigortasına kaydettir. İlk günlerde daha az koşturmaca, bebeğine bakmaya daha çok zaman demektir.

grandparents-first-meeting-plan =
    .title = Büyükanne ve büyükbaba bebeğinle nasıl tanışacak?
    .body = Bugün müstakbel büyükanne ve büyükbabalarla, bebeğini ilk kez nasıl ve ne zaman görecekleri hakkında konuş: belki ilk gün kalabalık bir oda yerine evde sakin bir an? Nedenini de anlat: yenidoğan bir bebek kalabalıktan çabuk yorulur, senin de enerjine çok ihtiyacın var. Planını bilirlerse kendilerini dışlanmış hissetmezler. Böylece o ilk buluşma, sonra birlikte hatırlayacağınız bir an olur.

many-visitors-family-custom =
    .title = Bütün aile lohusa ziyaretine mi gelecek?
    .body = Ailende ilk haftalarda, örneğin ilk kırk günde, çok kişinin ziyarete gelmesi adet mi? Bugün sözü dinlenen bir aile büyüğünden, bir teyzeden ya da büyükanneden, kimin ne zaman geleceğini ayarlamasını iste: herkes aynı anda değil, haftalara yayılarak. Bu, ailenin kendi ağzından çıkınca kaba durmaz. Böylece bebeği karşılamanın güzelliği korunur, bebeğin de yeterince dinlenir.

visitors-make-their-own-tea =
    .title = Misafir çayını kendi koysun
    .body = Doğumdan sonra aileye ve arkadaşlara göndereceğin mesaja bugünden yaz: “Gelirsen çok seviniriz! Çayını kendin koy, giderken de çöpü götür.” Yeni bebeği olan biri kimseye hizmet etmek zorunda değil. Böylece sen bebeğin kucağında kanepede oturursun ve enerjin olması gereken yere gider. Misafirlerin çoğu yapacak bir şeyi olmasından memnun olur.

visitors-with-a-cold-wait =
    .title = Nezle ya da uçuk mu? O zaman sonra gelsin
    .body = Misafirlerin kullanacağı lavabonun yanına bugünden sabun ve temiz bir havlu koy; böylece el yıkamak kendiliğinden olur. Birinde nezle ya da uçuk varsa bunu nasıl söyleyeceğini de düşün: “Gelmek istemene çok sevindim. Geçince gel, o zaman bebeği kucağına da alırsın.” Yenidoğan bir bebek bu mikroplara karşı henüz dayanıksızdır. Emin olamazsan kraamzorg’un lohusa bakıcısına sor.

feeding-while-visitors-are-there =
    .title = Misafir varken beslemek
    .body = Misafir varken bebeğin acıkırsa ne istediğini bugün düşün: bir süre başka bir odaya mı geçersin, yoksa bu misafirlerin kalkma zamanı mı? Bebekler sessiz bir odada çoğu zaman daha sakin beslenir, sen de dikkatini sohbete değil bebeğine verebilirsin. Nazik bir “Ben bebeği beslemeye gidiyorum, bir dahaki sefere!” her zaman olur.

family-far-away-one-video-call =
    .title = Aile uzakta mı? Sakin bir görüntülü arama planla
    .body = Bebeğini bir an önce görmek isteyen uzakta yaşayan ailen mi var? Bugün, ilk günlerde ne zaman arayacaklarını senin bildireceğin konusunda onlarla anlaş: bütün gün çalan bir telefon yerine, bebeğin uyanık ve huzurluyken sakin bir görüntülü arama. Arada bir fotoğraf göndermek her zaman olur. Böylece bebeğini güzel bir anında görürler, sen de sakinliğini korursun.

someone-to-text-at-night =
    .title = Gece kime mesaj atabilirsin?
    .body = Uyanık bir bebekle yalnız hissettiğin gecelerde mesaj atabileceğin birini bugün bul: gece vardiyasında çalışan bir arkadaş, başka saat dilimindeki bir akraba. Sor: “Bebek gelince sana gece üçte yazabilir miyim?” Bir cevap, uzun geceyi daha az yalnız kılar. Bebeğin için endişelenirsen ilk hafta ebeni (verloskundige), sonra aile hekimini (huisarts) ya da nöbetçi aile hekimini (huisartsenpost) ara.

cook-double-and-freeze =
    .title = Çift pişir, dondur
    .body = Bu hafta birkaç kez iki kat yemek pişir ve yarısını, kolayca ısıtılıp tek elle yenebilecek porsiyonlar halinde dondur. Çorba, güveç, fırın yemeği: ne seviyorsan. Bebekli ilk haftalarda yemek yapmak çoğu zaman ilk aksayan iştir; iyi beslenen kişinin de sabrı daha çok olur. Her kabın üstüne içinde ne olduğunu yaz, gece yarısı kimse tahmin etmek zorunda kalmasın.

night-feeding-spot-ready =
    .title = Gece beslemesi için bir yer, ve uyuklarsan
    .body = Gece nerede besleyeceğine bugün karar ver: bebek yatağının yanında bir sandalye ya da sırtına yastık koyup yatakta dik oturarak. Bebeğin kucağındayken uyuyakaldığını mı hissediyorsun? O zaman onu sırtüstü kendi yatağına yatır. Bebek üstündeyken kanepede uyuyakalmak tehlikelidir; bu yüzden gece o yeri seçme. Sabit bir yer geceyi bebeğin için de tanıdık kılar.

first-night-home-ready =
    .title = Evdeki ilk gece
    .body = Pek çok ebeveyn evdeki ilk gece uyanık yatıp her küçük sesi dinler; bu çok normal. Ebenin (verloskundige) numarasını bugün telefonuna kaydet, yatağının yanına da bir nota yaz: ilk hafta bebeğin ya da kendin için endişelenirsen, gece bile olsa onu ararsın. Sonra aile hekimi (huisarts) ve nöbetçi aile hekimi (huisartsenpost) devreye girer. Kimi arayacağını bilmek, o dinlemeyi daha sakin kılar.

first-week-who-comes-to-the-door =
    .title = İlk hafta: kapıyı kimler çalacak?
    .body = İlk hafta kapın sık çalar: kraamzorg’un lohusa bakıcısı, ebin (verloskundige), topuk kanı ve genellikle işitme testi için gelen biri. Bunun senin için aşağı yukarı nasıl olacağını bugün ebene sor ve o günlerde yanında olacak herkes için bir yere yaz. Böylece zil çalınca irkilmezsin, aradaki sakin saatleri de bebeğinle birlikte dinlenmek için kullanırsın.

kraamverzorgende-shows-you-do =
    .title = Sana göstersin, sonra sen yap
    .body = İlk haftada lohusa bakıcısından (kraamverzorgende) neler öğrenmek istediğini bugün yaz: banyo yaptırmak, alt değiştirmek, giydirmek, teselli etmek. Ondan bir kez göstermesini ve sonra sen yaparken yanında durmasını iste. Böylece ellerin bebeğini tanır, bebeğin de senin ellerini. O haftadan sonra bunları zaten kendin yaparsın; o zaman biraz alışılmış gelir.

nap-while-kraamzorg-is-there =
    .title = Lohusa bakıcısı oradayken uyu
    .body = Bugün kendine şunu söyle: kraamzorg’dan lohusa bakıcısı geldiğinde, gündüz bir kez uzanacağım. O bebeğine göz kulak olur, sen de uykunu alırsın. O saatlere misafir koymak cazip gelir, ama güç toplayabileceğin zaman tam da budur. Biraz dinlenmiş olarak bebeğine, gece de, daha sakin karşılık verirsin. İlk gün bunu açıkça söyle, o da buna göre plan yapsın.

kraamzorg-last-day-what-they-noticed =
    .title = Lohusa bakımının son günü: neler dikkatini çekti?
    .body = Kraamzorg’un (evde lohusa bakımının) sonunda lohusa bakıcısı bebeğini biraz tanır. Son gün ona şunu sormayı bugün aklına yaz: Bebeğimde neler dikkatini çekti? Açlığını ya da uykusunu nasıl gösteriyor, teselli ederken ne işe yarıyor? Cevapları not et. Çoğu zaman bunların çoğunu zaten bildiğini görürsün. Sonra kendi keşfettiklerini de ekle; bu liste bebeğinle birlikte büyür.

last-days-any-news-yet =
    .title = Herkes “Haber var mı?” diye mi soruyor?
    .body = Bu son günlerde sürekli “Haber var mı?” mesajları mı geliyor? Bugün herkese tek bir mesaj gönder: “Bebek gelince biz haber vereceğiz. Sormanıza gerek yok, ama bizi düşünün.” Böylece her gün “henüz yok” demek zorunda kalmazsın, kafan da rahat olur: beklemek için, yakında da bebeğin için. Bekleyiş uzun mu sürüyor? Bu pek çok ebeveynin başına gelir; ebin (verloskundige) durumu takip eder.
