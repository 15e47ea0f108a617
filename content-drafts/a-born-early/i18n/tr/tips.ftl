# Erken doğan bir bebeğin ebeveynleri için günlük ipuçları (düzeltilmiş yaş 0’ın altında).

first-ward-visit-just-arrive =
    .title = Yenidoğan servisine ilk ziyaretin
    .body = Bugün bebeğini yenidoğan servisinde ilk kez mi göreceksin? Bir hemşireden yanında durup gördüklerini açıklamasını iste: hortumlar, bantlar, bip sesleri. Sonra sadece bebeğine bak ve usulca merhaba de; bütün o yabancı seslerin arasında senin sesin tanıdık bir şeydir. İlk seferde bundan fazlası gerekmez. Sen ziyaretçi değil, ebeveynsin; bugün neler yapabileceğini sormaktan çekinme.

incubator-still-hands-hold =
    .title = Kuvözün kapakçığından ilk dokunuşun
    .body = Bugün ellerini kuvözün kapakçıklarından içeri uzatabiliyor musun? Önce hemşirelere ellerini nasıl yıkayacağını ve bebeğinin nasıl dokunulmaktan hoşlandığını sor. Sıcak, hareketsiz bir el çoğu zaman okşamaktan daha iyi gelir: elini örneğin ayaklarının etrafında sakince bırak ve bebeğinin ne yaptığına bak. Sonra elini yavaşça çek. İlk seferde ellerin titriyor mu? Bu çok normal.

tiny-baby-enough-signs-pause =
    .title = Minik bebeğinin “şimdilik yeter” dediğini oku
    .body = Bugün bakım sırasında başını çevirmek, parmaklarını açıp germek, hıçkırık, esneme, kaş çatmak ya da kollarını birden savurmak gibi küçük işaretlere dikkat et. Erken doğan bir bebek çoğu zaman uyaranlarla çabuk dolar ve böyle “biraz ara” diyebilir. O zaman dur, elini hareketsiz tut ve yeniden sakinleşmesini bekle. Hemşirelere bebeğinin hangi işaretleri gösterdiğini sor; her bebek biraz farklıdır.

kangaroo-care-ask-the-nurses =
    .title = Kanguru bakımını ne zaman yapabileceğini sor
    .body = Bugün bebeğini ne zaman ten tene tutabileceğini sor; buna çoğu zaman kanguru bakımı, Hollanda’daki serviste ise “buidelen” denir. Mümkünse hemşireler bebeğini kablolarıyla birlikte çıplak göğsüne yerleştirir; orada sıcaklığın ve kalp atışın sakinleşmesine yardım edebilir. Önden açılan bir şey giy, önce tuvalete git, suyunu hazır tut. Uyanık ve dikkatli kal; uykun gelirse söyle.

kangaroo-care-second-parent =
    .title = Kanguru bakımı sadece doğuran ebeveyn için değil
    .body = Başkası kanguru bakımı yaparken sık sık kuvözün yanında ayakta mı bekliyorsun, ya da doğumu yapan sen değil misin? Bugün sen de kendi ten tene zamanını iste. Bebeğin böylece senin kokunu, nefesini ve kalp atışını tanır; senin için de ebeveynlik çoğu zaman birden elle tutulur hale gelir. Uyanık ve dikkatli kal. Sonra hemşirelerle sabit bir saat belirle, her seferinde sormak zorunda kalma.

kangaroo-slow-breathing-chest =
    .title = Kanguru bakımında: yavaş nefes al, hiçbir şey yapma
    .body = Bebeğin bugün göğsünde ten tene mi yatıyor? Telefonunu bırak, omuzlarını gevşet ve yavaşça nefes ver. Bebeğin senin nefesinle inip kalkar ve kalp atışını hisseder; yakınındaki sakin bir beden, küçücük bir stres sisteminin yatışmasına yardım edebilir. Konuşman ya da okşaman gerekmez: orada olmak yeter. Uyuklamaya başladığını fark edersen, bir hemşireden bebeğini geri yatırmasını iste.

tube-feed-as-contact =
    .title = Sonda ile beslenmeyi birlikte bir ana çevir
    .body = Bebeğin sonda ile mi besleniyor? Bugün yanında olabilir misin, şırıngayı tutabilir misin ya da beslenme sırasında bebeğini kuvözde veya, uyanık ve dikkatliyken, ten tene kucağına alabilir misin, diye sor. Bir elini bebeğinin etrafına koy ve alçak sesle konuş. Böylece yemek, ileride memede ya da biberonda olacağı gibi, sıcaklık ve yakınlık anına dönüşür. Bugün olmuyorsa ne zaman olacağını sor.

feast-day-in-these-weeks =
    .title = Bu huzursuz haftalarda bir bayram günü
    .body = Bu haftalara Noel, Ramazan Bayramı ya da bir kardeşin doğum günü gibi bir kutlama mı denk geliyor? Bugün bebeğine kutlamadan küçük bir parça ver: bayram şarkısını usulca söyle, kuvözün ya da yatağın yanına bir kart koy, hep birlikte bir fotoğraf getir. Serviste misiniz? Hemşirelere neyin mümkün olduğunu sor. Sen de gönül rahatlığıyla kutla; bayramı atlamak seni daha iyi bir ebeveyn yapmaz.

care-times-plan-your-visit =
    .title = Ziyaretini bir bakım saatine göre planla
    .body = Bugün bebeğinin bir sonraki bakım saatlerini sor: bez, ateş ölçümü, beslenme. Bunlar çoğu zaman, küçük bir bebek aralarda uyuyabilsin diye bir arada planlanır; bebeğinde nasıl olduğunu hemşireler bilir. Orada olacak ve kendin bir şey yapabilecek şekilde gel. Böylece bebeğinin, içinde senin de olduğun, tanıdık bir ritmi olur. Her birine yetişemiyorsan, günde bir sabit bakım saati seç.

nappy-change-in-the-incubator =
    .title = Kuvözde bebeğinin bezini değiştir
    .body = Bugün bir hemşireden kuvözde bebeğinin bezini nasıl değiştireceğini göstermesini iste, sonra o izlerken kendin yap. Yavaş çalış ve ne yaptığını usulca anlat: “Şimdi bezini açıyorum.” Böylece bebeğin ellerinle birlikte sesini de duyar ve bir iş, birlikte geçirilen bir ana dönüşür. İlk birkaç sefer beceriksiz hissettirir; bu işin doğasında var ve zamanla alışırsın.

one-care-task-becomes-yours =
    .title = Senin olacak bir bakım işini öğren
    .body = Bugün hemşireyle birlikte, orada olduğunda hep senin yapacağın bir iş seç; örneğin ateşini ölçmek, yüzünü yıkamak ya da ağız bakımı. Bebeğine neyin uygun olduğunu hemşireler bilir. Değişen bütün vardiyaların arasında, elleri hep geri gelen kişi sen olursun. Bugün henüz kendin yapamıyorsan dikkatle izle; bir dahaki sefere sen devralırsın.

nurses-card-what-calms-baby =
    .title = Bebeğini neyin sakinleştirdiğini hemşirelere anlat
    .body = Bugün bebeğinde fark ettiklerini bir karta yaz: en çok nasıl yatmayı sevdiğini, onu neyin sakinleştirdiğini, hangi şarkıyı söylediğini. Kuvözün yanına asılıp asılamayacağını sor. Sen yokken bebeğine hemşireler bakıyor; böylece senin bilgin onların elleriyle yoluna devam eder. Onlara da neler gördüklerini sor; birlikte bebeğinin etrafındaki ekipsiniz.

ward-round-question-list =
    .title = Sorularını doktor vizitine götür
    .body = Bugün telefonunda, ne kadar küçük olursa olsun, öğrenmek istediğin her şeyin listesini tut. Doktor vizitine ya da bir aile görüşmesine katılıp katılamayacağını sor ve listeni yanına al. Neler olup bittiğini anlayan kişi kendini daha az seyirci, daha çok ebeveyn gibi hisseder; bu da bebeğinle temasa yer açar. Bir şeyi iki kez sormak gayet normal; böyle bir serviste kimse her şeyi aklında tutamaz.

monitor-watch-baby-not-screen =
    .title = Sadece ekrana değil, bebeğine bak
    .body = Bugün bir hemşireden monitörün ne gösterdiğini, hangi bip seslerinin çoğu zaman zararsız olduğunu, örneğin bebeğin kıpırdadığında ya da bir sensör kaydığında, ve ne zaman birini çağırman gerektiğini bir kez sakince açıklamasını iste. Ekranı hemşireler takip eder. Sonra bilerek bebeğinin kendisine bak: yüzüne, ellerine, nasıl yattığına. Çocuğunu okumayı orada öğrenirsin.

heel-prick-hold-your-baby =
    .title = Topuk kanı alınırken bebeğini tut
    .body = Bugün bebeğine topuktan kan alınması ya da yeni bir hortum takılması gibi hoş olmayan bir şey mi yapılacak? Kalıp ellerini bebeğinin etrafında hareketsiz tutabilir ya da onu kendine yaslayabilir misin, diye sor. Yakınlığın, o küçük bedenin korkudan sonra yeniden gevşemesine yardım edebilir. Sonra da bir süre elini bebeğinde tut. İzlemek ağır mı geliyor? O zaman kısa bir süre dışarı çıkabilirsin.

see-your-baby-past-the-tubes =
    .title = Hortumların ardındaki bebeğini bul
    .body = Bugün çoğunlukla kablolar, bantlar ya da bir maske mi görüyorsun? O zaman bilerek bebeğinin kendisini ara: kaşlarını, saçlarını, kulaklarının şeklini, ayak parmaklarını. Bebeğin kime benziyor? Bunu yüksek sesle söyle ya da bir yere yaz. Böylece etrafındaki cihazlar yerine çocuğunu görürsün; “bu benim çocuğum” duygusu da çoğu zaman tam bu ayrıntılardan büyür.

goodbye-ritual-at-the-incubator =
    .title = Kuvözün başında hep aynı vedalaşma
    .body = Bugün yine servisten ayrılman mı gerekiyor? Her seferinde aynı şekilde vedalaş: elin bir an bebeğinin üzerinde hareketsiz dursun, aynı birkaç kelimeyi söyle, örneğin “İyi uykular, yarın yine geliyorum”, sonra gerçekten git. Sabit bir ritüel gidişe tanıdık bir şey katar, sana da net bir bitiş verir; böylece gitmek gizlice sıvışmak gibi gelmez. Hemşireye ne zaman döneceğini söyle.

go-home-to-sleep-allowed =
    .title = Uyumak için eve gitmek serbest
    .body = Bu akşam bebeğini bırakıp gitmek yanlış mı geliyor? Yine de eve ya da odana git ve uyu. Geceleri hemşireler nöbette; senin de önümüzdeki haftalar için, evdeki zaman için de gücüne ihtiyacın var. Hemşirelere, yatmadan önce arayıp nasıl olduğunu sorabilir misin, gecenin ortasında uyanık yatarsan da arayabilir misin, diye sor.

birth-parent-in-bed-recovering =
    .title = Doğumdan sonra henüz bebeğinin yanına gidemiyor musun?
    .body = Sezaryenden ya da zor bir doğumdan sonra hâlâ yatakta ya da hasta mısın ve bebeğinin yanına gidemiyor musun? Biri seni tekerlekli sandalyeyle ya da yatağınla, kısa bir süreliğine de olsa, götürebilir mi diye sor. Bu arada yakın birinin fotoğraf ve kısa bir video çekmesini sağla. Bebeğini önce başkalarının kucaklaması bağınız hakkında hiçbir şey söylemez; bağ biraz sonra da başlayabilir.

short-ward-visit-still-counts =
    .title = Kısa bir ziyaret de sayılır
    .body = Çalışıyor musun, evde çocukların mı var ya da uzakta mı oturuyorsun ve bugün ancak on beş dakika mı ayırabiliyorsun? Yine de git. Ellerini yıka, bir elini bebeğinin etrafına koy, usulca merhaba de ve gününden bir şey anlat. Kendini dakikalarla ölçme: bir bebeğin en çok ihtiyacı, hep geri gelen biridir. Bir gün gerçekten gidemiyorsan servisi ara ve nasıl geçtiğini sor.

no-touching-today-stay-close =
    .title = Bugün dokunmak yok mu? Yakınında kal
    .body = Bebeğin bugün dokunmanın ya da kanguru bakımının mümkün olmadığı kadar hassas mı? O zaman kuvözün yanına otur ve hemşirelere alçak sesle konuşmanın uygun olup olmadığını sor. Bebeğinin neler gösterdiğine bak: açılıp kapanan bir el, değişen bir yüz. Böylece dokunmadan da bebeğini tanımaya başlarsın. Çaresiz hissettirebilir, ama orada olman şimdiden bir bakımdır.

eyes-open-bring-your-face-close =
    .title = Gözlerini mi açtı? Yüzünü yaklaştır
    .body = Bebeğin bugün bir anlığına gözlerini açıyor mu? Işığın biraz kısılıp kısılamayacağını sor, örneğin kuvözün örtüsüyle, ve yüzünü yavaşça yaklaştır. Hiçbir şey söyleme ya da çok alçak sesle bir şey söyle. Birçok bebek bir yüze bakmayı sever, ama çok küçük bir bebek çoğu zaman çabuk yorulur: gözleri yeniden kapanırsa ya da başını çevirirse o kadarı yetmiştir.

twins-on-the-ward-each-a-moment =
    .title = Serviste iki bebek: her birine kendi anı
    .body = Serviste iki (ya da daha fazla) bebeğin mi var? Bugün her birine kendi anını ver: uyanık ve dikkatliyken bir kanguru bakımı, bir bakım saati ya da sadece o biriyle baş başa biraz zaman. Böylece her birinin kendi işaretleri ve temposu olduğunu görmeyi öğrenirsin. Bir gün eşit dağılmazsa sorun değil; yarın sıranın kimde olduğuna bak. Planlamak için hemşirelerden yardım iste.

transfer-to-hospital-near-home =
    .title = Başka bir hastaneye nakil
    .body = Bebeğin evine daha yakın bir hastaneye mi nakledilecek, ya da bu yeni mi oldu? Nakil sırasında yanında olup olamayacağını ya da araçta gidip gidemeyeceğini sor. Yeni serviste kendini hemen ebeveyn olarak tanıt, servisi gezdirmelerini iste ve kime başvuracağını sor. Bebeğin için her şey yeni: yüzler, sesler, eller. Onunla giden sensin; oraya ne kadar çabuk alışırsan, ona o kadar huzur taşırsın.

first-own-clothes-open-cot =
    .title = Bebeğinin evden gelen ilk kıyafetleri
    .body = Bebeğin kuvözden açık bir yatağa mı geçiyor, ya da kıyafet giyebiliyor mu? Bugün evden bir body, bere ya da küçük bir tulum getir ve bebeğini hemşireyle birlikte giydir. Kendi seçtiğin bir şey, birçok ebeveyne birden şunu hissettirir: bu bizim çocuğumuz. Bir fotoğraf çekmekten çekinme. Henüz erkense, şimdiden çantana bir şey hazırla.

first-drinks-baby-sets-the-pace =
    .title = Ağızdan ilk beslenme: tempoyu bebeğin belirler
    .body = Bebeğin bugün memeden ya da biberondan içmeyi mi deniyor? Onu kendine yakın tut ve işaretlere dikkat et: ağzı arıyor mu, yoksa başını çeviriyor ve yoruluyor mu? Beslenme bitmeden durursa ne yapacağını önceden hemşirelere sor. İçmeyi öğrenmek çoğu zaman küçük adımlarla, bebeğin kendi temposunda olur. Emzirme danışmanı da birlikte bakabilir.

rooming-in-before-going-home =
    .title = Eve gitmeden önce aynı odada kalmak
    .body = Bebeğin eve gitmeden önce, serviste onunla bir gün ya da bir gece aynı odada kalıp kalamayacağını sor. O zaman bütün bakımı kendin üstlen: beslemek, bez değiştirmek, avutmak, geceleri de, hemşireler arka planda. Böylece bebeğini okuyabildiğini görürsün; bebeğin için de gelen kişi sen olursun. Emin olamadığın bir an olursa hemşireyi çağır: o gece tam da bunun için.

parents-room-talk-to-another-parent =
    .title = Aile odasında başka bir ebeveynle konuş
    .body = Bugün aile odasında ya da kahve makinesinin yanında başka bir ebeveynle mi oturuyorsun? Nasıl olduğunu sor. Kuvözle ev arasındaki bu hayatı, bunu kendisi yaşayan biri kadar kimse anlayamaz; paylaşılan kaygılar daha hafif gelir. Sadece gramları ya da ilerlemeleri karşılaştırmayın; her bebeğin kendi yolu var. Bugün sessizliği tercih ediyorsan, bu da olur.

sibling-at-home-baby-in-hospital =
    .title = Kardeş evde, bebek hastanede
    .body = Sen hastaneye gidip gelirken evde bekleyen bir ağabey ya da abla mı var? Bebeğin nerede olduğunu ve nedenini basit kelimelerle anlat ve kuvözün yanına asılabilecek bir resim çizmesini iste. Evde elinden geldiğince aynı tanıdık kişiyi ve aynı alışkanlıkları koru, örneğin yatma saatini. Böylece büyük çocuk da kendini güvende hisseder. Servise, ne zaman ziyarete gelebileceğini sor.

corrected-age-count-from-due-date =
    .title = “Düzeltilmiş yaş” ne demek
    .body = Bebeğin dünyaya geldi, ama gelişim için tahmini doğum tarihinden itibaren sayarsın: buna düzeltilmiş yaş denir. Bunu çocuğun yaklaşık iki yaşına kadar kullanırsın. Bebeğin iki ay erken doğduysa, doğumdan dört ay sonrası çoğu zaman daha çok iki aylığa uyar. Bu ipuçları da bu yaşı izler. Bugün bunu büyükanne ve büyükbabalara ya da arkadaşlara anlat; böylece kimse çok erken çok fazla şey beklemez.

tube-bottle-or-breast-bond-grows =
    .title = Sonda, biberon ya da meme: bağ aynı şekilde büyür
    .body = Bebeğin sonda ya da biberonla, anne sütü ya da mamayla mı besleniyor ve bu içini mi kemiriyor? Bağlanma, beslenme şeklinden değil, etrafında olanlardan büyür: ellerin, sesin, kokun ve her seferinde geri gelmen. Bugün bir beslenmeden sonra bebeğinin kucağında ne yaptığına dikkat et; gevşeyen bir beden ya da parmağını saran küçük bir el gibi. İşte bu sizin bağınız.

other-parent-helps-with-expressing =
    .title = Süt sağan diğer ebeveyn mi? Senin payın bu
    .body = Anne sütü veren ebeveyn bugün evde ya da hastanede yine süt mü sağıyor? Sen de payını üstlen: parçaları yıka, sütü servisin istediği gibi etiketle, götür ve bir süre sadece yanında otur. Süt sağmak yalnız bir iştir; eşlik etmek onu hafifletir. Böylece sütü kendin vermesen bile bebeğinize birlikte bakarsınız.

expressing-milk-is-not-a-contest =
    .title = Süt sağmak zor bir iş, yarış değil
    .body = Bugün yine gece alarmıyla ve bir gözün şişelerde süt mü sağıyorsun? Mililitreleri ne kadar iyi yaptığının kanıtı gibi görme. Birçok ebeveyn süt sağmayı kuvözün yanında, kanguru bakımından sonra ya da bebeğinin bir fotoğrafına bakarak daha kolay bulur. Zorlanıyorsan emzirme danışmanından yardım iste. Olmazsa ya da bırakırsan, yine de bebeğinin ihtiyaç duyduğu ebeveyn sensin.

hospital-costs-ask-for-help =
    .title = Otopark, yol, yemek: masraflar için yardım iste
    .body = Bu gidip gelmelerle masraflar mı birikiyor: otopark, benzin ya da tren, otomattan yemek? Bugün hemşirelere ya da hastanedeki sosyal hizmet uzmanına neyin mümkün olduğunu sor; örneğin ebeveynler için bir otopark düzenlemesi ya da yakında kalacak bir yer. Sağlık sigortana da bir şey karşılanıyor mu diye sor. Para kaygısı, bebeğine vermek istediğin enerjiyi yer; yardım istemek bu haftaların parçası.

preterm-talk-in-your-own-language =
    .title = Bebeğinle kendi dilinde konuş
    .body = Evde hemşirelerden farklı bir dil mi konuşuyorsun, ya da bebeğinle Felemenkçe konuşmak sana tuhaf mı geliyor? Bugün gönlünün dilinde konuş ve şarkı söyle. Bebeğinin Felemenkçeye değil, senin sıcak, tanıdık sesine ihtiyacı var; kendi dilinde zaten en çok kendin gibi konuşursun. Diğer ebeveyn başka bir dil mi konuşuyor? O zaman bebeğinin bir tanıdık sesi daha olur.

diary-for-your-preterm-baby =
    .title = Bebeğin için küçük bir günlük tut
    .body = Bugün bebeğine hitaben bir defter ya da not başlat: “Bugün ilk kez elini tuttum.” Küçük ilkleri yaz, fotoğraflar ekle ve sen yokken hemşirelerin de bir satır yazmak isteyip istemediğini sor. İleride birlikte ne kadar çok şey yaptığınızı yeniden okursun; bir gün çocuğun da kendisi okuyabilir. Günde bir cümle yeter, bir günü atlamak da olur.

not-feeling-like-my-baby-yet =
    .title = Henüz senin bebeğin gibi hissettirmiyor mu?
    .body = Onca cihazdan ve başkalarının ellerinden sonra bebeğin henüz tam olarak seninmiş gibi gelmiyor mu? Erken doğan bebeklerin birçok ebeveyni bunu bilir; bu, senin ya da bağınız hakkında bir şey söylemez. Bunu bir hemşireye, JGZ’ye (çocuk sağlığı hizmetine) ya da güvendiğin birine söyle ve sen oradayken bebeğinin ne yaptığını sor. Bazen bağı sen hissetmeden önce başkası görür.

guilt-about-the-early-birth =
    .title = Erken doğum yüzünden suçluluk duygusu
    .body = Sürekli “Başka bir şey mi yapmalıydım, benim yüzümden mi oldu?” diye mi düşünüyorsun? Birçok ebeveyn bu suçluluğu hisseder ve erken doğum nadiren birinin suçudur. Bugün aklındaki soruyu yaz ve doktora ya da ebene (verloskundige) sor; dürüst bir cevap çoğu zaman en keskin yanlarını alır. Bunu sana yakın birine de anlat. Suçluluk seninle bebeğinin arasına girmek zorunda değil.

afraid-to-attach-come-close =
    .title = Bağlanmaktan mı korkuyorsun? Yine de yaklaş
    .body = Bebeğinle ilgili bir şeylerin ters gideceğinden korktuğun için kendini biraz geri mi tutuyorsun? Bu korku çok anlaşılır ve birçok ebeveyn bunu tanır. Bebeğinin tam şimdi yakınlığına ihtiyacı var; yakın olmak seni de teselli edebilir. Küçük başla: bir el, bir şarkı, birkaç dakika. Başlayabilmek için korkunun geçmesi gerekmiyor.

ward-social-worker-or-psychologist =
    .title = Bu konuyu bilen biriyle konuş
    .body = Doğumdan beri kötü mü uyuyorsun, sık sık gözlerin mi doluyor, ya da hiçbir şey hissetmiyor musun? Serviste sosyal hizmet uzmanını ya da psikoloğu sor; onlar senin gibi ebeveynler için oradalar. Evdeysen aile hekimine (huisarts) ya da consultatiebureau’ya (çocuk sağlığı merkezine) anlat. Keder ya da kaygı iki haftadan uzun sürerse veya o kadar zamandır hiç sevinç duymuyorsan, mutlaka söyle.

parents-cope-differently-with-worry =
    .title = Herkes kaygıyı kendi yolunda taşır
    .body = Biriniz oksijen ve gramlar hakkında her şeyi bilmek isterken, öteki bebeğin yanında sessizce oturmayı ya da kendini işe vermeyi mi tercih ediyor? İnsanlar korkuyla farklı şekillerde başa çıkar ve bu sevgi eksikliği değildir. Bugün birbirinize “Şu an sana ne iyi geliyor?” diye sorun ve düzeltmeden dinleyin. Yalnız mısın? O zaman bu soruyu kendine ve güvendiğin birine sor.

one-news-message-for-everyone =
    .title = Haber bekleyen herkese tek bir mesaj
    .body = “Minik nasıl?” diye mesajlar mı yağıyor? Bugün sizin adınıza haberleri iletecek bir kişi seç ya da bir gruba tek bir mesaj gönderip gerisini sessize al. Böylece enerjin telefonuna değil bebeğine gider ve bebeğinin etrafındaki çember küçük ve sakin kalır. Ziyaretle ilgili soruları da o kişi karşılasın.

family-helpers-get-a-practical-job =
    .title = Büyükanne, büyükbaba ya da arkadaşlara bir iş ver
    .body = Aile ve arkadaşlar yardım etmek istiyor ama hepsi bebeğin yanına gelemiyor mu? Bugün onlara somut bir iş ver: bir yemek, çamaşırlar, hastaneye gidip gelmek, büyük çocukla vakit geçirmek. Böylece gerçekten yardım ederler, sen de dikkatini bebeğine ayırırsın. Bebeğinle kendi bağları daha sonra, ortalık sakinleşince gelir: sık gelen biri zamanla kendiliğinden tanıdık olur.

ask-work-about-leave-options =
    .title = İş yerinde izin konusunda neler mümkün, sor
    .body = Bebeğin hâlâ hastanedeyken iznin mi bitiyor, ya da işe dönmek gözünü mü korkutuyor? Bugün işverenine ya da insan kaynaklarına senin durumunda neyin mümkün olduğunu sor; yenidoğan hastanede yatarken bazen ek imkânlar olur. Daha az kaygı ve net bir plan, bebeğinin yanında olman için sana alan açar. Bu konuşmadan çekiniyorsan yanına birini al.

follow-up-talk-about-the-birth =
    .title = Doğum hakkında bir değerlendirme görüşmesi iste
    .body = Doğum hâlâ aklından çıkmıyor mu: ne kadar hızlı olduğu, neler söylendiği, neleri hatırlamadığın? Bugün doğumda bulunan ebeyle (verloskundige) ya da kadın doğum uzmanıyla bir değerlendirme görüşmesi iste; yanında duran kişi de bunu isteyebilir. Doğum büyük bir geçiştir ve hikâyedeki boşluklar seninle bebeğinin arasında kalabilir. Yerine oturan bir hikâye yer açar.

welcome-ritual-from-your-tradition =
    .title = Kendi geleneğinden bir hoş geldin ritüeli
    .body = Ailende ya da inancında doğuma ait bir şey var mı: kulağa okunan bir dua, bir hayır duası, bir şarkı, yüksek sesle söylenen bir isim? Bu telaşta henüz yapamadın mı, ya da istediğin gibi olmadı mı? Bugün yap ya da bir kez daha yap; serviste sakin bir an iste. Böylece bebeğin ailenizin bir parçası olarak karşılanır ve bu, nerede olursanız olun kutlamaya değer.

tell-your-baby-about-home =
    .title = Bebeğine evi anlat
    .body = Bugün bebeğine evin nasıl olduğunu anlat: yatağının durduğu odayı, kediyi, bebeğin ne zaman geleceğini sürekli soran bir ağabeyi ya da ablayı, yemeğin kokusunu. Bebeğin kelimeleri anlamaz, ama tanıdık bir şeyden söz eden sakin, sıcak bir ses duyar. Senin için de eve dönüş şimdiden biraz gerçek olur. Bebeğin zaten evde mi? O zaman ona evi gezdir.

parent-alone-one-steady-companion =
    .title = Yalnız mısın? Yanına sabit bir kişi seç
    .body = Serviste ya da yakında evde, bu işe ebeveyn olarak tek başına mı göğüs geriyorsun? Bugün seninle gelebilecek sabit bir kişi seç: yanında oturmak, hemşireleri birlikte dinlemek ve servis izin verirse bazen bakımı ya da kanguru bakımını devralmak için. Bu kişi bebeğin için senin yanında tanıdık bir yüz, senin için de hikâyeyi zaten bilen bir destek olur.

no-comparing-with-term-babies =
    .title = Zamanında doğan bebeklerle karşılaştırma
    .body = İnternette ya da ailede, aynı zamanlarda doğmuş, çoktan evde olan ya da daha büyük görünen bebekler mi görüyorsun? Bugün bu karşılaştırmayı bilerek bir kenara koy. Bebeğin tahmini doğum tarihinden başlayan kendi yolunda ilerliyor ve bu yol başkasınınkiyle ölçülmez. Karşılaştıracaksan bebeğini geçen haftaki haliyle karşılaştır ve neyin şimdiden değiştiğini gör.

mark-the-due-date =
    .title = Tahmini doğum tarihini bir şekilde kutla
    .body = Tahmini doğum tarihi yaklaşıyor mu? Bugün o günü nasıl anmak istediğini düşün: bir pasta, ilk fotoğrafın yanına koyacağın yeni bir fotoğraf, bebeğine bir mektup ya da sadece birlikte sakin bir gün. Bu, yalnızca erken doğan bebeklerin sahip olduğu ikinci bir doğum günü ve birlikte neleri atlattığınızı görmek için bir an. Tersine, buruk mu hissettiriyor? Bu da olabilir.

hum-softly-during-care =
    .title = Bakım sırasında usulca mırıldan
    .body = Bugün bez değiştirirken ya da yıkarken usulca bir melodi mırıldan, hep aynısını. Mırıldanmak şarkı söylemekten daha yumuşaktır ve kuvöz ya da beşik gibi küçük bir alanı fazla sesle doldurmaz. Böylece bebeğin bakım boyunca sakin bir ip yakalar, senin nefesin de kendiliğinden yavaşlar. Bugün bebeğine fazla geliyor gibiyse, sadece sonunda mırıldan.

who-to-call-card-for-home =
    .title = Kimi, ne için arayacaksın? Ev için tek bir kâğıt
    .body = Bebeğin yakında mı eve geliyor, ya da yeni mi geldi? Hemşirelere hangi endişede, gündüz ve gece kimi arayacağını sor: servisi, aile hekimini (huisarts), nöbetçi aile hekimini (huisartsenpost), consultatiebureau’yu (çocuk sağlığı merkezini). Hepsini numaralarıyla tek bir kâğıda yaz ve buzdolabına as; bakıcı ya da büyükanne de bulsun. Kimi arayacağını bilmek insanı rahatlatır.

preterm-back-sleeping-at-home =
    .title = Evde bebeğin hep sırtüstü uyur
    .body = Bebeğin serviste, monitöre bağlıyken bazen yüzüstü ya da yan mı yatıyordu? Evde durum farklı: bebeğin hep sırtüstü, kendi yatağında uyur ve 12 aya kadar yatağında yumuşak hiçbir şey olmaz: peluş oyuncak, bez ya da yastık yok. Yüzüstü yatmaya alışkın olsa bile. Hemşirelere bunu taburcu olmadan nasıl deneyeceğini ve bebeğin için başka nelerin geçerli olduğunu sor; evdeysen servisi ara.

bring-the-ward-rhythm-home =
    .title = Servisin ritmini eve taşı
    .body = Bebeğin yakında mı eve geliyor, ya da yeni mi geldi? Hemşirelere evde hangi günlük ritmi önerdiklerini sor ve bunu yaz: ne sıklıkla beslenme, ne zaman bakım, ne zaman uyku. İlk zamanlarda aşağı yukarı buna uy ve kendinden sabit bir an ekle, örneğin uykudan önce bir şarkı. Böylece bebeğin için her şey aynı anda değişmez. Sonra bu ritim yavaş yavaş sizin ritminiz olabilir.

first-nights-home-without-monitor =
    .title = Evdeki ilk geceler, monitör olmadan
    .body = Bip sesleri olmadan ev sessiz mi, bebeğin nefes alıyor mu diye sürekli kulak mı kabartıyorsun? Bu çok ebeveynin başına gelir. İlk geceler için kimin ne zaman uyuyacağını konuşun ya da birinden bir gece kalmasını iste. Bebeğini sırtüstü, kendi yatağında, yakınına yatır. Çok endişeliysen, konuştuğunuz gibi servisi, aile hekimini (huisarts) ya da gece nöbetçi aile hekimini (huisartsenpost) ara.

home-visitors-healthy-clean-hands =
    .title = Evde ziyaret: sağlıklı, eller yıkanmış, kısa
    .body = Herkes sonunda bebeğini görmek mi istiyor? Ziyareti ayarlarken söyle: sadece sağlıklıysan gel, gelince ellerini yıka ve bebeğin yüzünü öpme. Ziyareti kısa ve sakin tut; erken doğan bir bebek uyaranlarla çoğu zaman çabuk dolar ve bazen daha kolay hastalanabilir. Bebeğin için başka nelerin geçerli olduğunu, özellikle kışın, consultatiebureau’ya (çocuk sağlığı merkezine) ya da servise sor.

kraamzorg-and-jgz-after-discharge =
    .title = Eve dönüşten sonra kraamzorg ve JGZ
    .body = Bebeğin evde mi, ya da eve gelmek üzere mi? Hâlâ kraamzorg (evde lohusa bakımı) gelebilir mi diye sor ve JGZ’nin (çocuk sağlığı hizmetinin) hemşiresinin ya da consultatiebureau’nun ne zaman geleceğini not et; bazen hastane de bebeğini bir süre takip eder. Serviste bebeğin hakkında öğrendiklerini onlara anlat: onu neyin sakinleştirdiğini, beslenmenin nasıl gittiğini. Bunun üzerine kurabilirler.

sibling-meets-baby-at-home =
    .title = Kardeş bebekle evde tanıştığında
    .body = Bebek, haftalardır bekleyen bir ağabeyin ya da ablanın olduğu eve mi geliyor? Büyük çocuğun bugün küçük bir şey yapmasına izin ver, örneğin bir body uzatmak ya da şarkı söylemek, ve gördüğünü yüksek sesle söyle: “Heyecanlı, değil mi?” ya da “Sen de beni özledin.” Kıskanmak ya da sessiz kalmak da işin parçası. Sadece büyük çocuğa ayrılmış bir on beş dakika da planla.

first-bath-at-home-after-ward =
    .title = Evdeki ilk banyo
    .body = Bebeğini evde, yanında hemşire olmadan ilk kez mi yıkayacaksın? Serviste öğrendiğin gibi yap: sıcak bir oda, her şey el altında, belki hemşirelerin gösterdiği gibi bebeğin bir beze sarılı. Bebeğini yavaşça suya indir ve ne yaptığını usulca anlat. Kısa tut. Olmazsa, bir sabun bezi ile silmek de yeter.

feeding-at-home-you-know-your-baby =
    .title = Evde beslemek: bebeğini zaten tanıyorsun
    .body = Evde ilk beslenmeleri izleyen kimse olmadan mı veriyorsun ve içinde şüphe mi var? Serviste çok şey öğrendin: bebeğinin açlığı nasıl gösterdiğini, ne zaman doyduğunu, hangi pozisyonun iyi geldiğini. Bugün bir beslenmede gördüğünü yüksek sesle söyle: “Arıyorsun, acıktın.” Ne çok şey bildiğini duyarsın. İçme ya da büyüme konusunda emin değilsen consultatiebureau’ya (çocuk sağlığı merkezine) sor.
