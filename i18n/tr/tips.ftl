# Günlük ipuçları: assets/tips.toml içindeki her ipucu kimliği için bir mesaj; .title (en fazla
# 60 karakter) ve .body (en fazla 400 karakter) içerir.


bump-hello-voice =
    .title = Bugün karındaki bebeğe merhaba de
    .body = Bugün ne yaptığını karındaki bebeğe sesli anlat; yemek yaparken birkaç cümle bile yeter. Sesin ona boğuk ulaşır ve böylece doğumdan sonrası için tanıdık bir ses olur. Bebeği taşıyan sen değilsen yakınına otur, elini karnın üstüne koy. Konuşmak sandığın kadar tuhaf gelmiyorsa ya da konuşurken bir kıpırtı hissediyorsan, bağ çoktan kurulmaya başlamış demektir.

bump-lullaby-choice =
    .title = Bebeğinle ikiniz için tek bir şarkı seç
    .body = Bugün önümüzdeki haftalarda sık sık söyleyeceğin ya da mırıldanacağın tek bir şarkı seç: bir ninni ya da sadece sevdiğin bir şarkı. Tekrar, bir melodiyi tanıdık kılar; böylece doğumdan sonra bebeğini teselli etmek için elinde hemen bildik bir şey olur. Şarkıyı kendiliğinden mırıldanmaya başladığında işe yaradığını anlarsın.

support-circle-names =
    .title = Yardım edebilecek üç kişiyi yaz
    .body = Bugün, doğumdan sonra pratik bir şey isteyebileceğin üç kişinin adını yaz: bir yemek, alışveriş, bir makine çamaşır ya da sen uyurken bebekle bir saat. Dinlenmiş ebeveynler bebeklerine sakin karşılık vermek için daha çok alan bulur; yardım istemek de bir güçtür. Her ismin yanında ne isteyeceğini zaten biliyorsan işe yarıyor demektir.

love-grows-slowly =
    .title = Sevgi yavaş yavaş da büyüyebilir
    .body = Bugün kendine ya da güvendiğin birine şunu söyle: ‘Belki o büyük sevgiyi hemen hissetmeyeceğim ve bunda bir sorun yok.’ Birçok ebeveynde bağ ancak doğumdan sonraki ilk haftalarda büyür; daha yavaş olursa bu nadiren birinin suçudur. Doğuma ve ilk günlere biraz daha az baskıyla bakabildiğinde bunun iyi geldiğini fark edersin.

skin-to-skin-birth-plan =
    .title = Ten tene teması doğum planına yaz
    .body = Bugün doğum planına yaz ya da doğumda sana eşlik edecek kişiye söyle: doğumdan sonra bebeğinin çıplak olarak çıplak göğsüne konmasını istiyorsun. Bu temas bebeğinin vücut ısısını, kalp atışını ve stresini dengelemesine yardım eder. Doğumu yapan ebeveyn bunu yapamazsa, uyanık ve dikkatli olduğu sürece başka biri yapabilir. Çevrendeki herkes bunu bildiğinde işe yarıyor demektir.

rest-half-hour =
    .title = Bugün yarım saat hiçbir şey yapmamayı planla
    .body = Bugün hiçbir şey yapman gerekmeden yarım saat uzanacağın ya da oturacağın bir an seç: liste yok, iş yok. Dinlenmek şu an lüks değil, çünkü tükenmemiş bir ebeveyn ileride daha kolay sabırlı ve yumuşak davranabilir. Omuzların gevşediğinde ve günün geri kalanı biraz daha az telaşlı geçtiğinde işe yaradığını anlarsın.

small-circle-close =
    .title = İlk haftalarda kimin yakında olacağını düşün
    .body = Bugün, ilk haftalarda seninle birlikte bebeğine gerçekten bakacak birkaç kişiyi kararlaştır. Bebek, sık sık yanında olan az sayıda yetişkine bağlanır; bu yüzden küçük ve sabit bir çevre, sürekli değişen birçok elden daha iyidir. Kısa bir isim listen olduğunda ve bu kişiler listede olduklarını bildiğinde işe yarıyor demektir.

bump-hands-hello =
    .title = Karnın üstünde ellerle sakin bir an
    .body = Bu akşam birkaç dakika ellerini karnın üstüne koy ya da partnerin varsa ondan bunu yapmasını iste. Yavaşça hareket et, sakin nefes al ve tatlı bir şey söyle. Böyle düzenli bir dokunma anı, bebeği senin için şimdiden biraz daha gerçek kılar ve gelecek sayısız sarılmanın havasını belirler. Bu anı dört gözle beklemeye başladığında bunu fark edersin.

newborn-signals-preview =
    .title = Yenidoğanın seni nasıl çağırdığını şimdiden öğren
    .body = Bugün bir yenidoğanın yakınlığı nasıl istediğine bir bak: yardım için ağlamak, gözleri aramak, minik elleriyle tutunmak, senin sesinle ya da dokunuşunla sakinleşmek. Bu işaretleri tanırsan, doğumdan sonra onlara daha hızlı ve daha sakin karşılık verebilirsin. Doğumdan sonra birden ‘Hah, bu o işaretlerden biri’ diye düşündüğünde işe yaradığını anlarsın.

calm-breath-practice =
    .title = Sakinleştiren tek bir nefesi çalış
    .body = Bugün birkaç kez aynı nefesi çalış: dörde kadar sayarak al, altıya kadar sayarak ver, omuzlar aşağıda. Yenidoğan kendini henüz sakinleştiremez ve senin sakinliğine yaslanır; bu yüzden kendini sakinleştirmenin tanıdık bir yolu ileride altın değerinde olur. Trafikte ya da uzun bir kuyrukta bu nefese kendiliğinden başvurduğunda işe yarıyor demektir.

good-enough-note =
    .title = Senin için ‘yeterince iyi’ ne demek, yaz
    .body = Bugün bir kâğıda ‘yeterince iyi’ bir ebeveynin senin gözünde nasıl olduğunu yaz; örneğin: ‘Bir şeyler ters gitse de geri dönerim.’ Bebeğinin kusursuz bir ebeveyne değil, yeterince sık yanında olan ve bir aksaklıktan sonra arayı düzelten birine ihtiyacı var. Notu bir yere as; sonra yeniden okuduğunda içini rahatlatıyorsa işe yarıyor demektir.

phone-free-bump-minutes =
    .title = Telefonsuz beş dakika, sadece ikiniz
    .body = Bugün telefonunu beş dakikalığına başka bir odaya bırak ve dikkatin yoldaki bebekte, sakin sakin otur: hisset, konuş ya da sadece sessiz kal. Yalnızca bedenen değil, aklınla da orada olmayı şimdiden çalışabilirsin; ileride bunun çok değeri olur. O beş dakika sandığından uzun, ama hoş bir şekilde uzun geldiğinde işe yaradığını anlarsın.

bump-read-aloud =
    .title = Bir sayfayı sesli oku
    .body = Bugün zaten okuduğun bir şeyden bir sayfayı sesli oku: bir roman, gazete ya da sakladığın bir çocuk kitabı. Önemli olan içerik değil, sesinin ritmi; bu da hem şimdi hem de ileride huzur verir. Hamile olan sen değilsen, bu katılmanın güzel bir yolu. Sesli okumak olağan bir şey gibi gelmeye başladığında işe yarıyor demektir.

first-weeks-honest-talk =
    .title = Birine ilk haftaların gerçekte nasıl geçtiğini sor
    .body = Bugün çocuğu olan birine ilk haftaların gerçekte nasıl hissettirdiğini sor, pek güzel olmayan yanlarını da. Doğum hem ebeveynler hem bebek için çok büyük bir geçiştir; yavaş bir başlangıcın gayet olağan olduğunu bilirsen, öyle olduğunda daha az ürkersin. Konuşmadan sonra ‘Bizde de biraz zaman alırsa, bunu yaşayan tek kişiler biz olmayız’ diye düşündüğünde işe yarıyor demektir.

money-worry-one-step =
    .title = Şu an taşıdığın bir kaygı için bir adım at
    .body = Bugün aklını kurcalayan bir kaygı seç, örneğin para, iş ya da ev, ve onun için küçük bir adım at: bir liste yap, birini ara ya da aile hekimine veya consultatiebureau’ya (çocuk sağlığı merkezine) nereye başvurabileceğini sor. Kaygılar, ileride bebeğine ayırmak isteyeceğin enerjiyi yer; onlarla uğraşmak da işin bir parçası. O kaygı biraz küçülmüş gibi geldiğinde işe yarıyor demektir.

trust-reliable-care =
    .title = Güvenilir olmak, kusursuz olmak demek değil
    .body = Bugün bebeğinin senden basit şeylerde neler bekleyebilmesi gerektiğini düşün: acıkınca yemek, sıcaklık, üzülünce teselli. İlk yılda bebek güveni kusursuz bakımdan değil, tekrar tekrar gelen bakımdan kurar. Bunlardan üçünü yaz; liste kısa ve yapılabilir göründüğünde işe yarıyor demektir.

safe-childhood-memory =
    .title = Çocukken sana kim güven verirdi?
    .body = Bugün çocukken yanında kendini güvende, görülmüş ya da teselli edilmiş hissettiğin birini düşün. Bu kişi tam olarak ne yapardı? Sakin bir ses ya da gerçekten dinlemek gibi küçük şeyleri ileride sen de bebeğine verebilirsin. Öyle biri yoktuysa, bunu nasıl yapmak istediğini şimdi sen seçebilirsin. Yanına almak istediğin bir şeyi bildiğinde işe yarıyor demektir.

skin-to-skin-front-top =
    .title = Çantaya önden açılan bir üst koy
    .body = Bugün doğum için hazırladığın eşyaların arasına önden açılan bir gömlek ya da hırka koy; biri senin için, partnerin varsa biri de onun için. Böylece doğumdan sonra ve ilk haftalarda ten tene temas kolaylaşır: bebek çıplak olarak göğsünde, üstünde bir battaniye, sen de uyanık ve dikkatlisin. Gömlek hazır durduğunda ve kimse aramak zorunda kalmadığında işe yarıyor demektir.

bump-pet-name =
    .title = Bebeğine şimdiden tatlı bir lakap tak
    .body = Bugün bir lakap seç ve karındaki bebekle konuşurken onu hep aynı yumuşak tonla kullan. Bebekler doğumdan sonra bir sesin tınısına ve perdesine, kelimelerin kendisinden bile daha duyarlıdır. Lakap ve ton kendiliğinden geldiğinde işe yarıyor demektir; ileride belki bebeğinin onu duyunca sakinleştiğini de fark edersin.

visitors-calm-plan =
    .title = Ziyaretler için sakin bir plan yap
    .body = Bugün ilk haftalarda ziyaretlerin nasıl olmasını istediğini kararlaştır: örneğin kısa ziyaretler, günde en fazla bir tane ve sen yorgunken kapıyı bekleyen biri. Çok fazla kalabalık ve gürültü yenidoğan için stres demektir, senin için de öyle. Planı yakınlarınla şimdiden paylaştıysan ve ileride hiçbir şey açıklaman gerekmeyecekse işe yarıyor demektir.

crying-plan-together =
    .title = Anlaşın: bebek ağlayınca yanına gideriz
    .body = Bugün bebeğe seninle birlikte bakacak olanlarla ağlama konusunu konuş ve anlaşın: bebeğin yanına gider, onu kucağımıza alırız. Yenidoğan şımartılamaz. Ağlaması hep karşılıksız kalırsa bebek, seslenmenin pek işe yaramadığını öğrenir; bağımsızlık çok daha sonra gelir. İyi niyetli ‘bırak ağlasın’ tavsiyelerini sakince bir kenara koyabildiğinde işe yarıyor demektir.

clinic-gp-in-phone =
    .title = Consultatiebureau ve aile hekimini telefona kaydet
    .body = Bugün aile hekiminin ve yakınındaki consultatiebureau’nun (çocuk sağlığı merkezinin) bilgilerini bul ve telefonuna kaydet. Doğumdan sonra her şey ağır gelirse, bağ bir türlü oluşmazsa ya da bebeğin çok huzursuz veya tam tersine içine kapanık görünürse, erkenden yardım istemek akıllıca olur. Zor bir anda uğraşmadan kimi arayacağını bildiğinde işe yarıyor demektir.

skin-to-skin-awake =
    .title = Ten tene temas, sen uyanıkken
    .body = Bugün, kendin uyanık ve dikkatliyken, üzerinde sadece bez olan bebeğini çıplak göğsüne yatır, sırtına bir battaniye ört. Bu temas bebeğinin vücut ısısını, kalp atışını ve stresini dengelemesine yardım eder. Nefesi sakinleştiğinde ve minik bedeni gevşediğinde işe yaradığını görürsün. Uykun mu geliyor? O zaman bebeğini kendi yatağına sırtüstü yatır.

skin-to-skin-every-carer =
    .title = Ten tene temas her bakım veren için
    .body = Bugün ten tene temas sırasını düzenli bakım veren başka birine ver: partnerin varsa ona ya da bebeğine yakın başka birine. Bu sadece doğum yapan ebeveyne özgü değil; güvenilen her yetişkin, uyanık ve dikkatli kaldığı sürece bağın böyle büyüdüğünü hissedebilir. Bebeğin o göğüste sakinleştiğinde ve diğer kişi bundan açıkça keyif aldığında işe yarıyor demektir.

crying-is-asking =
    .title = Ağlamak yardım istemektir, huysuzluk değil
    .body = Bugün bir sonraki ağlamada içinden şunu söyle: ‘Yardım istiyorsun.’ Yenidoğanın bir şeye ihtiyacı olduğunu anlatmanın başka bir yolu yok ve doğası gereği senin yakınlığını arar. Sorunun ne olduğunu henüz bilmesen de yanına git. Ağlama seni biraz daha az gerdiğinde ve daha çabuk ‘Neye ihtiyacın var?’ diye düşündüğünde işe yarıyor demektir.

guess-aloud =
    .title = Neler olduğunu sesli tahmin et
    .body = Bugün bebeğin huzursuzsa sesli tahmin et: ‘Acıktın mı? Yoruldun mu? Ortalık çok mu kalabalık?’ Hemen doğru bilmen gerekmiyor; sen arayıp karşılık verdikçe bebeğin, onu dinleyen biri olduğunu fark eder. Birkaç gün sonra çoğu zaman hangi cevabın doğru olduğunu daha çabuk bildiğinde işe yaradığını görürsün.

no-spoiling-newborn =
    .title = Yenidoğan şımartılamaz
    .body = Bugün bebeğin ağladığında, ‘kendiliğinden’ geçecek mi diye beklemeden onu kucağına al. Her seferinde karşılık bulan bebek seslenmenin işe yaradığını öğrenir; sık sık karşılık bulamayan bebek ise bunun pek bir şey değiştirmediğini öğrenir. Kendi kendine sakinleşmeyi bebeğin çok daha sonra öğrenir. Bebeğin kollarında daha çabuk sakinleştiğinde işe yaradığını fark edersin.

eyes-during-feeding =
    .title = Bir beslenme boyunca bebeğinin gözlerine bak
    .body = Bugün emzirerek ya da biberonla bir beslenme seç ve bu sırada bebeğinin gözlerine bakıp yumuşakça konuş ya da mırıldan. Bebeğin en iyi yakından görür: aşağı yukarı kucağındayken senin yüzüne olan uzaklık kadar. Böylece yüzün ve sesin tanıdık bir şey olur. Bebeğin bakışını bir an tuttuğunda ya da sesini duyunca durgunlaştığında bunu fark edersin.

pregnancy-song-again =
    .title = Hamilelik dönemindeki şarkıyı söyle
    .body = Bugün hamilelik boyunca sık sık duyurduğun şarkıyı söyle ya da mırıldan; yoksa şimdi sabit bir şarkıyla başla. Bebeğin kelimeleri anlamasa da tanıdık bir sesin tınısına ve tonuna güçlü tepki verir. Yavaş ve yumuşak söyle. Bebeğin bir an sessizleştiğinde, sana doğru döndüğünde ya da daha sakin nefes aldığında işe yarıyor demektir.

grasp-finger =
    .title = Bebeğine tutması için parmağını uzat
    .body = Bugün parmağını bebeğinin avucuna koy ve istediği kadar sıkmasına izin ver. Kavramak ve tutunmak, yenidoğanın ilk günden itibaren yakınlık aramasının yollarından biridir. Biraz otur ve izle. Bebeğin sıkıca tutup sakinleştiğinde bunu fark edersin; belki sen de biraz duygulanırsın.

calm-breath-first =
    .title = Önce sen bir kez sakin nefes al, sonra bebeğin
    .body = Bugün ağlayan bebeğini kucağına almadan önce bir kez yavaşça nefes ver ve omuzlarını gevşet. Bebeğin kendini henüz sakinleştiremez ve adeta senin sakinliğini ödünç alır: şimdilik fırtınayı dindiren beyin sensin. Yumuşak konuş, yavaş hareket et. Bebeğin senin sakin bedenine yaslanıp daha çabuk gevşediğinde işe yaradığını fark edersin.

love-takes-weeks =
    .title = O büyük sevgiyi henüz hissetmemen sorun değil
    .body = O karşı konulmaz sevgiyi henüz hissetmiyor musun? O zaman bugün kendine şunu söyle: ‘Büyüyor.’ Doğum hem senin hem bebeğin için çok büyük bir geçiş; birçok ebeveynde bu duygu ancak birkaç hafta içinde gelir. Bakmaya, kucaklamaya ve konuşmaya devam et. Bebeğinin sana gerçekten seninmiş gibi gelmeye başladığı küçük anlarda bunu fark edersin.

ask-one-thing =
    .title = Bugün birinden tek bir şey iste
    .body = Bugün somut bir ricayla tek bir mesaj gönder: ‘Yarın çorba getirir misin?’ ya da ‘Bir saatliğine gelebilir misin, biraz uyuyayım?’ Yorgunluk ve kaygı, bebeğine sakin karşılık vermeyi zorlaştırır; işte tam da o zaman yardım istemek güçlü bir adımdır. Listenden bir şey eksildiğinde ve biraz nefes alabildiğinde işe yarıyor demektir.

handover-and-lie-down =
    .title = Bebeğini biraz devret ve uzan
    .body = Bugün bebeğini bir saatliğine güvendiğin birine ver ve uyuyamayacağını düşünsen bile uzan. Tükenmiş bir ebeveynin sabrı azalır ve bu kimsenin suçu değildir; dinlenmek iyi bakımın doğal bir parçasıdır. Yalnız mısın? O zaman bebeğin uyur uymaz uzan. Bir sonraki ağlama seni biraz daha az etkilediğinde işe yaradığını fark edersin.

ordinary-care-trust =
    .title = Sıradan bakım güven inşa eder
    .body = Bugün her beslenmeyi, temiz bezi ve sıcak battaniyeyi bir yapı taşı olarak gör. Bu ilk yılda bebeğin, tekrar tekrar gelen bakım sayesinde dünyaya güvenilebileceğini öğrenir; bunun için olağanüstü bir şey gerekmez. Ara sıra yumuşakça ‘Buradayım’ de. Bir süre sonra sen yaklaşır yaklaşmaz bebeğinin daha çabuk sakinleştiğini fark edersin.

soft-voice-face =
    .title = Bırak yüzün ve sesin işini yapsın
    .body = Bugün birkaç kez bebeğinle yakından konuş; yumuşak, biraz daha ince bir sesle ve açık, güler bir yüzle. Bebekler kelimeleri anlamadan çok önce yüzleri, beden dilini ve ses tonunu okur; senin yüzünü ve sesini de çabucak tanırlar. Bebeğin sana baktığında, durgunlaştığında ya da kollarıyla veya ağzıyla karşılık verdiğinde işe yarıyor demektir.

narrate-nappy-change =
    .title = Bez değiştirirken ne yaptığını anlat
    .body = Bugün bez değiştirirken ne yaptığını sesli anlat: ‘Önce zıbını açıyoruz. Biraz serin, değil mi? İşte, temiz bir bez.’ Böylece bebeğin sesini bolca duyar, bakım öngörülebilir hâle gelir ve bir iş hemen birlikte geçirilen küçük bir ana dönüşür. Konuşmaya başlar başlamaz bebeğin sessizleştiğinde ya da sana baktığında işe yarıyor demektir.

gentle-order-not-clock =
    .title = Saat çizelgesi değil, sabit bir sıra
    .body = Bugün uyandıktan sonrası için sabit bir sıra seç; örneğin beslenme, bez değiştirme, biraz sarılma ve yeniden uyku, saate bakmadan. Tanıdık bir ritim bebeğinin dünyasını öngörülebilir, dolayısıyla güvenli kılar. Birkaç gün sonra bebeğin bilindik adımlarda daha sakin göründüğünde ve senin daha az düşünmen gerektiğinde işe yarıyor demektir.

bedtime-same-words =
    .title = Yatırırken hep aynı sözler
    .body = Bugün bebeğini her yatırışında aynı kısa cümleyi söyle, örneğin ‘İyi uykular, hemen yanındayım’, ya da aynı birkaç notayı mırıldan. Böyle küçük, sabit bir ritüel bebeğine sırada ne olduğunu anlatır ve ona tutunacak bir şey verir. Her seferinde işe yaraması gerekmiyor. Bir süre sonra bebeğinin bu sözleri duyunca biraz gevşediğini fark edersin.

quiet-room-after-bustle =
    .title = Kalabalıktan sonra sakin bir odaya geç
    .body = Bugün bir ziyaretten ya da hareketli bir andan sonra bebeğinle loş ışıklı, sessiz bir odaya geç ve onu bir süre kendine yakın tut. Fazla gürültü ve telaş yenidoğanı strese sokabilir, ama temasa da ihtiyacı var: önemli olan denge. Ağlama ya da huzursuzluk ardından azaldığında işe yaradığını görürsün.

looking-away-pause =
    .title = Başını çevirmek ‘biraz mola’ demektir
    .body = Bugün sarılırken ya da konuşurken bebeğinin başını çevirmesine, esnemesine, hıçkırmasına ya da kaşlarını çatmasına dikkat et. Bebeğin çoğu zaman bununla ‘Şimdilik yeter’ der. O zaman biraz mola ver, sesini alçalt ya da sen de bir an başka yere bak; bebeğin yeniden sana dönünce geri gel. Bebeğin bu moladan sonra kendiliğinden yeniden temas aradığında işe yarıyor demektir.

long-cuddle =
    .title = Bugün uzun bir sarılmaya zaman ayır
    .body = Bugün on beş dakika ayır ve hiçbir şey yapman gerekmeden bebeğini sadece kucağında tut: ne beslenme ne bez değiştirme. Sarılmak, hem bebeğinde hem sende sevgi hormonu oksitosini harekete geçirir ve bu da bağı güçlendirir. İkiniz de yumuşadığında ve bebeğin sana sokulduğunda bunu fark edersin.

hand-hug-settle =
    .title = Huzursuz bir bebek için iki sıcak el
    .body = Bebeğin bugün yatağında ya da alt değiştirme masasında huzursuz mu? O zaman sıcak bir elini sakince göğsüne ya da karnına, diğerini başına koy ve yumuşakça konuş. Senin sakin dokunuşun bebeğinin sakinleşmesine yardım eder; bunu sık yaptıkça bebeğin ileride kendi kendine sakinleşmeyi öğrenir. Kolları ve bacakları durgunlaştığında bunu fark edersin.

phone-away-one-feed =
    .title = Telefonsuz tek bir beslenme
    .body = Bugün bir beslenme sırasında telefonunu uzanamayacağın bir yere koy ve bir süre tamamen orada ol: bak, hisset, dinle. Her zaman bu kadar dikkatli olman gerekmiyor, ama bu anlar bebeğine gerçekten yanında olduğunu gösterir. Diğer beslenmelerde ekrana bakmak gayet olur. Daha önce gözünden kaçan ayrıntıları, kıpırdayan minik bir parmak gibi, fark ettiğinde işe yarıyor demektir.

one-thing-went-well =
    .title = Bu akşam iyi giden bir şeyi söyle
    .body = Bu akşam, sesli ya da içinden, bugün yeterince iyi giden bir şeyi söyle: bir beslenme, bir sarılma ya da ağlama uzun sürdüğünde yanında kalman. Bebeğinin kusursuz bir ebeveyne değil, ortalamada yeterince sık karşılık veren birine ihtiyacı var. O kişi zaten sensin. Kendine biraz daha az yüklenerek uykuya daldığında işe yarıyor demektir.

repair-after-rough-moment =
    .title = Bir şey ters mi gitti? Geri dön ve onar
    .body = Bugün birden sert mi konuştun ya da bebeğini geç mi duydun? O zaman yanına dön, onu kucağına al ve yumuşakça söyle: ‘Özür dilerim, yine buradayım.’ Kimse her an uyum içinde olamaz; bağı güçlendiren de tam olarak böyle bir aksaklıktan sonraki onarımdır. Bebeğin kollarında sakinleştiğinde ve sen suçluluk duygunu biraz bırakabildiğinde işe yarıyor demektir.

share-comfort-early-weeks =
    .title = İlk haftalarda teselliyi paylaşabilirsin
    .body = Bugün sen biraz soluklanırken bir ağlama nöbetini güvendiğin birine devret. İlk haftalarda bebeğin henüz tek bir kişiyi tercih etmez; sakin ve sevgi dolu her yetişkin onu teselli edebilir. O güçlü tercih daha sonra gelir. Bebeğin o kişinin yanında da sakinleştiğinde ve sen yeni bir enerjiyle geri döndüğünde işe yarıyor demektir.

small-circle-of-hands =
    .title = Bebeğinin çevresindeki halkayı küçük tut
    .body = Bugün bebeğini kimin kucağına alıp bakacağını bilerek seç: her misafir yerine birkaç sabit kişi. Bebek, sık sık yakınında olan küçük bir grup yetişkine bağlanır ve bu güven en iyi, halka sürekli değişmediğinde büyür. Bir süre sonra bebeğin o tanıdık kişilerin yanında gözle görülür biçimde daha çabuk sakinleştiğinde işe yarıyor demektir.

grandparent-regular-moment =
    .title = Bir büyükanne, büyükbaba ya da dosta düzenli bir an ayır
    .body = Bugün bir büyükanne, büyükbaba ya da yakın bir arkadaşla haftada bir kısa, sabit bir an kararlaştır: o kişi bu sırada bebeğini kucağına alsın, onunla konuşsun ya da bir şarkı söylesin. Bebeğin böyle tanıdık insanlarla da iyi bir bağ kurabilir; sen de biraz soluklanırsın. Bebeğin o kişinin yanında her seferinde daha kolay gevşediğinde işe yarıyor demektir.

early-sleepy-signs =
    .title = İlk uyku işaretlerini zamanında gör
    .body = Bugün erken yorgunluk işaretlerine dikkat et: esneme, boşluğa bakma, yüzünü ovuşturma ya da kollarını ve bacaklarını birden kesik kesik oynatma. O zaman ağlama başlamadan bebeğini sakince yatır ya da biraz salla. Böylece bebeğin, verdiği işaretin görüldüğünü öğrenir. Uykuya dalış biraz daha kolay, aşırı yorgunluk ağlaması daha az olduğunda bunu fark edersin.

early-hunger-cues =
    .title = Açlığı ağlama başlamadan tanı
    .body = Bugün erken açlık işaretlerine dikkat et: başını çevirip arama, dudak şapırdatma, elleri ağza götürme. Ağlamayı beklemek yerine o anda emzirerek ya da biberonla beslemeyi öner. Böylece bebeğinin gerçekten verdiği işarete karşılık verirsin; duyarlı karşılık vermenin özü de budur. Beslenmeler daha sakin başladığında bunu fark edersin.

stay-when-crying-continues =
    .title = Ağlama dinmese de yanında kal
    .body = Bebeğin bugün ağlıyor ve hiçbir şey işe yaramıyor mu? Yine de yanında kal: kucağında tut, salla ya da yumuşakça konuş; ağlamanın dinmesi gerekmiyor. Başarısız olmuyorsun: bebeğine bununla yalnız olmadığını hissettiriyorsun ve bu önemli. Bunu her zaman hemen görmezsin, ama çoğu zaman bir süre sonra minik bir bedenin sana daha ağır yaslandığını hissedersin.

at-your-limit-pause =
    .title = Sınırında mısın? Bebeğini güvenle yatır
    .body = Bugün patlamak üzere olduğunu mu fark ediyorsun? O zaman bebeğini güvenle yatağına sırtüstü yatır, birkaç dakika başka bir odaya geç ve yavaşça nefes ver. Birini ara ya da mesaj at. Mola vermek yetersizlik değildir; böylece ikinizi de korursun. Sık sık bu kadar ağır geliyorsa consultatiebureau (çocuk sağlığı merkezi) ya da aile hekiminle konuş. Daha sakin döndüğünde işe yarıyor demektir.

still-strange-talk-early =
    .title = Haftalar sonra hâlâ tuhaf mı geliyor? Konuş
    .body = Birkaç hafta sonra bebeğini pek ‘okuyamıyor’ musun, ya da aranızdaki temas hâlâ tuhaf veya yavan mı? Bebeğin çok kaygılı, ürkek ya da içine kapanık mı görünüyor? O zaman bugün consultatiebureau’dan (çocuk sağlığı merkezinden) ya da aile hekiminden randevu al. Bu nadiren birinin suçudur ve erken yardım gerçekten fark yaratır. Duyulduğunu hissedip sonraki adımı bildiğinde işe yarıyor demektir.

comfort-builds-brain =
    .title = Her teselli küçük bir beyne yardım eder
    .body = Bugün bebeğini teselli ederken bir düşün: bu bir inşa işi. Bebek tekrar tekrar sakinleştirildikçe stres sistemi bir korkudan sonra yeniden durulmayı öğrenir; kucakta tutulmak ve sevgi dolu temas da ileride duyguları yönetmeye yardım eden beyin bölgelerini besler. Bebeğin huzursuzluktan sonra biraz daha çabuk gevşediğinde işe yaradığını görürsün.

gentle-leg-massage =
    .title = Kısa ve yumuşak bir bacak masajı dene
    .body = Bugün ellerini ısıt, birkaç damla sade, kokusuz yağ al ve bebeğinin bacaklarını yavaşça, her seferinde aynı şekilde okşa. Bu sırada yumuşakça konuş. Böyle bir dokunuş bağınızı güçlendirir. Bebeğin yüzünü çevirir, ağlar ya da huzursuzlanırsa hemen dur. Bebeğin gevşemiş yatıp sana baktığında ya da sakin nefes aldığında işe yarıyor demektir.

read-aloud-anything =
    .title = Bugün sesli bir şey oku, ne olursa
    .body = Bugün birkaç dakika bebeğine sesli bir şeyler oku: bir resimli kitaptan, bir dergiden ya da kendi kitabından. İçerik henüz önemli değil; sesinin ritmi ve melodisi güven verir. Bu, başka bir bakım veren için de güzel bir görev. Bebeğin sessizleştiğinde, dinliyor gibi göründüğünde ya da uykuya daldığında işe yarıyor demektir.

look-back-and-smile =
    .title = Bebeğin sana mı bakıyor? Sen de bak ve gülümse
    .body = Bebeğin bugün sana baktığında elindeki işi bırak, ona bak, gülümse ve tatlı bir şey söyle. Bebeğin temas aradığında sıcak bir yüz ve gülümsemeyle karşılık verirsen, aramanın boşa olmadığını öğrenir. Bu bakışlar sıklaşıp uzadığında bunu fark edersin; belki karşılığında bir gülücük de gelir.

watch-two-minutes =
    .title = İki dakika sadece bebeğini izle
    .body = Bugün iki dakika bebeğinin yanına otur ve sadece izle: nasıl hareket ediyor, minik elleri ve yüzü ne yapıyor? Gördüklerini yumuşakça söyle. Gerçekten görüldüğünü hisseden bir çocuğun güveni büyür; önemli olan da tam olarak bu küçük anlardır. Ardından bebeğini biraz daha iyi tanıyor gibi hissettiğinde işe yarıyor demektir.

safe-seen-soothed-check =
    .title = Güvende, görülmüş, teselli edilmiş: şimdi ne lazım?
    .body = Bugün huzursuz bir anda kendine sor: bebeğim şu an kendini güvende, görülmüş ve teselli edilmiş hissediyor mu? Üzerinde durmak için birini seç: yaklaşmak, göz göze gelmek ya da sallayıp pışpışlamak. Bu deneyimler zamanla bir araya gelip çocuğa sağlam bir güven ve korunmuşluk duygusu verir. Seçmek sana panik yerine sakinlik verdiğinde işe yarıyor demektir.

steady-reset-ritual =
    .title = Bebeğinin yanına gitmeden önce kısa bir toparlanma
    .body = Bugün bebeğinin yanına gitmeden önce, özellikle stresliyken, sabit bir mini ritüel seç: elin karnında, bir kez derin bir nefes ver. Ruh hâlindeki ya da davranıştaki büyük iniş çıkışlar bebeğin kafasını karıştırır; böyle bir toparlanma, her seferinde aşağı yukarı aynı şekilde yanına gelmene yardım eder. Odaya daha sakin girdiğini fark ettiğinde işe yarıyor demektir.

tell-how-it-really-goes =
    .title = Birine işlerin gerçekte nasıl gittiğini anlat
    .body = Bugün bir kişiye nasıl olduğunu dürüstçe anlat, ‘sandığımdan daha zor’ olsa bile. Senin ve bebeğin için aynı anda o kadar çok şey değişiyor ki zorlu bir başlangıç son derece anlaşılır ve bu nadiren birinin suçudur. ‘Bu benim çocuğum’ duygusu çoğu zaman birkaç hafta içinde büyür. Konuşmadan sonra kendini biraz daha hafif hissettiğinde işe yarıyor demektir.

skin-to-skin-after-bath =
    .title = Banyodan sonra biraz ten tene temas
    .body = Bugün banyodan ya da silip temizledikten sonra, sen uyanık ve dikkatli olduğun sürece bebeğini çıplak olarak çıplak göğsüne yasla, üstüne bir havlu ya da battaniye ört. Ten tene temas doğumdan hemen sonra en güçlüdür, ama bu haftalarda da bağ ve huzur için değerli olmaya devam eder. Bebeğin sıcacık ve gevşemiş hâlde sana yaslandığında bunu fark edersin.

talk-then-pause =
    .title = Konuş, biraz bekle, bebeğin ‘cevap’ versin
    .body = Bugün bebeğinle yakından konuş, gözlerine bak ve sonra sanki cevap bekler gibi biraz dur. Bebeğin kelimeleri henüz anlamaz, ama böylece sesini tanır ve temasın karşılıklı gidip gelmesini hisseder. Bir şey geri geldiğinde işe yarıyor demektir: küçük bir ses, kıpırdayan bir ağız ya da üzerinde kalan bir bakış.

carry-through-fussy-hour =
    .title = Huzursuz bir saatte bebeğini taşı
    .body = Bebeğin bugün huzursuz bir saat mi geçiriyor? O zaman onu dik olarak göğsüne yasla ve evin içinde yavaşça yürü. Sıcaklık, kalp atışın ve adımlarının yumuşak sallantısı ona tutunacak bir şey verir. Taşıma şalı ya da kanguru kullanıyorsan yüzünün açık ve görünür kalmasına dikkat et. Ağlama yumuşadığında ve bebeğin sana gömüldüğünde bunu fark edersin.

night-soft-light =
    .title = Geceleri: loş ışık, az söz
    .body = Bu gece her ağlamada sakince bebeğinin yanına git; ışık loş olsun, birkaç yumuşak söz söyle, sonra onu yeniden yatır. Bebeğin, her zaman birinin geldiğini özellikle geceleri öğrenir ve temel güven bundan büyür. Hızlı ya da kusursuz olması gerekmiyor. Bir süre sonra bebeğinin daha kolay yeniden uykuya daldığını fark edersin.

morning-hello-ritual =
    .title = Güne hep aynı ‘günaydın’la başla
    .body = Bugün bebeğin ilk uyandığında onu hep aynı şekilde selamla: perde açılır, yüzün yakında, ‘Günaydın, işte buradasın.’ Küçük, tekrarlanan ritüeller günü bebeğin için tanıdık kılar ve bu güvenli hissettirir. Saatin önemi yok; her gün aynı güzellikte olması da gerekmiyor. Bebeğin selamını duyunca başını kaldırıp baktığında ya da gevşediğinde bunu fark edersin.

voice-before-lifting =
    .title = Bebeğini kaldırmadan önce sesini duyur
    .body = Bugün bebeğini kaldırmadan önce yumuşak bir şey söyle, örneğin ‘Hey tatlım, seni kucağıma alıyorum’, sonra onu sakince kaldır. Bebeğin sesini çabucak tanır ve böylece kendini hazırlayabilir; kucağa alınmak da daha az ürkütücü olur. Bebeğin kaldırılırken daha az irkildiğinde ve kollarında daha çabuk gevşediğinde işe yarıyor demektir.

smile-back-and-wait =
    .title = Gülümseyerek karşılık ver ve biraz bekle
    .body = Bugün bebeğin sana baktığında kocaman gülümse ve bir şey söylemeden önce birkaç saniye bekle. Senin yüzün bebeğin için dünyadaki en ilgi çekici şey ve bu karşılıklı gidip gelme ikinizin ilk küçük sohbeti. Bebeğin karşılığında gülümsediğinde, heyecanla tekmelediğinde ya da küçük bir ses çıkardığında işe yarıyor demektir.

coo-back-and-forth =
    .title = Sesli harflerle küçük bir sohbet
    .body = Bugün bebeğinin agulamalarını taklit et, ‘aaa’ ya da ‘uuu’, sonra bir sessizlik bırak ki sıra yeniden ona geçsin. Böylece bebeğin ses çıkarmanın bir karşılığı olduğunu keşfeder: dinleyen ve cevap veren biri. Bebeğin senin verdiğin aralarda yeniden agulamaya başladığında ya da dikkatle ağzına baktığında bunu fark edersin.

lower-your-voice-when-fussy =
    .title = Huzursuzlukta sesini alçalt
    .body = Bebeğin bugün huzursuzlanırsa sesini alçalt: sanki bir sır söylüyormuşsun gibi daha yavaş, daha pes ve daha yumuşak. Bebekler sesinin nasıl çıktığını çok iyi duyar; sakin bir ton, kelimeleri anlamalarından çok önce ‘her şey yolunda’ der. Minik eller gevşediğinde, ağlama kısaldığında ya da bebeğin yüzünü aramaya başladığında işe yarıyor demektir.

knee-bouncing-rhyme =
    .title = Dizlerinde hoplatmalı bir tekerleme
    .body = Bugün bebeğini dizlerine oturt, koltuk altlarından sıkıca tut ve ritme uygun hafif hoplatmalarla bildiğin bir tekerlemeyi söyle. Sonunda onu biraz aşağı kaydır ve hemen yakala. Tekrar, oyunu hem heyecanlı hem güvenli kılar. Bebeğin daha şimdiden gülmeye başladığında ya da inişten hemen önce heyecanla kendini hazırladığında işe yaradığını görürsün.

sway-to-a-slow-song =
    .title = Dandini dandini dastana ile sallanın
    .body = Bugün bebeğini kucağına al ve ‘Dandini dandini dastana’ ya da başka sakin bir şarkının ritmine göre yavaşça sağa sola sallan. Sabit ritim ve bu kadar yakından gelen sesin bebeğine tutunacak bir şey verir. Falso yapmak ya da kendi sözlerini uydurmak serbest: önemli olan sensin. Bebeğin kollarında ağırlaştığında ya da sessizce sana baktığında iyi geldiğini görürsün.

leg-massage-after-bath =
    .title = Banyodan sonra bacak masajı
    .body = Banyodan sonra biraz sade, kokusuz yağı ellerinin arasında ısıt ve uyluktan ayağa doğru, her bacakta birkaç kez yavaşça okşa. Bu sırada yumuşakça konuş. Sakin dokunuş ikinizde de sevgi hormonu oksitosini harekete geçirir. Bebeğin yüzünü çevirir, ağlar ya da kasılırsa, sadece dur; yarın yine olur. İyi gidiyorsa bacaklarının gevşediğini hissedersin.

tummy-circles-massage =
    .title = Karnında yavaş daireler
    .body = Bugün bebeğini sıcak bir havlunun üstüne yatır ve sıcak bir elle, bir damla kokusuz yağla karnının üzerinde saat yönünde yavaş daireler çiz. Yavaş, tekrarlanan hareketler bebeğinin sakinleşmesine yardım eder ve ellerinle verilen bir sarılma gibi gelir. Bebeğin başka yere bakar ya da huzursuzlanırsa dur. Derin bir iç çekiş ya da bir esneme ‘bu çok hoş’ demektir.

long-strokes-down-the-back =
    .title = Sırtında uzun okşamalar
    .body = Bebeğin bugün kucağında ya da yanında yüzüstü yatarken, sıcak bir elle enseden poposuna kadar uzun, yavaş hareketlerle okşa. Çıplak tende biraz kokusuz yağ işini kolaylaştırabilir. Yavaş ve öngörülebilir dokunuş bütün bedeni sakinleştirir. Ne yaptığını yumuşakça anlat. Bebeğin başını kaldırıp uzaklaşır ya da kıpır kıpır olursa, bugünlük bu kadar yeter.

talk-through-the-nappy-change =
    .title = Her bez değişiminde sesli anlat
    .body = Bugün her bez değişiminde sesli olarak anlat: ‘Önce pantolonu çıkaralım, brr, biraz soğuk. Şimdi de temiz bir bez.’ Bebeğin kelimeleri henüz anlamaz, ama sesini duyar, sırada ne olduğunu sezer ve böylece dile alışır. Anlatmaya başlar başlamaz bebeğin sakinleşip sana baktığında bunu fark edersin.

say-it-before-you-do-it =
    .title = Önce söyle, sonra yap
    .body = Bugün yapacağın şeyi yapmadan önce söyle: ‘Seni kaldırıyorum’, ‘şimdi minik elin kolun içinden geçiyor’. Sonra bir an bekle. Böylece bebeğin hiçbir şeyin birden, durduk yere olmadığını öğrenir; bu da kucağa almayı ve giydirmeyi daha az ürkütücü yapar. Bir süre sonra bebeğinin kendini hazırladığını görebilirsin; örneğin ‘hoppa’ dediğinde kollarını gerer.

guided-tour-on-your-walk =
    .title = Yürüyüşte küçük bir gezi rehberliği
    .body = Bugün dışarıdayken bebeğine yolda karşılaştıklarınızı anlat: ‘Bak, bir köpek. Otobüsü duyuyor musun?’ Kısa tut ve arada sessizlik bırak. Böylece dünyayı bebeğinle paylaşırsın ve sesin bütün yeni şeylerin arasında tanıdık bir dayanak olur. Bebeğin sakince etrafına bakıp arada bir yeniden yüzüne döndüğünde bunu fark edersin.

one-little-book-every-day =
    .title = Her gün bir küçük kitap
    .body = Bugün sağlam bir resimli kitap al ve bebeğin neyi anlattığından habersiz olsa da sesli oku. Önemli olan sesinin melodisi ve birbirinize sokulmuş oturmanız. Yarın aynı kitabı yeniden okuyabilirsin: tekrar iyi gelir. Bebeğin ilk cümlede sessizleştiğinde ya da resimlerden sana, sonra yeniden resimlere baktığında işe yarıyor demektir.

bold-black-and-white-pictures =
    .title = Siyah beyaz resimlere bakmak
    .body = Bugün belirgin siyah beyaz resimleri olan bir kitabı bebeğine, beslenme sırasında yüzünün ona olan uzaklığı kadar yakın tut ve sayfalarda ne olduğunu yumuşakça anlat. Küçük bebekler güçlü zıtlıkları en iyi görür; senin sesin de bunu birlikte geçirilen bir ana dönüştürür. Başka yere bakarsa bu bir moladır. Gözünü dikip sessizleşmesi ilgisini çektiğini gösterir.

read-your-own-book-aloud =
    .title = Kendi kitabından sesli oku
    .body = Kendin bir şey okumak mı istiyorsun? O zaman bugün bebeğin kucağındayken birkaç sayfa sesli oku: romanından, bir dergiden ya da bir tariften. Bebeğin için önemli olan hikâye değil, sesinin ritmi. Sen de kendine küçük bir an ayırmış olursun. Bebeğin gevşemiş hâlde sana yaslandığında ve arada bir ağzına baktığında bunu fark edersin.

three-steps-before-sleep =
    .title = Uykudan önce üç sabit adım
    .body = Bugün bundan sonra her uykudan önce yapacağın üç küçük adım seç, örneğin: perdeler kapanır, uyku tulumu giyilir, bir şarkı söylenir. Aynı sıra bebeğine sırada ne olduğunu anlatır; öngörülebilir bir dünya da güvenli hissettirir. Dakikası dakikasına olması gerekmiyor ve bebeğini yatıran herkes aynı şekilde yapabilir. Bir süre sonra bebeğin belki daha ilk adımda sakinleşmeye başlar.

a-familiar-feeding-spot =
    .title = Beslenme için sabit bir köşe
    .body = Bugün bebeğini olabildiğince aynı sakin köşede ve aynı pozisyonda besle; telefonun bir süre uzanamayacağın yerde olsun. Tanıdık anlar bebeğine tutunacak bir şey verir: burada karnım doyar ve bana ilgi gösterilir. Her seferinde olmuyor mu? Hiç sorun değil. Bebeğin o köşede hevesle sana döndüğünde ya da daha sakin içtiğinde işe yarıyor demektir.

the-same-good-morning =
    .title = Her sabah aynı ‘günaydın’
    .body = Bugün bebeğin her uyandığında onu hep aynı şekilde selamla: perde açılır, ‘Günaydın, işte buradasın!’ ve bir sarılma. Böyle küçük, sabit bir ritüel günün başlangıcını tanıdık ve sıcak kılar. Sabah kim kalkarsa (sen, partnerin varsa o, ya da bir büyükanne veya büyükbaba) aynı şekilde yapabilir. Perde açılır açılmaz bebeğin gülümsediğinde ya da tekmelediğinde bunu fark edersin.

together-in-the-mirror =
    .title = Birlikte aynaya bakın
    .body = Bugün bebeğin kucağındayken bir aynanın karşısına otur ve gördüklerini söyle: ‘İşte sen, işte ben. Bu da senin kulağın.’ Söylerken kulağına dokun. Bebeğin çoğunlukla kendisine bakan tatlı bir yüz görür; kendini tanımak daha sonra gelir, ama birlikte bakıp adlandırmak şimdiden bağ kurar. Bebeğin aynaya gülümsediğinde ya da senden aynadaki yansımana baktığında işe yarıyor demektir.

funny-faces-in-the-mirror =
    .title = Aynada komik suratlar
    .body = Bugün bebeğini aynanın karşısında yanında dik tut ve birkaç abartılı surat yap: şaşkın, mutlu, dil dışarıda. Her birini söyle: ‘Oo! Şaşırdım!’ Böylece bebeğin yüz okumayı çalışır; bebeklerin kelimelerden önce konuştuğu dil budur. Başka yere bakarsa şimdilik bu kadar yeter. Bebeğin merakla izlediğinde, güldüğünde ya da ağzını taklit etmeye çalıştığında işe yarıyor demektir.

mirror-by-the-changing-table =
    .title = Alt değiştirme masasının yanında bir ayna
    .body = Bugün alt değiştirme masasının yanına kırılmaz küçük bir ayna koy ya da as ve bez değiştirirken birlikte bakın: ‘İşte ayakların! Bu da karnın.’ Böylece bir iş birlikte oynanan küçük bir oyuna dönüşür ve sözlerin, bebeğinin gördüğü ve hissettiği şeylerle eşleşir. Bebeğin aynayı aramaya başladığında ve masada daha sakin yattığında işe yarıyor demektir.

quiet-corner-after-a-busy-day =
    .title = Yoğun bir günden sonra sessiz bir köşe
    .body = Bugün misafirler, alışveriş ya da bir doğum günüyle yoğun mu geçti? Ardından bebeğinle televizyonsuz, müziksiz, sakin ve biraz loş bir köşe bul; bebeğin sadece sana yaslanıp yatsın. Çok fazla ses ve yüz bebeği fazlasıyla doldurabilir; senin yanındaki sessizlik her şeyin durulmasına yardım eder. Bakışı yumuşadığında, yumrukları açıldığında ya da uykuya daldığında işe yarıyor demektir.

looking-away-means-a-break =
    .title = Başka yere bakmak: biraz ara lütfen
    .body = Bugün oynarken bebeğinin başka yere baktığı, esnediği, hıçkırdığı ya da kollarını hızlı hızlı salladığı ana dikkat et. Bebeğin çoğu zaman böyle ‘Şimdilik yeter’ der. O zaman konuşmayı bırak, ona biraz alan tanı ve yeniden sana bakmasını bekle. Bebeğin bu aradan sonra kendiliğinden yeniden temas aradığında doğru okuduğunu anlarsın.

bright-eyes-time-to-play =
    .title = Gözleri ışıl ışıl mı? Oyun zamanı
    .body = Bebeğinin bugün gözleri parlıyor, yüzü açık ve bacaklarıyla tekmeliyor mu? O zaman seninle temas istiyor. Bir şarkı, bir çıngırak ya da komik sesler için tam zamanı. Bebeğin sadece dinlenmeye değil, oyun arkadaşı olarak sana da ihtiyacı var. Bebeğin sana bakmaya devam ettiğinde ve giderek daha çok ses çıkardığında doğru anı yakaladığını anlarsın.

one-thing-at-a-time =
    .title = Bir seferde tek bir şey
    .body = Bugün oynarken televizyonu ya da radyoyu kapat ve bebeğine bir seferde tek bir oyuncak ver. Bebek için senin yüzün ve yanında bir çıngırak zaten koca bir dünya; aynı anda daha fazlası onu mutlu etmekten çok huzursuz eder. Bebeğin daha uzun süre dikkatle baktığında, oyuncağa uzandığında ve arada sana gülümsediğinde farkı görürsün.

answer-the-reach =
    .title = Bebeğin sana uzanınca karşılık ver
    .body = Bebeğin bugün kollarını sana uzatırsa ya da saçını, parmağını yakalarsa karşılık ver: minik elini tut, gülümse ve ‘Hey, işte buradasın!’ de. Böylece bebeğin temas aramanın işe yaradığını ve senin orada olduğunu öğrenir. Her şeyi bırakman gerekmiyor; bir bakış ve birkaç söz çoğu zaman yeter. Bebeğin sana daha sık ve daha neşeyle uzandığında bunu fark edersin.

look-where-they-look =
    .title = Bebeğinin baktığı yere sen de bak
    .body = Bugün bebeğinin neye baktığını izle (lamba, sallanan yapraklar, kedi) ve bunun hakkında konuş: ‘O yaprakların kıpırdadığını görüyorsun, değil mi?’ Bebeğinin ilgisini çeken şeye eşlik etmek ‘Senin gördüğünü ben de görüyorum’ demektir. Bu, küçük ölçekte duyarlı karşılık vermektir. Bebeğin daha uzun baktığında ve sonra paylaşmak ister gibi sana döndüğünde işe yarıyor demektir.

cheer-the-small-things =
    .title = Küçük şeyleri alkışla
    .body = Bugün bebeğin her denemesinde onu coşkuyla öv: başını kaldırması, yeni bir ses, oyuncağa bir uzanış. ‘Vay, bunu kendin yaptın!’ Senin sevinçli yüzün, bebeğine yaptığı şeylerin senin için önemli olduğunu hissettirir. Bebeğin ışıl ışıl olduğunda, bir kez daha denediğinde ya da denemeden hemen sonra sana baktığında bunu fark edersin.

lend-them-your-calm =
    .title = Bebeğine sakinliğini ödünç ver
    .body = Bebeğin bugün çok ağlıyorsa önce kendin bir kez derin bir nefes ver, omuzlarını gevşet ve bebeğini kendine yasla. Bebek henüz kendi kendine sakinleşemez ve bunun için senin sakinliğini ödünç alır: kalp atışını, nefesini, sesini. Hemen susması gerekmiyor. Ağlama dalga dalga azaldığında ve bebeğin sana sokulduğunda işe yaradığını görürsün.

the-same-comfort-each-time =
    .title = Her seferinde aynı teselli
    .body = Bugün sabit bir teselli yolu seç ve hep onu kullan: örneğin bebeğin dik olarak omzunda, yumuşak bir ‘şşşt’ ve yavaş bir sallanma. Tekrar tekrar aynı şekilde sakinleştirildikçe bebeğin sakinleşmenin nasıl bir his olduğunu öğrenir; ileride bunu azar azar kendisi de başarır. O tanıdık duruşa geçer geçmez bebeğin daha çabuk gevşediğinde bunu fark edersin.

eyes-on-each-other-during-a-feed =
    .title = Beslenme sırasında göz göze
    .body = Bugün bir beslenme sırasında telefonunu bir kenara koy ve bebeğine sakince bak. Yumuşakça bir şey söyle ya da bir ezgi mırıldan. Bebeğin bakışını ararsa bakışını tut; başka yere bakarsa o da olur. Böyle göz göze gelinen anlar bağınızın yapı taşlarıdır. Bebeğin içmeye ara verip sana baktığında, bazen de gülümsediğinde bunu fark edersin.

a-song-with-their-name =
    .title = Bebeğinin adının geçtiği bir şarkı
    .body = Bugün içinde bebeğinin adı geçen basit bir şarkı uydur, örneğin ‘Ali Baba’nın bir çiftliği var’ ezgisiyle. Giydirirken ya da pusetle dışarıdayken söyle. Bebeğin kendi adını sık sık ve neşeyle duyar; bu şarkı da ikinize ait bir şey olur. İlk notalara başlar başlamaz bebeğin gülümsediğinde ya da sessizleştiğinde işe yarıyor demektir.

finger-rhyme-on-toes =
    .title = Minik parmaklarda bir tekerleme
    .body = Bugün bebeğinin el ya da ayak parmaklarına tek tek dokunarak ‘Hani bana, hani bana?’ diye biten parmak tekerlemesi gibi bir tekerleme söyle ve sonunda hafifçe gıdıkla. Dokunmalı tekerlemeler ritmi, sesini ve ellerini bir araya getirir: bebeklerin sevdiği üç şey. Bebeğin son dizede daha şimdiden merakla kıpırdandığında ya da kıkırdadığında işe yarıyor demektir.

an-extra-cuddle-minute =
    .title = Fazladan bir sarılma dakikası
    .body = Bugün bir şekerlemeden sonra, hiçbir şey yapman gerekmeden bebeğini sadece kucağında tutmak için fazladan bir dakika ayır. Sarılmak bağınızı güçlendiren oksitosini harekete geçirir ve bebeğine hoş karşılandığını hissettirir. Yoğun bir günde sana da iyi gelir. Bebeğin sana sokulduğunda ya da gevşemiş minik yüzüyle sana baktığında işe yarıyor demektir.

skin-to-skin-still-counts =
    .title = Ten tene temas şimdi de değerli
    .body = Ten tene temas sadece ilk günlere özgü değil. Bugün üzerinde sadece bez olan bebeğini çıplak göğsüne yatır, ikinizin üstüne bir battaniye ört; bu sırada sen uyanık ve dikkatli kal. Bu, bebeğinin vücut ısısını, kalp atışını ve gerginliğini dengelemesine yardım eder ve her ebeveyn ya da bakım veren bunu yapabilir. Bebeğin sakin nefes almaya başladığında ve tamamen gevşediğinde işe yarıyor demektir.

guess-out-loud =
    .title = Sorun ne, sesli tahmin et
    .body = Bebeğin bugün ağlar ya da mızırdanırsa aklından geçeni sesli söyle: ‘Yoruldun mu? Yoksa acıktın mı? Bir bakalım.’ Hemen doğru tahmin etmen gerekmiyor; denemek yeter. Böylece bebeğin, onu dinleyen biri olduğunu fark eder; sen de çoğu zaman bundan sakinleşirsin. Bebeğin sesini duyunca bir an sessizleşip gözlerini aradığında işe yaradığını görürsün.

missed-it-make-it-right =
    .title = Bir an kaçırdın mı? Yeniden düzelt
    .body = Bugün yorgun ya da başka bir şeyle meşgul olduğun için ters mi cevap verdin ya da istediğinden geç mi karşılık verdin? O zaman bebeğinin yanına dön, onu kucağına al ve ‘Özür dilerim, şimdi buradayım’ de. Böyle küçük aksaklıklar her ailede olur; arayı düzeltmek bağınızı aslında daha da güçlendirir. Bebeğin teselli edilmeye izin verip bir bakış ya da sesle yeniden temas kurduğunda bunu fark edersin.

your-rest-counts-too =
    .title = Senin dinlenmen de önemli
    .body = Bugün bekleyebilecek bir iş seç ve o zamanı oturmak, yemek yemek ya da uyumak için kullan. Tükenmişlik herkesin sabırlı ve dikkatli kalmasını zorlaştırır; yani dinlenmek de bebeğine bakmanın bir parçasıdır. Alışveriş ya da çamaşır için birinden yardım istemekten çekinme. Bir sonraki ağlamada biraz daha az telaşlı olduğunda bunu fark edersin.

ten-minutes-without-a-screen =
    .title = Ekransız on dakika
    .body = Bugün telefonunu on dakikalığına başka bir odaya bırak ve yerde ya da kanepede sadece bebeğinle ol. Özel bir şey yapman gerekmiyor; ulaşılabilir olmak yeter. Bebeğinin ne yaptığına bak ve ona karşılık ver. Bebeğin sana daha sık baktığında, ses çıkardığında ya da güldüğünde bunu fark edersin; belki sen de bundan sakinleşirsin.

face-to-face-on-the-floor =
    .title = Yüzüstü, göz göze
    .body = Bugün bebeğin yüzüstü yatıp çalışırken sen de yere uzan, yüzün onunla aynı hizada olsun. Gülümse, kaşlarını kaldır, yumuşakça konuş. Yüzünün hemen yakında olması, başını kaldırmak gibi zor bir işi çok daha eğlenceli yapar. Bebeğin seni görmek için başını biraz daha uzun süre yukarıda tuttuğunda ve sana gülümsediğinde işe yarıyor demektir.

glad-you-are-here =
    .title = Bebeğin için sevindiğini belli et
    .body = Bugün sıradan bir anda, yüzün yakınındayken şöyle de: ‘İyi ki varsın.’ Bebeğin kelimeleri anlamaz, ama sıcak bakışını ve neşeli tonunu hisseder. Bebek, görüldüğünü ve hoş karşılandığını tam da böyle küçük, sıradan anlarda keşfeder. Bebeğin yüzünü dikkatle incelediğinde, gülmeye başladığında ya da agulayarak karşılık verdiğinde bunu fark edersin.

another-carer-takes-the-bath =
    .title = Banyoyu başka biri yaptırsın
    .body = Bugün bebeğinle sık vakit geçiren biri (partnerin varsa o, bir büyükanne ya da büyükbaba veya düzenli bir bakıcı) sen yakındayken bebeğin banyosunu yaptırsın. Bebek başka tanıdık yetişkinlere de bağlanabilir; bu da ileride sen bir süre uzaktayken işleri kolaylaştırır. Bebeğin o kişiye de baktığında, gülümsediğinde ve onun tesellisini de kabul ettiğinde bunu fark edersin.

picking-up-does-not-spoil =
    .title = Kucağa almak şımartmaz
    .body = Sana bebeğini ‘biraz ağlamaya bırak’ diye mi tavsiye ediyorlar? Bu kadar küçük bir bebeğin yanına gidip onu teselli edebilirsin. Bu yaştaki bir bebek alışkanlıktan değil, bir şeye ihtiyacı olduğu için ağlar; sürekli duyulan bebek de temas aramanın anlamlı olduğunu öğrenir. Bağımsızlık daha sonra kendiliğinden gelir. Bebeğinin giderek daha kolay teselli olduğunda bunu fark edersin.

only-you-will-do-now =
    .title = Bir tek seni mi istiyor? İşte bu bağ
    .body = Bugün başka biri bebeğini senden aldığında itiraz mı ediyor? Bu yaşlarda bebek bağlandığı insanları açıkça seçer. Bu şımarıklık değil, vazgeçirilmesi gereken bir şey de değil; bağınızın görünür hâle geldiğinin bir işareti. Bebeğini bir süre geri al, onu rahatlat ve zaman tanı. Bebeğin senin kollarında çabucak yeniden sakinleştiğinde bunu fark edersin.

not-the-favourite-right-now =
    .title = Şu an gözdesi sen değil misin?
    .body = Bebeğin bugün sadece o bir ebeveyni ya da bakım vereni istiyor, seni istemiyor mu? Bu canını acıtabilir, ama bu yaşta çok olağan: tanıdık bir kişiye duyulan tercih güçlenir. Sakin ve güler yüzlü kalarak yakınında ol ve banyo ya da bir şarkı gibi küçük, düzenli şeyleri birlikte yapmayı sürdür. Bebeğin sana da yeniden gülümsemeye ve kollarını aramaya başladığında bunu fark edersin.

let-strangers-warm-up-slowly =
    .title = Bebeğin yeni yüzlere yavaş yavaş ısınsın
    .body = Bugün bebeğinin pek görmediği biri mi geliyor? Bebeğini önce kendi kucağında tut ve misafirden onu hemen kucaklamamasını, önce seninle konuşup sakince gülümsemesini iste. Bu yaşta yabancılardan çekinmek normaldir; bebeğin, güvenli olup olmadığını sana bakarak anlar. Bebeğin kendiliğinden merakla bakmaya, gülümsemeye ya da misafire uzanmaya başladığında bunu fark edersin.

no-passing-round-when-they-cling =
    .title = Sana tutunuyorsa elden ele verme
    .body = Kalabalık aile buluşmalarında herkes bebeği biraz kucağına almak ister. Bebeğin bugün sana sıkıca tutunursa ya da yüzünü boynuna gömerse, kibarca şöyle diyebilirsin: ‘Şimdi olmasın, önce sakin sakin etrafa bakıyoruz.’ Böylece bebeğinin işaretlerini ciddiye aldığını gösterirsin. Bebeğin gevşediğinde ve bir süre sonra kendiliğinden merakla etrafına bakmaya başladığında işe yarıyor demektir.

a-short-goodbye-ritual =
    .title = Kısa ve sabit bir vedalaşma ritüeli
    .body = Bugün bebeğin olmadan bir yere mi gidiyorsun? Kısa, sabit bir vedalaşma düşün: bir sarılma, ‘Güle güle, geri geleceğim’, el sallama ve sonra gerçekten git. Gizlice sıvışmak cazip gelir, ama birden kaybolmak bebeği daha çok tedirgin eder. Tanıdık bir vedalaşma ayrılığı öngörülebilir kılar. Biraz üzüntü normaldir; bebeğin ardından diğer kişinin tesellisini kabul ettiğinde işe yaradığını anlarsın.

make-the-reunion-count =
    .title = Kavuşmaya zaman ayır
    .body = Bugün bir süre uzakta kaldıktan sonra döndüğünde kavuşmaya biraz zaman ayır: göz hizasına in, ‘Geri geldim!’ de ve başka bir şey yapmadan önce sarıl. Her seferinde geri dönmen, bebeğine sana güvenilebileceğini yaşatır. Bazen bebek önce biraz küs ya da sessiz olur; bu da işin parçası. Bebeğin kollarını sana uzattığında ve bir süre sonra gevşediğinde bunu fark edersin.

peekaboo-with-a-cloth =
    .title = Bir tülbentle ce-e
    .body = Bugün kendi başına ince bir tülbent ört, bir an bekle ve çek: ‘Ce-e!’ Sonra bir daha, bir daha. Bebeğin, bir an kaybolduğunda geri geldiğini ve gidip gelmenin bir oyun bile olabileceğini keşfeder. Sen ortaya çıkmadan hemen önceki heyecanlı sessizlikte ve çıktığında gelen kahkahada bunu fark edersin.

let-them-pull-the-cloth =
    .title = Tülbendi bebeğin çeksin
    .body = Bugün ce-e oyna, ama tülbendi yüzünden bebeğin kendisi çeksin; ya da tülbendi hafifçe onun başına ört: ‘Neredesin? İşte buradasın!’ Oyunun sonunu kendisinin getirmesi bebeğine bir şeyleri kendisinin gerçekleştirebildiği duygusunu verir. Bebeğin tülbendi sana geri verdiğinde ya da kendisi saklanmaya başladığında bunu fark edersin: bir daha!

peekaboo-round-the-corner =
    .title = Köşeden ce-e
    .body = Bugün birkaç saniyeliğine kanepenin ya da kapının arkasına saklan ve neşeli bir ‘Ce-e!’ ile yeniden ortaya çık. Görünmezken konuşmaya devam et ki bebeğin sesini duymayı sürdürsün. Böylece gitmeyi ve geri gelmeyi küçük ölçekte, oynayarak çalışırsınız. Bebeğin ürkmek yerine merakla köşeye baktığında ve sen döndüğünde güldüğünde işe yarıyor demektir.

peekaboo-while-dressing =
    .title = Giydirirken ce-e
    .body = Bugün bebeğinin başından bir kazak geçirirken bunu bir oyuna çevir: ‘Yüzün nerede? Ce-e!’ Böylece birçok bebeğin hiç sevmediği bir an, öngörülebilir bir şakaya dönüşür. Bir an hiçbir şey görmemek ve sonra seni yeniden bulmak bebeğin için her seferinde küçük bir güvencedir. Bebeğin daha az çırpındığında ve kazak yaklaşırken gülmeye başladığında bunu fark edersin.

keep-the-circle-small =
    .title = Halkayı küçük ve tanıdık tut
    .body = Bugün bebeğine kimlerin baktığına bir göz at. Bebek, sık sık yakınında olan birkaç kişiye bağlanır; bu yüzden küçük, sabit bir grup sürekli değişen birçok yüzden daha iyi işler. Kreş ya da bakıcı ayarlıyorsan, mümkünse hep aynı kişiyi ya da aynı sabit günleri seç. Bebeğin bu tanıdık insanları sevinçle karşıladığında ve onların tesellisini kabul ettiğinde bunu fark edersin.

settle-in-step-by-step =
    .title = Kreşe adım adım alışma
    .body = Bebeğin yakında kreşe mi başlıyor ya da yeni bir bakıcıyla mı kalacak? Birkaç kısa alışma anı planla: önce birlikte bir saat, sonra biraz sensiz, sonra biraz daha uzun. Böylece bebeğin, sen hâlâ tanıdık dayanağıyken yeni bakıcıyı adım adım tanır. Sabit bir bakıcı olup olmadığını sormaktan çekinme. Bebeğin orada etrafına bakıp oynadığında ve teselliyi kabul ettiğinde bunu fark edersin.

share-your-comfort-secrets =
    .title = Teselli sırlarını paylaş
    .body = Bugün bakıcı, büyükanne ve büyükbaba ya da kreş için bebeğini nasıl teselli ettiğinizi ve uyuttuğunuzu yaz: hangi şarkı, hangi peluş, nasıl sallama. Başka biri de aynı şekilde karşılık verince bebeğin bunu tanır ve kendini daha çabuk güvende hisseder. Bebek onlara da iyi bağlanabilir. Bebeğinin tanıdık şarkıyla sakinleştiğini duyduğunda bunu fark edersin.

a-regular-day-with-someone-else =
    .title = Büyükanne, büyükbaba ya da başka biriyle sabit bir an
    .body = Bugün bir büyükanne ya da büyükbaba, bir komşu veya iyi bir arkadaşla bebeğini daha sık görmesi için anlaş; tercihen her çarşamba gibi sabit bir zamanda. Bebek, düzenli olarak ve sevgiyle yanında olan başka yetişkinlere de bağlanabilir; bu da ileriye dönük güzel bir armağandır. Bebeğin o kişiyi tanıyıp gülümsediğinde ve kucağına giderek daha kolay gittiğinde bunu fark edersin.

a-bond-with-the-childcare-worker =
    .title = Kreşteki bakıcıyla bağ iyi bir haberdir
    .body = Bebeğin bugün kollarını kreşteki bakıcısına mı uzatıyor? Bu içini biraz burkabilir, ama iyi bir haber: bebeğin orada kendini güvende hissediyor. Senin yerin eşsiz kalır; bir çocuk, seninle bağı hiç azalmadan birden fazla kişiye bağlanabilir. Onu almaya geldiğinde bebeğin sana sevinçle baktığında ve sana sokulduğunda bunu fark edersin.

you-on-the-floor-them-exploring =
    .title = Sen yerde, bebeğin keşifte
    .body = Bugün bebeğin oynarken, yuvarlanırken ya da emekleyip uzaklaşırken yere otur ve sakin, görünür bir şekilde orada kal. Bebeğin daha uzağı keşfetmeye cesaret eder, çünkü tanıdık çıkış noktası sensin. Oyuna katılman gerekmiyor; orada olman yeter. Bebeğin arada dönüp sana baktığında, bir okşanmak için geri gelip sonra yeniden yola koyulduğunda işe yaradığını anlarsın.

open-arms-after-a-fright =
    .title = Bir korkudan sonra açık kollar
    .body = Bebeğin bugün bir ürkmeden, yüksek bir patlamadan ya da küçük bir düşüşten sonra ağlayarak yanına gelirse, kollarını aç ve onu karşıla. ‘Bir şey yok’ demen gerekmiyor. Bebek, geri dönebileceği limanın sen olduğunu bilirse ardından yeniden uzaklaşmaya cesaret eder. Teselliden sonra bebeğin kendiliğinden kucağından kayıp oynamaya devam ettiğinde bunu fark edersin.

say-what-they-feel =
    .title = Bebeğinin hissettiğini söze dök
    .body = Bugün bebeğinin ne hissettiğini düşünüyorsan sesli söyle: ‘O yüksek sesten korktun, değil mi?’ ya da ‘Kızgınsın, o küpü istiyordun.’ Bebeğin kelimeleri henüz anlamaz, ama sesinin tonundan içinde olup biteni gördüğünü anlar. Böylece ‘Ne hissedersem hissedeyim, bunda sorun yok’ duygusu büyür. Sen konuşurken bebeğin sana baktığında ve daha çabuk sakinleştiğinde bunu fark edersin.

wonder-aloud-what-they-think =
    .title = Bebeğinin ne düşündüğünü sesli merak et
    .body = Bugün bebeğinin bir şeye pür dikkat baktığını görürsen, o küçük kafadan neler geçtiğini düşünüyorsan söyle: ‘Bu da ne acaba, ha? Onu yakalamak istiyorsun, değil mi?’ Kendini bebeğinin yerine koyup bunu dile getirdikçe onu giderek daha iyi tanırsın. Bebeğin sanki ‘Evet, aynen’ der gibi bir an sana baktığında işe yarıyor demektir.

a-day-you-can-predict =
    .title = Öngörülebilir bir gün düzeni
    .body = Bugün gününüzün kabaca nasıl geçtiğini yaz: uyanma, yemek, uyku, dışarı çıkma, banyo. Önümüzdeki hafta, bebeğine başka biri baksa bile, bu ritme aşağı yukarı uymaya çalış. Tanıdık bir gün dünyayı anlaşılır, dolayısıyla güvenli kılar. Bebeğin sırada ne olduğunu zaten bildiği için yemeğe ya da uykuya daha kolay geçtiğinde bunu fark edersin.

a-rough-day-say-it-and-slow-down =
    .title = Berbat bir gün mü? Söyle ve yavaşla
    .body = Bugün gergin ya da sinirli mi hissediyorsun? O zaman bebeğine sakin bir sesle söyle: ‘Yorgunum, ama buradayım.’ Her şeyi biraz daha yavaş yap. Yetişkinlerin hızla değişen ruh hâlleri bebeğin kafasını karıştırabilir; sakin bir ses ve telaşsız hareketler bile çok yardımcı olur. Sık sık böyle hissediyorsan, güvendiğin biriyle ya da consultatiebureau’yla (çocuk sağlığı merkeziyle) konuş.

hide-a-toy-under-a-cloth =
    .title = Bir oyuncağı tülbendin altına sakla
    .body = Bugün bebeğin bakarken bir oyuncağı yarısı görünecek şekilde bir tülbendin altına sakla ve sor: ‘Top nerede?’ Bebeğin arasın; bulunca sevinçle alkışla. Böylece bebeğin, eşyaların ve insanların bir an gözden kaybolsalar da var olmaya devam ettiğini keşfeder. Bu da senin gidişini biraz daha anlaşılır kılar. Bebeğin tülbendi çekip oyuncağı gururla havaya kaldırdığında işe yarıyor demektir.

out-of-sight-but-not-out-of-earshot =
    .title = Gözden uzak, ama sesi yakın
    .body = Bugün kısa bir süre başka bir odaya gitmen gerekirse gitmeden önce söyle: ‘Çamaşırları alıp geliyorum, hemen dönerim.’ Uzaklaşırken konuş ya da şarkı söyle ki bebeğin sesini duymaya devam etsin, ve söylediğin gibi geri gel. Böylece bebeğin şunu öğrenir: söylenen şey gerçekten olur. Bebeğin daha az bağırarak itiraz ettiğinde ya da hemen ağlamak yerine biraz beklediğinde işe yarıyor demektir.

tears-at-goodbye-are-no-failure =
    .title = Vedalaşırken ağlamak başarısızlık değil
    .body = Bebeğin bugün kreşte ya da büyükanne ve büyükbabasının yanında, sen giderken ağlıyor mu? Bu yaşta bu çok olağan: bebeğin senin gittiğini anlıyor, ama geri geleceğini henüz tam anlamıyor. Bu, senin yöntemin hakkında kötü bir şey değil, bağınız hakkında güzel bir şey söyler. Güler yüzle hoşça kal de ve diğer kişiye güven. Ardından çabucak yeniden oynadığını duyduğunda her şey yolunda demektir.

something-familiar-from-home =
    .title = Evden tanıdık bir şey götür
    .body = Bebeğin bugün kreşe, bir bakıcıya ya da büyükanne ve büyükbabasına mı gidiyor? Yanına tanıdık bir şey ver: kendi uyku tulumu, bir peluş ya da ev kokan bir tülbent. Tanıdık eşyalar başka bir yeri biraz daha az yabancı kılar. Senin yerini tutmaz, ama biraz yardımcı olur. Bebeğin kendini bir yerde tedirgin hissettiği anlarda peluşuna sarıldığında bunu fark edersin.

let-them-lead-the-game =
    .title = Oyunu bebeğin yönlendirsin
    .body = Bugün oynarken önce bebeğinin ne istediğine bak: kaşıkla masaya vuruyorsa sen de yap; bir şeyi yere atıyorsa al ve geri ver. Yönlendirmek yerine takip etmek, bebeğine istediği şeyin önemli olduğunu hissettirir. Bebeğin beklentiyle sana baktığında, oyunu tekrarladığında ve seni de katılmaya çağırdığında işe yarıyor demektir.

clap-your-hands-song =
    .title = Bir el çırpma şarkısı
    .body = Bugün bildiğin bir el çırpma şarkısını söyle ve birlikte el çırpın: önce senin ellerin onunkileri tutarak, sonra belki kendisi. Sabit hareketli şarkılar, bebeğinin büyükanne ve büyükbabasının ya da bakıcının yanında da bulabileceği tanıdık bir oyun olur. Böylece evden bir parçayı başka yerlere de götürürsün. Şarkıya başlar başlamaz bebeğin el çırpıp kıpırdandığında işe yarıyor demektir.

there-at-night-too =
    .title = Geceleri de buradasın
    .body = Bebeğin bu gece eskisinden daha sık mı uyanıyor? Bu yaşlarda bu sık olur; kısmen de bebeğin artık bazen yanında olmadığını daha iyi fark ettiği için. Git bak, elini bebeğinin üstüne koy ve fısılda: ‘Buradayım.’ Bu, her seferinde şunu doğrular: seslenince biri gelir. Bebeğin daha çabuk yeniden uykuya daldığında işe yarıyor demektir. Bitkin misin? Mümkünse başka biriyle nöbetleşe yap.

only-you-will-do-take-a-break-anyway =
    .title = Bir tek seni mi istiyor? Yine de mola ver
    .body = Bebeğin sadece seninle olmak istiyor ve bu seni yoruyor mu? Çok anlaşılır. Yine de küçük molalar planla: güvendiğin biri bebeğini kısa bir yürüyüşe çıkarsın ya da başka biri göz kulak olurken on dakikalık bir duş al. Dinlenmiş bir bakım veren daha sabırlı olur; bebeğin de o diğer kişinin de güvenli olduğunu öğrenir. Bebeğini yeniden daha istekli kucağına aldığında bunu fark edersin.

safe-seen-soothed =
    .title = Güvende, görülmüş, teselli edilmiş
    .body = Bu akşam günü biraz düşün. Bebeğin güvende miydi? Birkaç bakışla da olsa görüldü mü? İhtiyacı olduğunda teselli edildi mi? Çoğunlukla ‘evet, aşağı yukarı’ diyebiliyorsan, bebeğinde bir güven duygusu büyüyor demektir. Kusursuz olması gerekmiyor. Bunu, bir şey ürkütücü geldiğinde seni arayan bir bebekte görürsün.

point-and-name =
    .title = Göster ve adını söyle
    .body = Bugün birkaç kez bir şeyi parmağınla gösterip adını söyle: ‘Bak, kedi!’ Sonra bebeğine, ardından yeniden kediye bak. Bu yaşlarda bebek, parmağının bir şeyi gösterdiğini anlamaya başlar; birlikte aynı şeye bakmak da yeni bir temas biçimidir. Bebeğin gözleriyle parmağını takip edip sonra sana baktığında işe yarıyor demektir.

cuddles-for-a-busy-explorer =
    .title = Sarılmak hâlâ önemli
    .body = Bebeğin artık daha çok hareket edip keşfetmek istediğinden uzun sarılmalar belki arada kaynıyor. Bugün bilerek birkaç sakin an yarat: yemekten sonra kanepede birlikte, uykudan önce onu kendine yakın tutarak. Dokunmak, bebeğin büyürken de bağınızı beslemeye devam eder. Bebeğin kendiliğinden gelip sana yaslandığında ya da başını omzuna koyduğunda bunu fark edersin.

name-the-fall =
    .title = Düştükten sonra gördüğünü söyle
    .body = Çocuğun bugün düşerse göz hizasına çömel ve olanı anlat: “Güm, dizinin üstüne düştün. Çok korktun, değil mi?” Bir duyguya söz bulmak, çocuğunun içinde olup biteni anlamasına yardım eder. Ağlama daha çabuk dindiğinde ya da çocuğun sonra sana nerenin acıdığını kendisi gösterdiğinde işe yaradığını anlarsın.

be-the-fixed-point =
    .title = Bugün sabit nokta sen ol
    .body = Oyun parkında ya da evde iyi görünen bir yere otur ve bir süre orada kal. Çocuğun istediği zaman uzaklaşıp geri gelebilir. Senin yerinde kalacağını bilen çocuk biraz daha uzağa gitmeye cesaret eder. Çocuğun arada dönüp baktığında ya da kısa bir an dizine yaslanıp sonra yeniden yola koyulduğunda işe yaradığını görürsün.

open-arms-first =
    .title = Önce açık kollar, sorular sonra
    .body = Çocuğun bugün ağlayarak ya da korkmuş hâlde yanına gelirse, soru sormadan ya da açıklama yapmadan önce sadece kollarını aç. Soluklanabileceği güvenli bir liman, ardından yeniden keşfe çıkmayı kolaylaştırır. Bir süre sonra çocuğun kendiliğinden kucağından inip yeniden oynamaya gittiğinde işe yaradığını fark edersin.

count-to-ten-before-helping =
    .title = Yardım etmeden önce ona kadar say
    .body = Çocuğunun bugün bir küple, bir kapakla ya da bir ayakkabıyla uğraştığını görürsen, yardım etmeden önce sakince ona kadar say. Böylece çocuğun, sen bir güvenlik ağı olarak yakınındayken bir şeyi kendisi çözme fırsatı bulur. İşe yaradığını, başardığında o gururlu bakışta ya da gerçekten olmadığında seni çağıran minik bir elde görürsün.

choice-of-two =
    .title = Çocuğun iki şey arasından seçsin
    .body = Bugün çocuğuna birkaç kez iki şey arasında seçim yaptır: kırmızı bardak mı mavi mi, önce pantolon mu kazak mı. Böyle küçük bir seçim, çocuğuna kendi isteğinin önemli olduğunu hissettirir. Bunu giyinirken biraz daha az çekişmede ya da çocuğunun ikisinden birini ne kadar kararlı gösterdiğinde fark edersin.

repair-after-snapping =
    .title = Sinirlenip parladın mı? Gönlünü al
    .body = Bugün öfkeyle parladıysan, biraz sakinleşir sakinleşmez çocuğunun yanına otur ve şöyle de: “Az önce çok kızdım. Korktun, değil mi? Özür dilerim.” Bir çatışmadan sonra gönül almak, bağı hiç çatışmamaktan daha çok güçlendirir. Çocuğun yeniden yanına geldiğinde, gözlerine baktığında ya da sadece yanında oynamaya devam ettiğinde işe yaradığını görürsün.

goodbye-ritual-at-childcare =
    .title = Kreşte sabit bir vedalaşma
    .body = Her seferinde aynı şekilde giden kısa bir vedalaşma düşün; örneğin bir sarılma, pencereden el sallama ve “Öğleden sonra, meyveden sonra görüşürüz.” Gizlice sıvışmamaya çalış. Sabit bir sıra, gözyaşları olsa bile ayrılığı öngörülebilir kılar. Birkaç hafta sonra çocuğun tanıdık bakıcısının yanında daha çabuk sakinleştiğinde işe yaradığını anlarsın.

one-line-for-the-carer =
    .title = Kreşe tek bir cümle bırak
    .body = Çocuğunu bırakırken kreşteki bakıcıya ya da bakıcına tek bir şey söyle: “Dün gece kötü uyudu” ya da “Trenlere bayılıyor.” Alırken de karşılığında bir şey sor. Böylece evle diğer yer arasında ince bir bağ oluşur ve çocuğunun günü daha bütünlüklü olur. Bakıcı bunu dikkate aldığında ve çocuğun senden daha kolay ayrıldığında bunu fark edersin.

small-circle-of-sitters =
    .title = Bakıcı çevresini küçük tut
    .body = Bu hafta çocuğuna birinin bakması gerekiyorsa, her seferinde yeni birini değil, hep aynı bir iki kişiyi iste. Küçük çocuklar sık sık yanlarında olan bir avuç güvendikleri yetişkine bağlanır. Çocuğun bakıcıyı kapıda tanıdığında ve bir süre sonra kendiliğinden ona doğru emeklediğinde ya da yürüdüğünde işe yaradığını anlarsın.

new-carer-step-by-step =
    .title = Yeni bir bakıcıyla tanışma yavaş olsun
    .body = Yeni bir bakıcı mı geliyor ya da çocuğun yeni bir gruba mı geçiyor? Önce senin de odada kaldığın ortak bir ziyaret planla. Sonra sensiz kısa bir saat, daha sonra da daha uzun süreler. Sen dayanak noktası olduğunda çocuğun yeni kişiyi kendi hızında tanıyabilir. Çocuğun o kişiye gülümsediğinde ya da elinden bir şey aldığında işe yaradığını görürsün.

a-ritual-with-another-carer =
    .title = Başka bir bakım verenin de kendi ritüeli olsun
    .body = Bir büyükanne ya da büyükbabanın, bakıcının veya düzenli bakım veren başka birinin çocuğunla kendine özgü bir şeyi olsun: belli bir şarkı, birlikte ördek beslemek, kucakta ‘gazete okumak’. Çocuğun birden fazla güvendiği yetişkinle gerçek bir bağ kurabilir ve bu senin bağından hiçbir şey eksiltmez. O kişi içeri girer girmez çocuğunun yüzü aydınlandığında ya da el salladığında bunu fark edersin.

five-minutes-at-pickup =
    .title = Aldıktan sonra birlikte beş dakika
    .body = Çocuğun onu almaya geldiğinde ağlamaya mı başlıyor, ya da seni görmezden mi geliyor? Bu çok olağan: günün gerginliği ancak senin yanında dışarı çıkmaya cesaret eder. Kavuştuktan sonra, alışverişe ya da yemeğe başlamadan önce kanepede ya da dışarıda bir bankta yalnızca birbirinize beş dakika ayırın. Çocuğun ardından daha sakin olduğunda ve yeniden oynamak istediğinde işe yaradığını fark edersin.

peekaboo-behind-the-door =
    .title = Kapının arkasından ce-e
    .body = Bugün ce-e oyununu bir adım büyüt: bir kapının ya da kanepenin arkasına yarı saklan, çocuğunun adını yavaşça seslen ve sonra gülümseyerek ortaya çık. Böylece gitmek ve geri gelmek, çocuğunun kendisinin de keyif aldığı bir oyun olur. Çocuğun seni aramaya başladığında, kahkahalarla güldüğünde ya da oyunu kendisi yeniden başlattığında işe yaradığını görürsün.

toy-under-the-cloth =
    .title = Oyuncağı bir örtünün altına sakla
    .body = Çocuğun bakarken bir oyuncağın üstüne bir örtü ört ve sor: “Ayıcık nereye gitti?” Örtüyü çocuğun kendisi kaldırsın. Bu oyun, bir an ortadan kaybolan şeyin geri geldiği fikrini çalıştırır; bu senin için de geçerli. Çocuğun örtüyü her seferinde daha hızlı çektiğinde ya da bir kez daha saklaman için oyuncağı sana verdiğinde bunu fark edersin.

toddler-hides-you-seek =
    .title = Çocuğun saklansın, sen ara
    .body = Küçük çocuklar saklanmayı çok sever, ayakları çoğu zaman perdenin altından görünse de. Sesli ve biraz yavaş ara: “Masanın altında mı? Yok… sandalyenin arkasında mı?” Böylece ne zaman kaybolacağına ve ne zaman bulunacağına çocuğun kendisi karar verir. Çocuğun kıkırdayarak ortaya fırladığında ve hemen bir daha istediğinde işe yaradığını görürsün.

favourite-book-again =
    .title = En sevdiği kitabı bir kez daha oku
    .body = Çocuğun bugün yine aynı kitabı getirirse, yirminci kez okumaktan çekinme. Arada bir tanıdık bir kelimenin hemen öncesinde dur ve çocuğunun tamamlamasına ya da göstermesine izin ver. Küçük bir çocuk için tekrar güvenli hissettirir, çünkü sırada ne olduğunu bilir. Çocuğun kitabı kendisi sana getirdiğinde, kucağına tırmandığında ve sayfaları çevirmeye başladığında bunu fark edersin.

feelings-in-picture-books =
    .title = Resimli kitapta duyguları bul
    .body = Kitap okurken resimlerdeki yüzlere birlikte bakın: “Bak, tavşan ağlıyor. Oyuncak ayısını kaybetmiş.” Böylece çocuğun, kucağında sakin ve güvenli bir anda duygular için kelimelerle tanışır. Çocuğun mutlu ya da kızgın bir yüzü kendisi gösterdiğinde ya da ağlama sesini taklit ettiğinde işe yaradığını görürsün.

bedtime-in-the-same-order =
    .title = Yatma saatinde sabit bir sıra
    .body = Yatmak için kısa ve sabit bir sıra seç, örneğin: diş fırçalama, pijama, bir kitap, bir şarkı, ışıklar sönsün. Gün farklı geçse bile bu akşam bu sırayı koru. Çocuğun sırada ne olduğunu bildiğinde günü geride bırakmak ona daha kolay gelir. Bir süre sonra çocuğun kitabı kendisi getirdiğinde ya da şarkıda esnemeye başladığında bunu fark edersin.

warn-before-a-change =
    .title = Bir geçişi önceden haber ver
    .body = Bugün her geçişten önce kısaca neler olacağını söyle: “Kaydıraktan bir kez daha kayıyoruz, sonra eve gidiyoruz.” Önceden verilen bir işaret, çocuğuna hazırlıksız yakalanmak yerine bırakmak için zaman tanır. Oyunu bırakmak biraz daha kolay olduğunda işe yaradığını fark edersin. İtiraz yine olabilir; bu da işin doğası.

name-the-anger =
    .title = Öfkeye bir ad ver
    .body = Küçük çocuğun bugün öfke nöbeti geçirirse yakınında kal ve gördüğünü kısaca söyle: “Çok kızgınsın. Bir bisküvi daha istiyordun.” Duyguyu ciddiye almak için bisküviyi vermen gerekmiyor. Adı konmuş bir duygu, küçük bir çocuk için daha az boğucudur. Nöbet biraz daha çabuk geçtiğinde ve çocuğun ardından sana sarılıp ağlamaya geldiğinde bunu fark edersin.

guess-aloud-what-they-mean =
    .title = Ne demek istediğini sesli tahmin et
    .body = Çocuğun bugün bir şeyi gösterir ya da onun için mızırdanırsa sesli tahmin et: “Topu mu istiyorsun? Hayır mı? Haa, bardağı!” Yanılsan bile, o küçük kafadan geçenleri gerçekten anlamaya çalıştığını gösterirsin. Çocuğun başını salladığında, rahatlayarak güldüğünde ya da seni doğru şeye götürmek için elini tuttuğunda bunu fark edersin.

let-them-refuel =
    .title = Çocuğun biraz yakıt alsın
    .body = Çocuğun oynarken ara ara bacağının yanına mı dönüyor? Saçını okşa, göz kırp ya da bir şey söyle ve onu yeniden bırak. Bu geri dönüşler yakıt almaktır: deposu dolan çocuk yeniden keşfe çıkmaya cesaret eder. Birkaç seferden sonra bu gezintiler kendiliğinden biraz daha uzun sürüp daha uzağa gittiğinde bunu fark edersin.

your-face-says-its-safe =
    .title = Yüzünle güvende olduğunu göster
    .body = Çocuğun bir köpek ya da tanımadığı biri gibi yeni bir şey karşısında tereddüt ettiğinde çoğu zaman önce senin yüzüne bakar. Ona sakin, dostça bir bakışla karşılık ver ve de ki: “Bu komşunun köpeği, çok uysal.” Yüzün, bilmediği bir durumda çocuğun için bir pusula gibidir. Çocuğun gevşeyip temkinle bir adım yaklaştığında işe yaradığını görürsün.

little-helper =
    .title = Çocuğun sana yardım etsin
    .body = Bugün çocuğuna yaşına uygun bir iş ver: kaşıkları masaya götürmek, çorapları çamaşır makinesine atmak, kapıyı senin için itip açmak. Daha yavaş ve daha dağınık olacak, bunda sorun yok. Katılmak, çocuğuna bir şeyler yapabildiğini ve işin içinde olduğunu hissettirir. Bunu sana gururla bakışında ve ardından gelen “Ben yapacağım!” sözünde fark edersin.

spills-are-practice =
    .title = Küçük bir kaza sadece alıştırmadır
    .body = Çocuğun bugün kendi suyunu koyarken döktü mü, ya da kule mi yıkıldı? Hafif bir tonla söyle: “Hop, taştı. Silmek için bir bez getirir misin?” Hata yapmak öğrenmenin bir parçasıdır; utanmadan başarısız olabilen bir çocuk denemeye devam eder. Çocuğun bir dahaki sefere sana korkuyla bakmadan yine kendisi yapmak istediğinde bunu fark edersin.

cheer-the-trying =
    .title = Denemeyi alkışla
    .body = Çocuğun bugün bir basamağa tırmanmak gibi heyecanlı bir şey denerse yakınında kal ve emeğini söze dök: “Hiç pes etmiyorsun, vay be!” Yaslanabileceği birinin olduğunu bilen çocuklar daha çok şeye cesaret eder ve hayal kırıklıklarıyla daha iyi baş eder. Çocuğun başarısız bir denemeden sonra vazgeçmeyip sana bakıp yeniden denediğinde işe yaradığını görürsün.

take-small-fears-seriously =
    .title = Küçük bir korkuyu ciddiye al
    .body = Çocuğun bugün elektrik süpürgesinden, saç kurutma makinesinden ya da havlayan bir köpekten mi ürktü? “Korkacak bir şey yok” yerine “Çok yüksek bir sesti, değil mi, korktun” de. Bir korku kabul edildiğinde çocuğun duyulmak için daha çok ağlamak zorunda kalmaz. Çocuğun daha çabuk teselli olduğunda ve bir süre sonra yeniden merakla baktığında bunu fark edersin.

lend-your-calm =
    .title = Çocuğuna sakinliğini ödünç ver
    .body = Çocuğun bugün tamamen kendini kaybederse önce sen onun hizasına çömel, yavaşça nefes ver ve her zamankinden daha alçak sesle konuş. Büyük duyguları frenleyen beyin bölümü küçük bir çocukta hâlâ yapım aşamasındadır; bu yüzden çocuğun senin sakinliğini ödünç alır. Çocuğunun nefesi yavaşladığında ve minik bedeni sana yaslandığında bunu fark edersin.

stop-the-hit-not-the-feeling =
    .title = Vurmayı durdur, duyguyu değil
    .body = Çocuğun bugün hayal kırıklığından vurur ya da ısırırsa, elini sakince tut ve de ki: “Vurmana izin vermeyeceğim. Küreğin elinden alındığı için kızgınsın.” Sınır ve anlayış birbiriyle gayet iyi gider, çünkü zor davranışın ardında neredeyse her zaman görülmek isteyen bir duygu vardır. Çocuğun durdurulduktan sonra kavgaya devam etmek yerine sana geldiğinde işe yaradığını görürsün.

narrate-what-you-do-together =
    .title = Birlikte yaptıklarınızı anlat
    .body = Bugün birlikte bir iş yaparken sakin bir spiker gibi anlat: “Elmayı kesiyorum. Sen kâseyi tutuyorsun. Şimdi kabuklar çöpe gidiyor.” Böylece çocuğun birçok kelimeyi tam da ne anlama geldiklerini gördüğü anda duyar ve kendini işin içinde hisseder. Çocuğun bir kelimeyi tekrar etmeye çalıştığında ya da senin söylediğin şeyi parmağıyla gösterdiğinde bunu fark edersin.

knee-ride-with-a-drop =
    .title = Heyecanlı bir düşüşle diz tekerlemesi
    .body = Bugün çocuğun dizlerindeyken bir at binme tekerlemesi söyle ve sonunda onu bacaklarının arasına doğru ‘düşür’. Düşüşten hemen önce biraz bekle. Sonu tanıdık olan heyecanlı an, çocuğuna onu her zaman yakalayacağını hissettirir. Çocuğun düşüşten önce çığlık çığlığa gülmeye başladığında ve bir hareket ya da sesle bir tur daha istediğinde bunu fark edersin.

mirror-faces =
    .title = Aynanın karşısında surat yapmak
    .body = Birlikte aynanın karşısına oturun ve sırayla surat yapın: şaşkın, mutlu, kızgın, üzgün. Ne yaptığını söyle: “Bak, şimdi kızgınım! Şimdi yine mutluyum.” Böylece çocuğun, duyguların hem kendi yüzünde hem seninkinde neye benzediğini oynayarak çalışır. Çocuğun seni taklit ettiğinde, kendisi komik bir surat yaptığında ve gülerek sana baktığında işe yaradığını görürsün.

rough-and-tumble-stop =
    .title = Boğuşma oyunu ve ‘dur’ deyince durmak
    .body = Bugün yatakta ya da kanepede biraz boğuşun ya da gıdıklaşın; çocuğun “dur” dediğinde, seni ittiğinde ya da döndüğünde hemen dur. Sonra yeniden isteyene kadar bekle. Birlikte gülmek ve dokunmak bağı güçlendirir; çocuğun da kendi bedeni hakkında söz sahibi olduğunu öğrenir. Çocuğun devam etmek için yeniden sana doğru emeklediğinde bunu fark edersin.

morning-cuddle =
    .title = Kalkarken bir sarılma anı
    .body = Güne kalkmadan önce birkaç dakika sarılarak başla: birlikte bir battaniyenin altında ya da çocuğun kanepede sana sokulmuş. Sakin dokunuş vücutta bağınızı güçlendiren oksitosini açığa çıkarır. Çocuğun gevşediğinde, sana sokulduğunda ya da yarın bunu kendisi istemeye geldiğinde bunu fark edersin.

ten-minutes-following =
    .title = Oyunda on dakika onu takip et
    .body = Bugün on dakika, yönetimin çocuğunda olduğu bir oyun oyna. Onun yaptığını taklit et, gördüğünü söyle ve bir şey öğretme ya da ‘doğru oynama’ düşüncesini bir süre bırak. Yönlendirmek yerine takip etmek, çocuğuna kendi ilgisini çeken şeyin önemli olduğunu gösterir. Çocuğun sana daha sık baktığında, sana bir şey uzattığında ya da oyunda her zamankinden uzun kaldığında işe yaradığını görürsün.

answer-every-look =
    .title = Her ‘bak!’a karşılık ver
    .body = Bugün çocuğunun küçük davetlerine dikkat et: bir şeyi gösteren minik parmak, bir “bak!”, eline tutuşturulan bir taş. Kısa da olsa karşılık ver: “Vay, bir taş! Benim için mi?” Böyle küçük cevaplar çocuğuna temas aramaya değdiğini söyler. Çocuğun sana bir şeyler göstermeye daha sık geldiğinde ve tepkini bekleyen gözlerle baktığında bunu fark edersin.

strangers-from-your-lap =
    .title = Misafir önce güvenli bir mesafeden gelsin
    .body = Bugün çocuğunun henüz pek tanımadığı biri ziyarete gelirse, çocuğunu hemen ona verme. Önce senin kucağından izlesin ve ne zaman yaklaşmak istediğine kendisi karar versin. Bu yaşta yabancılardan çekinmek olağandır ve çocuğunun kimin yanında güvende olduğunu bildiğini gösterir. Bir süre sonra çocuğun gülümsediğinde ya da misafire bir şey uzattığında işe yaradığını görürsün.

say-when-you-leave-the-room =
    .title = Odadan çıkarken söyle
    .body = Bugün kısa bir süre mutfağa ya da tuvalete gidiyorsan kısaca söyle: “Mutfağa gidiyorum, hemen dönerim.” Sonra gerçekten geri gel, neşeli bir “İşte yine buradayım!” ile. İyi biten küçük vedalaşmalar çocuğuna, gittiğinde geri geldiğini öğretir. Sen kısa bir süre gözden kaybolduğunda çocuğun daha az paniğe kapıldığında bunu fark edersin.

quiet-hour-after-a-busy-day =
    .title = Yoğun bir günün ardından sakin bir saat
    .body = Bugün bir doğum günü, alışveriş ya da birçok yeni yüzle yoğun mu geçti? O zaman sakin bir saat planla: ışıklar biraz daha loş, televizyon kapalı, birlikte küp dizmek ya da banyo gibi basit bir şey. Çok fazla izlenim, keyif alsa bile küçük bir çocuğu boğabilir. Mızırdanma azaldığında ve çocuğun sakince oyuna daldığında ya da daha kolay uykuya daldığında bunu fark edersin.

show-me-again =
    .title = “Henüz anlamadım, bir daha göster”
    .body = Çocuğun bugün ne istediğini anlamadığın için sinirleniyor mu? Dürüstçe söyle: “Henüz anlamadım. Bana gösterir misin?” ve peşinden git. Arada birbirini anlayamamak çok olağandır; ne demek istendiğini birlikte yeniden aramak bağı aslında güçlendirir. Çocuğun seni elinden tutup peşinden sürüklediğinde ve sen anlayınca rahatladığında bunu fark edersin.

reconnect-after-no =
    .title = Bir ‘hayır’dan sonra yeniden bağ kur
    .body = Bugün ‘hayır’ dedin ve çocuğun çok mu üzüldü? Hayırında dur, ama birkaç dakika sonra yeniden temas kur: kolunu çocuğuna dola ve “Bu hiç hoşuna gitmedi, değil mi? Ben hâlâ buradayım” de. Ardından yeniden bağ kurulduğu sürece sınır ve sıcak bir bağ gayet iyi bir arada olur. Çocuğun sarılmana izin verdiğinde ve küslük sandığından çabuk unutulduğunda bunu fark edersin.

walk-at-toddler-pace =
    .title = Küçük çocuk hızında yürü
    .body = Bugün temposunu çocuğunun belirlediği kısa bir yürüyüş yap. Her taşta, her salyangozda ve her rögar kapağında dur ve gerçekten onunla birlikte bak: “Ne buldun?” Sen çocuğunun hızına yavaşladığında, ilgisini çeken şeylerde görüldüğünü hisseder. Çocuğun seni elinden çekip bir sonraki keşfe götürdüğünde bunu fark edersin.

echo-and-add-a-word =
    .title = Kelimeyi tekrarla ve büyüt
    .body = Çocuğun bugün “araba” ya da “ıyy” gibi bir kelime ya da ses söylerse, neşeyle tekrarla ve biraz genişlet: “Evet, bir araba! Mavi bir araba.” Böylece çocuğun onu dinlediğini duyar ve karşılığında bir adım daha fazla dil alır. Çocuğun kelimeleri sende daha sık denediğinde ve bunu yaparken sana beklentiyle baktığında bunu fark edersin.

a-piece-of-home =
    .title = Yanına evden bir parça ver
    .body = Bugün çocuğun kreşe ya da bakıcıya tanıdık bir peluş, bir tülbent ya da evden bir fotoğraf götürsün. Ev kokan bir şey seninle diğer yer arasında bir köprü kurar. Bakıcıyla bunun her zaman elinin altında durabileceği konusunda anlaş. Çocuğun vedalaşırken ya da uyumadan önce ona uzandığında ve ardından daha çabuk sakinleştiğinde bunu fark edersin.

talk-about-other-carers =
    .title = Evde diğer bakım verenlerden söz et
    .body = Bugün evde kreşteki bakıcının, bakıcının ya da bir büyükanne veya büyükbabanın adını an; istersen birlikte bir fotoğrafa bakın: “Yarın yine Ayşe’ye gidiyorsun.” Böylece çocuğunun yanında kendini güvende hissettiği insanlar da tek, tanıdık bir dünyanın parçası olur. Çocuğun adı duyunca canlandığında, fotoğrafı gösterdiğinde ya da adı kendisi söylemeye çalıştığında bunu fark edersin.

say-exactly-what-you-liked =
    .title = Neyi beğendiğini tam olarak söyle
    .body = Bugün çocuğunu birkaç kez, gördüğün şeyi tam olarak söyleyerek öv: “Ayakkabını kendin getirdin!” ya da “Kediyi ne kadar nazik okşadın.” Somut bir övgü, hızlıca söylenmiş bir ‘aferin’den çok daha fazla, gerçekten baktığını gösterir. Çocuğun ışıl ışıl olduğunda, bunu bir kez daha yaptığında ya da göstermek için gururla yanına geldiğinde işe yaradığını görürsün.

comfort-does-not-spoil =
    .title = Teselli etmek şımartmaz
    .body = Teselli etmenin çocuğu şımarttığını duyduğun oluyor mu? Bunu gönül rahatlığıyla bir kenara bırakabilirsin. Çocuğun bugün küçük bir şey için ağlarsa yine de bir sarılma ya da teselli edici bir söz için yanına git. Teselliye güvenebilen çocuklar tam da bu sayede daha bağımsız olur. Çocuğun teselliden sonra kendiliğinden yeniden senden uzaklaşıp oynamaya devam ettiğinde bunu fark edersin.

night-call-short-visit =
    .title = Geceleri ona ‘buradayım’ de
    .body = Çocuğun bu gece seslenir ya da ağlarsa, kısa da olsa git bak: sırtına bir el, yumuşak bir “Buradayım, yeniden uyuyabilirsin.” Birinin geleceğini bilmek, çocuğunun kendini geceye bırakmasını kolaylaştırır. Böyle kısa bir ziyaretten sonra çocuğun daha çabuk uykuya daldığında ya da daha seyrek tamamen altüst olduğunda bunu fark edersin.

tell-them-how-you-feel =
    .title = Çocuğuna nasıl hissettiğini anlat
    .body = Bugün yorgun, aceleci ya da huysuzsan, bunu basit kelimelerle söyle: “Biraz yorgunum, o yüzden alçak sesle konuşuyorum. Senin yüzünden değil.” Çocuğun ruh hâlini zaten sezer; bir ad konunca davranışın kafa karıştırıcı olmaktan çıkar, anlaşılır olur. Çocuğun sakin kaldığında ya da belki sana bir sarılma getirdiğinde bunu fark edersin.

see-what-they-dare =
    .title = Çocuğunun neye cesaret ettiğine bak
    .body = Bugün çocuğunun artık neleri yapmaya cesaret ettiğine dikkat et: yeni bir tırmanma aleti, başka bir çocuğa bakmak, bir süre sensiz başka bir odada oynamak. Bu cesaret, her gün birlikte kurduğunuz güvenin üzerinde büyür. Bunu sesli de söyle: “Ne çok şeye cesaret ediyorsun artık!” Bunu karşılığında gelen gururlu bakışta, belki de sonraki küçük adımda görürsün.

retell-the-day =
    .title = Yatarken günü yeniden anlat
    .body = Bu akşam çocuğunu yatırırken günün nasıl geçtiğini birkaç cümleyle anlat: “Oyun parkına gittik. Merdivenden düştün ve ağladın. Sonra sarıldık ve yine kaydıraktan kaydın.” Sonu iyi biten bir hikâye, çocuğunun günü ve içindeki duyguları düzene koymasına yardım eder. Çocuğun sessizce dinlediğinde, başını salladığında ya da kendisi bir parça eklediğinde bunu fark edersin.

comfort-the-teddy =
    .title = Oyuncak ayıyı birlikte teselli edin
    .body = Bugün bir peluş ya da oyuncak bebek al ve onu ‘düşür’ ya da ‘üzgün’ yap. Çocuğuna sor: “Eyvah, ayıcık ağlıyor. Ayıcığın neye ihtiyacı var?” Oyunda çocuğun, kendisi nasıl teselli ediliyorsa öyle teselli etmeyi çalışır. Çocuğun ayıyı okşadığında, salladığında ya da öptüğünde, belki de senin teselli sözlerini kullandığında işe yaradığını görürsün.

good-enough-really-is =
    .title = Yeterince iyi gerçekten yeterli
    .body = Bu akşam kendine bugün yeterince iyi geçen bir anı söyle: bir beslenme, bir sarılma, bir bakış. En güzel an değil, sıradan bir an. Çocuğunun kusursuz bir ebeveyne değil, yeterince sık yanında olan ve bir aksaklıktan sonra geri dönen birine ihtiyacı var. Yarına biraz daha sakin bakabildiğinde bunu fark edersin.

missed-it-come-back =
    .title = Bir şey mi kaçırdın? Sadece geri dön
    .body = Bugün duştayken, yemek yaparken ya da sadece görmediğin için bir işareti mi kaçırdın? O zaman çocuğunun yanına git, göz göze gel ve yumuşakça söyle: “Buradayım.” Birbirini kaçırmak her ilişkide sık sık olur; güveni kuran da tam olarak geri dönmektir. Çocuğun sana baktığında ve minik bedeni gevşediğinde işe yaradığını görürsün.

one-moment-without-the-phone =
    .title = Telefonsuz tek bir an
    .body = Bugün beslenme, banyo ya da masada yemek gibi sabit bir an seç ve o süre boyunca telefonunu başka bir odaya bırak. Çocuğun, yakında olan biriyle gerçekten orada olan biri arasındaki farkı hisseder. Bunu daha çok göz temasında, yoksa kaçıracağın bir gülümsemede ya da seslerle ve kelimelerle küçük bir sohbette fark edersin.

four-s-as-a-compass =
    .title = Pusula olarak dört S
    .body = Bugün zor bir anda Siegel’in dört S’sini düşün: Safe (güvende), Seen (görülmüş), Soothed (teselli edilmiş); bu üçü birlikte çocuğunu Secure (güvende ve korunmuş) hissettirir. Kendine tek bir şey sor: ilk üçünden hangisini şu an verebilirim? Bu tek soru, kargaşanın içinde sonraki adımı bulmana yardım eder. Daha az tereddüt ettiğinde ve çocuğun yanında daha çabuk sakinleştiğinde bunu fark edersin.

safe-comes-first =
    .title = Önce güvenlik, sonra gerisi
    .body = Çocuğun bugün çok üzgünse, önce kendini güvende hissetmesini sağla: kucağına al ya da yakınına gel, gürültüden uzaklaş, sesin alçak ve sakin olsun. Açıklamak, çözmek ve toparlamak sonra gelir, çünkü Siegel’in dört S’sinin ilki olan bu güvenlik duygusu olmadan bir çocuk başka hiçbir şeyi pek alamaz. Ağlama panikten daha yumuşak hıçkırıklara dönüştüğünde bunu fark edersin.

your-own-soothing-signature =
    .title = Kendine özgü teselli hareketini bul
    .body = Sana uyan bir teselli yolu seç ve bugün her seferinde onu kullan: aynı sallanma, aynı yumuşak mırıltı, aynı sözler. Siegel’in dört S’sinden ‘Soothed’, yani teselli edilmek, hareket tanıdık olduğunda daha çabuk olur, çünkü çocuğunun bedeni bir süre sonra onu tanır. Çocuğun senin mırıltını duyar duymaz biraz sakinleşmeye başladığında bunu fark edersin.

look-behind-the-behaviour =
    .title = Davranışın ardına bak
    .body = Çocuğun bugün belirgin bir sebep yokken ağlıyor, mızırdanıyor ya da surat mı asıyor? O zaman altında ne olabileceğini bir düşün: yorgunluk, açlık, fazla kalabalık ya da sadece seni özlemek. Hemen doğru tahmin etmen gerekmiyor, çünkü birinin neler olduğunu gerçekten anlamaya çalıştığını fark eden çocuk kendini görülmüş hisseder. Doğru yolda olduğunda küçük bir gevşemeyi fark edersin.

light-up-when-you-meet =
    .title = Çocuğunu yeniden görünce yüzün aydınlansın
    .body = Bugün her kavuşmada, bir uykudan sonra ya da eve geldiğinde, sevindiğini yüzünde gerçekten göster: parlayan gözler, sıcak bir “Hey, işte buradasın!” Böylece çocuğun, hiç söze gerek kalmadan, olduğu gibi hoş karşılandığını hisseder. Bunu karşılık gelen bir gülümsemede, tekmeleyen bacaklarda ya da sana uzanan kollarda fark edersin.

cross-one-thing-off =
    .title = Bugün listenden bir şeyi sil
    .body = Bugünkü listene bak ve bir şeyi sil ya da birinden birini üstlenmesini iste: bir tencere çorba, bir alışveriş, bir saatlik bakıcılık. Stres ve yorgunluk herkesin sakin ve uyumlu karşılık vermesini zorlaştırır; yani yükünü hafifletmek de çocuğuna bakmanın bir parçasıdır. Günün sonunda biraz daha fazla sabrın kaldığında bunu fark edersin.

worries-shared =
    .title = Kaygıları tek başına taşımak zorunda değilsin
    .body = Para, iş, ilişkin ya da sağlığınla ilgili kaygıların mı var? Consultatiebureau’ya (çocuk sağlığı merkezine) bir sonraki gidişinde ya da aile hekimine bundan söz et; seninle birlikte yardım yollarını düşünebilirler. Süren kaygılar çocuğun için orada olmayı zorlaştırır; onlarla ilgilenmek de iyi bakımın bir parçasıdır. Biri seninle birlikte baktığı için yükün hafiflediğinde bunu fark edersin.

half-an-hour-for-you =
    .title = Kendine yarım saat
    .body = Bugün güvendiğin birinden yarım saatliğine çocuğuna bakmasını iste: partnerin varsa o, bir büyükanne ya da büyükbaba, bir komşu ya da bir arkadaş. Uzan, yürüyüşe çık ya da sessizce bir çay iç. Dinlenmiş bir yetişkin sabrı ve sıcaklığı çok daha kolay bulur. Ardından çocuğuna daha taze gözlerle baktığında bunu fark edersin.

three-slow-breaths =
    .title = Üç kez yavaşça nefes ver
    .body = Çocuğun bugün ağlarken içinde gerginliğin yükseldiğini hissedersen, karşılık vermeden önce üç kez yavaşça nefes ver; bu sadece birkaç saniye sürer. Küçük bir stres sistemi yanındaki yetişkininkine ayak uydurur; tekrar tekrar birlikte sakinleşmek, çocuğunun ileride kendi kendine sakinleşmeyi öğrenmesine yardım eder. Çocuğun kollarında daha çabuk sakinleştiğinde bunu fark edersin.

every-comfort-builds-the-brain =
    .title = Her teselli beynin gelişimine katkıdır
    .body = Bugün çocuğunu her zamanki gibi teselli et, ama bir kez bunu bilinçli olarak fark et. Korkunca beden stres hormonu kortizol üretir; senin yakınlığın onu yeniden düşürür. Bunu sık sık birlikte yaptıkça, ileride duygularla ve başkalarıyla ilişkilerde yardım eden beyin bölgeleri büyür. Çocuğun teselliden sonra yeniden sakince etrafına baktığında işe yaradığını görürsün.

in-doubt-ask-early =
    .title = Emin değil misin? Erkenden sor
    .body = Çocuğunu ‘okuyamadığını’ sık sık mı hissediyorsun, ya da çocuğun çok kaygılı, hep tetikte veya tam tersine sessiz ve içine kapanık mı? Emin olmasan bile consultatiebureau (JGZ, çocuk sağlığı merkezi) ya da aile hekimin ile konuş. Erken yardım istemek özenin işaretidir ve yardımcı olabilecek çok şey var. Görüşmeden sonra ne yapabileceğini ya da neyi bırakabileceğini bildiğinde bunu fark edersin.

low-or-numb-tell-someone =
    .title = Pek bir şey hissetmiyor ya da hep kederli misin?
    .body = Bir süredir çocuğuna karşı pek bir şey hissetmiyor musun; sık sık kederli, sinirli ya da kaygılı mısın, ya da çocuğun uyurken bile uyuyamıyor musun? Bugün bunu güvendiğin birine anlat ve aile hekiminden ya da consultatiebureau’dan (çocuk sağlığı merkezinden) randevu al. Bu nadiren birinin suçudur ve doğru yardımla çoğu zaman hafifler. İlk görüşme bile biraz nefes aldırdığında bunu fark edersin.

answer-a-look-with-a-smile =
    .title = Bir bakışa gülümsemeyle karşılık ver
    .body = Bugün çocuğunun sana baktığı, kolunu uzattığı ya da sana küçük bir ses çıkardığı anlara dikkat et. Odanın öbür ucundan bile olsa bir gülümseme, bir baş sallama ya da bir sözle karşılık ver. Böylece çocuğun temas aramanın karşılıksız kalmadığını fark eder. Çocuğun bakışını daha sık aradığında ve daha uzun tuttuğunda işe yaradığını görürsün.

more-or-enough-for-now =
    .title = ‘Daha!’ ve ‘şimdilik yeter’ işaretlerini oku
    .body = Bugün oynarken ya da bakım sırasında çocuğunun işaretlerine bak. Başka yere bakmak, esnemek, dönmek ya da tersine aşırı hareketlenmek çoğu zaman ‘şimdilik yeter’ demektir; sana bakmak, gülümsemek ve sana doğru gelmek ise ‘daha!’ demektir. Bu işaretlere uyum sağlamak, çocuğuna olan bitene etkisi olduğunu hissettirir. Birlikte geçirdiğiniz zaman daha uzun süre keyifli kaldığında bunu fark edersin.

same-words-same-moments =
    .title = Sabit anlarda aynı sözler
    .body = Her gün tekrar eden üç an için sabit bir cümle seç ve bugün her seferinde onu kullan: “Temiz bez zamanı”, “Yemek yiyoruz”, “İyi uykular, birazdan görüşürüz.” Tanıdık sözler günü öngörülebilir kılar; öngörülebilir olan da güvenli hissettirir. Bir süre sonra çocuğun cümlenin kendisine tepki verdiğinde, örneğin sakince yattığında ya da masaya baktığında bunu fark edersin.

one-anchor-on-a-messy-day =
    .title = Karışık bir günde tek bir çapa tut
    .body = Bugün iş, hastalık, misafir ya da düpedüz kargaşa yüzünden her şey birbirine mi girdi? O zaman uyku şarkısı ya da yemekten sonraki sarılma gibi tek bir sabit çapayı koru. Bir çocuk, bir şey aynı kaldığında günün ve senin ruh hâlinin iniş çıkışlarıyla daha iyi baş eder. Çocuğun o tanıdık anda gözle görülür şekilde sakinleştiğinde bunu fark edersin.

five-minutes-of-just-being =
    .title = Beş dakika sadece orada ol
    .body = Bugün beş dakika hiçbir şey istemeden çocuğunun yanına otur ya da uzan: toplamak yok, yönlendirmek yok, ekran yok. Sadece çocuğunun ne yaptığına bak. Gündemsiz orada olmak çoğu zaman bir oyuncaktan daha değerlidir, çünkü çocuğun o zaman senin tüm dikkatini hisseder. Çocuğun bir bakışla, bir sesle ya da bir elle seni aradığında ve sen de biraz sakinleştiğinde bunu fark edersin.

a-bad-day-breaks-nothing =
    .title = Kötü bir gün hiçbir şeyi bozmaz
    .body = Bugün hem çocuğun hem senin için ağlama, telaş ve az sabırla dolu bir gün müydü? O zaman günü küçük bir hareketle kapat: sırtına bir el, bir şarkı, yumuşak bir “Yarın yine deneriz.” Bağ, tek bir kusursuz günle değil, ortalamada yeterli ilgiyle birçok gün içinde büyür. Bugüne biraz daha şefkatle bakabildiğinde bunu fark edersin.

your-child-knows-you =
    .title = Çocuğun seni tanıyor, o resmi değil
    .body = Bugün kendini internette, ailede ya da bir doğum gününde başka ebeveynlerle mi karşılaştırıyorsun? Bu karşılaştırmayı bilerek bir kenara koy; örneğin bir uygulamayı bir gün boyunca açma. Çocuğunun ideal bir resme değil, kendine özgü hâlinle sana ihtiyacı var. Birlikte geçirdiğiniz kendi anlarınıza daha çok keyifle baktığında bunu fark edersin.

count-your-comebacks =
    .title = Bugün onarım anlarını say
    .body = Bugün ters gidenlere değil, geri döndüğün anlara dikkat et: çocuğunu sonunda yine de kucağına aldın, bir işareti geç de olsa gördün, kızgın bir bakışı telafi ettin. Bir aksaklıktan sonra yapılan böyle bir onarım bir hatayı yamamak değil, güvenli bir bağın tam olarak büyüme biçimidir. Günün sonunda sandığından daha fazla onarım gördüğünde bunu fark edersin.

write-down-one-moment =
    .title = Küçük bir anı yaz
    .body = Bugün çocuğunun sende destek bulduğu küçük bir anı yaz: bir teselli, bir oyun, tanıyan bir bakış. Böyle sıradan anlar birikerek özgüvene, dayanıklılığa ve ileride arkadaşlık kurabilme becerisine dönüşür. Yeniden okuduğunda, ağır gelen günlerde bile ne kadar çok şey verdiğini gördüğünde bunu fark edersin.

what-you-do-matters =
    .title = Çocuğuna göster: yaptığı şey fark yaratır
    .body = Bugün çocuğunun belli bir sesi, bir mızırdanması ya da uzattığı bir el gibi bir işaretini seç ve her seferinde ona karşılık ver. Böylece çocuğun kendisinin bir şeyleri harekete geçirebildiğini keşfeder; bu da özgüvenin erken yapı taşlarından biridir. Çocuğun bu işareti sana bakarak daha sık ve daha bilinçli kullandığında bunu fark edersin.

fill-your-own-tank =
    .title = Kendi deponu da doldur
    .body = Bugün bir sonraki beslenmeye, yemeğe ya da banyoya başlamadan önce bir bardak su iç ve doyurucu bir şey ye. Küçük bir şey gibi görünür, ama açken, susamışken ya da depon boşken sabır göstermek çok daha zordur; yani kendine bakmak da çocuğuna bakmanın bir parçasıdır. Bir sonraki ağlama anını biraz daha sakin karşıladığında bunu fark edersin.

who-to-call-when-its-too-much =
    .title = Her şey fazla gelince kimi ararsın?
    .body = Bugün her şey fazla geldiğinde kimi arayabileceğini ya da kime mesaj atabileceğini düşün ve o kişiye de söyle: “Zor durumda kalırsam seni arayabilir miyim?” Yardım istemek bir güçtür ve her şeyi tek başına taşımak zorunda olmayan yetişkinler çocuğa iyi gelir. Zor bir anda o kişi aklına daha çabuk geldiğinde ve ulaşmak daha kolay hissettirdiğinde bunu fark edersin.

too-much-put-them-down-safely =
    .title = Fazla mı geldi? Çocuğunu güvenle yatır
    .body = Ağlama yüzünden gerginliğin öfkelenecek ya da çaresiz hissedecek kadar yükseldi mi? O zaman çocuğunu yatağında ya da oyun parkında güvenle bırak, birkaç dakika odadan çık ve sakince nefes al. Kısa bir süre uzaklaşmak sorumlu bir davranıştır ve ikinizi de korur. Biraz sakinleşince geri dön; olmuyorsa birini ara. Çocuğunu yeniden sakince kucağına alabildiğinde bunu fark edersin.
