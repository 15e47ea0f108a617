# Günlük ipuçları: assets/tips.toml içindeki her ipucu kimliği için bir mesaj; .title (en fazla
# 60 karakter) ve .body (en fazla 400 karakter) içerir.


bump-hello-voice =
    .title = Bugün karındaki bebeğe merhaba de
    .body = Bugün ne yaptığını karındaki bebeğe sesli anlat; yemek yaparken birkaç cümle bile yeter. Sesin ona boğuk ulaşır ve böylece doğumdan sonrası için tanıdık bir ses olur. Bebeği taşıyan sen değilsen yakınına otur, elini karnın üstüne koy. Konuşmak sandığın kadar tuhaf gelmiyorsa ya da konuşurken bir kıpırtı hissediyorsan, bağ çoktan kurulmaya başlamış demektir.

bump-lullaby-choice =
    .title = Bebeğinle ikiniz için tek bir şarkı seç
    .body = Bugün önümüzdeki haftalarda sık sık söyleyeceğin ya da mırıldanacağın tek bir şarkı seç: bir ninni ya da sadece sevdiğin bir şarkı. Tekrar, bir melodiyi tanıdık kılar; böylece doğumdan sonra bebeğini teselli etmek için elinde hemen bildik bir şey olur. Falsolu söylemek sorun değil; önemli olan melodi değil, senin sesin.

support-circle-names =
    .title = Yardım edebilecek üç kişiyi yaz
    .body = Bugün, doğumdan sonra pratik bir şey isteyebileceğin üç kişinin adını yaz: bir yemek, alışveriş, bir makine çamaşır ya da sen uyurken bebekle bir saat. Dinlenmiş ebeveynler bebeklerine sakin karşılık vermek için daha çok alan bulur; yardım istemek de bir güçtür. Listeyi buzdolabına as, sonra aklında tutmak zorunda kalmazsın.

love-grows-slowly =
    .title = Sevgi yavaş yavaş da büyüyebilir
    .body = Bugün kendine ya da güvendiğin birine şunu söyle: “Belki o büyük sevgiyi hemen hissetmeyeceğim ve bunda bir sorun yok.” Birçok ebeveynde bağ ancak doğumdan sonraki ilk haftalarda büyür; daha yavaş olursa bu nadiren birinin suçudur. Bu cümleyi ileride, zor bir gecede kendine yeniden söyleyebilirsin.

skin-to-skin-birth-plan =
    .title = Ten tene teması doğum planına yaz
    .body = Bugün doğum planına yaz ya da doğumda sana eşlik edecek kişiye söyle: doğumdan sonra bebeğinin çıplak olarak çıplak göğsüne konmasını istiyorsun. Bu temas bebeğinin vücut ısısını, kalp atışını ve stresini dengelemesine yardım eder. Doğumu yapan ebeveyn bunu yapamazsa, uyanık ve dikkatli olduğu sürece başka biri yapabilir. Doğum günü geldiğinde bir kez daha hatırlat.

rest-half-hour =
    .title = Bugün yarım saat hiçbir şey yapmamayı planla
    .body = Bugün hiçbir şey yapman gerekmeden yarım saat uzanacağın ya da oturacağın bir an seç: liste yok, iş yok. Dinlenmek şu an lüks değil, çünkü tükenmemiş bir ebeveyn ileride daha kolay sabırlı ve yumuşak davranabilir. Omuzların gevşediğinde ve günün geri kalanı biraz daha az telaşlı geçtiğinde işe yaradığını anlarsın.

small-circle-close =
    .title = İlk haftalarda kimin yakında olacağını düşün
    .body = Bugün, ilk haftalarda seninle birlikte bebeğine gerçekten bakacak birkaç kişiyi kararlaştır. Bebek, sık sık yanında olan az sayıda yetişkine bağlanır; bu yüzden küçük ve sabit bir çevre, sürekli değişen birçok elden daha iyidir. Liste sonra büyüyebilir; şimdilik küçük olması yeterli.

bump-hands-hello =
    .title = Karnın üstünde ellerle sakin bir an
    .body = Bu akşam birkaç dakika ellerini karnın üstüne koy ya da partnerin varsa ondan bunu yapmasını iste. Yavaşça hareket et, sakin nefes al ve tatlı bir şey söyle. Böyle düzenli bir dokunma anı, bebeği senin için şimdiden biraz daha gerçek kılar ve gelecek sayısız sarılmanın havasını belirler. Bu anı dört gözle beklemeye başladığında bunu fark edersin.

newborn-signals-preview =
    .title = Yenidoğanın seni nasıl çağırdığını şimdiden öğren
    .body = Bugün bir yenidoğanın yakınlığı nasıl istediğine bir bak: yardım için ağlamak, gözleri aramak, minik elleriyle tutunmak, senin sesinle ya da dokunuşunla sakinleşmek. Bu işaretleri tanırsan, doğumdan sonra onlara daha hızlı ve daha sakin karşılık verebilirsin. Doğumdan sonra birden “Hah, bu o işaretlerden biri” diye düşündüğünde işe yaradığını anlarsın.

calm-breath-practice =
    .title = Sakinleştiren tek bir nefesi çalış
    .body = Bugün birkaç kez aynı nefesi çalış: dörde kadar sayarak al, altıya kadar sayarak ver, omuzlar aşağıda. Yenidoğan kendini henüz sakinleştiremez ve senin sakinliğine yaslanır; bu yüzden kendini sakinleştirmenin tanıdık bir yolu ileride altın değerinde olur. Sonra kucağında ağlayan bir bebek olduğunda bu nefes zaten bedenine yerleşmiş olur.

bump-read-aloud =
    .title = Bir sayfayı sesli oku
    .body = Bugün zaten okuduğun bir şeyden bir sayfayı sesli oku: bir roman, gazete ya da sakladığın bir çocuk kitabı. Önemli olan içerik değil, sesinin ritmi; bu da hem şimdi hem de ileride huzur verir. Hamile olan sen değilsen, bu katılmanın güzel bir yolu. Kendi sevdiğin bir şey seç, böylece devam etmek kolaylaşır.

first-weeks-honest-talk =
    .title = Birine ilk haftaların gerçekte nasıl geçtiğini sor
    .body = Bugün çocuğu olan birine ilk haftaların gerçekte nasıl hissettirdiğini sor, pek güzel olmayan yanlarını da. Doğum hem ebeveynler hem bebek için çok büyük bir geçiştir; yavaş bir başlangıcın gayet olağan olduğunu bilirsen, öyle olduğunda daha az ürkersin. O zaman onlara en çok neyin iyi geldiğini de sor.

money-worry-one-step =
    .title = Şu an taşıdığın bir kaygı için bir adım at
    .body = Bugün aklını kurcalayan bir kaygı seç, örneğin para, iş ya da ev, ve onun için küçük bir adım at: bir liste yap, birini ara ya da aile hekimine veya consultatiebureau’ya (çocuk sağlığı merkezine) nereye başvurabileceğini sor. Kaygılar, ileride bebeğine ayırmak isteyeceğin enerjiyi yer; onlarla uğraşmak da işin bir parçası. Kaygının geri kalanı yarın bir sonraki adım olabilir.

trust-reliable-care =
    .title = Güvenilir olmak, kusursuz olmak demek değil
    .body = Bugün bebeğinin senden basit şeylerde neler bekleyebilmesi gerektiğini düşün: acıkınca yemek, sıcaklık, üzülünce teselli. İlk yılda bebek güveni kusursuz bakımdan değil, tekrar tekrar gelen bakımdan kurar. Bunlardan üçünü yaz, kısa ve yapılabilir olsun; listede “kusursuz” diye bir madde gerekmez.

safe-childhood-memory =
    .title = Çocukken sana kim güven verirdi?
    .body = Bugün çocukken yanında kendini güvende, görülmüş ya da teselli edilmiş hissettiğin birini düşün. Bu kişi tam olarak ne yapardı? Sakin bir ses ya da gerçekten dinlemek gibi küçük şeyleri ileride sen de bebeğine verebilirsin. Öyle biri yoktuysa, bunu nasıl yapmak istediğini şimdi sen seçebilirsin. Yanına almak istediğin bir şeyi seç ve bir yere yaz.

skin-to-skin-front-top =
    .title = Çantaya önden açılan bir üst koy
    .body = Bugün doğum için hazırladığın eşyaların arasına önden açılan bir gömlek ya da hırka koy; biri senin için, partnerin varsa biri de onun için. Böylece doğumdan sonra ve ilk haftalarda ten tene temas kolaylaşır: bebek çıplak olarak göğsünde, üstünde bir battaniye, sen de uyanık ve dikkatlisin. Yanına ince bir battaniye koyarsan her şey hazır olur.

bump-pet-name =
    .title = Bebeğine şimdiden tatlı bir lakap tak
    .body = Bugün bir lakap seç ve karındaki bebekle konuşurken onu hep aynı yumuşak tonla kullan. Bebekler doğumdan sonra bir sesin tınısına ve perdesine, kelimelerin kendisinden bile daha duyarlıdır. Doğumdan sonra aynı lakap aranızdaki ilk köprülerden biri olabilir.

visitors-calm-plan =
    .title = Ziyaretler için sakin bir plan yap
    .body = Bugün ilk haftalarda ziyaretlerin nasıl olmasını istediğini kararlaştır: örneğin kısa ziyaretler, günde en fazla bir tane ve sen yorgunken kapıyı bekleyen biri. Çok fazla kalabalık ve gürültü yenidoğan için stres demektir, senin için de öyle. “Uygun olduğunda haber veririz” gibi nazik bir mesaj gayet yerinde.

clinic-gp-in-phone =
    .title = Telefonuna üç numara kaydet
    .body = Bugün telefonuna üç numara kaydet: aile hekimin (huisarts), akşam, gece ve hafta sonu için nöbetçi aile hekimi (huisartsenpost) ve yakınındaki consultatiebureau (çocuk sağlığı merkezi). Doğumdan sonra her şey ağır gelirse, bağ bir türlü oluşmazsa ya da bebeğin için endişelenirsen erken aramak akıllıcadır. Böylece zor bir anda önce aramak zorunda kalmazsın.

safe-sleep-on-the-back =
    .title = Güvenli uyku: sırtüstü, boş bir yatakta
    .body = Bebeğini bugün ve her seferinde sırtüstü, kendi yatağında uyut; bu yatak senin yatak odanda durabilir. İlk yaş gününe kadar yatağı boş bırak: peluş oyuncak, tülbent, yastık ya da yatak kenar koruması olmasın. İyi oturan bir uyku tulumu bebeğini sıcak tutar. Böylece bebeğin güvenle uyur, sen de biraz daha rahat uyursun.

crying-peaks-then-eases =
    .title = Ağlama altı hafta civarı zirve yapar: ne zaman ara?
    .body = Çoğu bebekte ağlama yaklaşık altı haftaya kadar artar, sonra çoğu zaman azalır. Beklememen gereken durumları bugün öğren: Ağlama her zamankinden farklıysa, bebeğinin ateşi varsa, az içiyorsa, gevşek ya da çok uykulu görünüyorsa aynı gün aile hekimini (huisarts), akşam ve hafta sonu nöbetçi aile hekimini (huisartsenpost) ara. Bir kez fazla aramak, şüpheyle beklemekten iyidir.

skin-to-skin-awake =
    .title = Ten tene temas, sen uyanıkken
    .body = Bugün, kendin uyanık ve dikkatliyken, üzerinde sadece bez olan bebeğini çıplak göğsüne yatır, sırtına bir battaniye ört. Bu temas bebeğinin vücut ısısını, kalp atışını ve stresini dengelemesine yardım eder. Nefesi sakinleştiğinde ve minik bedeni gevşediğinde işe yaradığını görürsün. Uykun mu geliyor? O zaman bebeğini kendi yatağına sırtüstü yatır.

skin-to-skin-every-carer =
    .title = Ten tene temas her bakım veren için
    .body = Bugün ten tene temas sırasını düzenli bakım veren başka birine ver: partnerin varsa ona ya da bebeğine yakın başka birine. Bu sadece doğum yapan ebeveyne özgü değil; güvenilen her yetişkin, uyanık ve dikkatli kaldığı sürece bağın böyle büyüdüğünü hissedebilir.

crying-is-asking =
    .title = Ağlamak yardım istemektir, huysuzluk değil
    .body = Bugün bir sonraki ağlamada içinden şunu söyle: “Yardım istiyorsun.” Yenidoğanın bir şeye ihtiyacı olduğunu anlatmanın başka bir yolu yok ve doğası gereği senin yakınlığını arar. Sorunun ne olduğunu henüz bilmesen de yanına git.

guess-aloud =
    .title = Neler olduğunu sesli tahmin et
    .body = Bugün bebeğin huzursuzsa sesli tahmin et: “Acıktın mı? Yoruldun mu? Ortalık çok mu kalabalık?” Hemen doğru bilmen gerekmiyor; sen arayıp karşılık verdikçe bebeğin, onu dinleyen biri olduğunu fark eder. Bakıma katılan başka biri de aynısını yapabilir; böylece bebeğinizi birlikte tanırsınız.

pregnancy-song-again =
    .title = Hamilelik dönemindeki şarkıyı söyle
    .body = Bugün hamilelik boyunca sık sık duyurduğun şarkıyı söyle ya da mırıldan; yoksa şimdi sabit bir şarkıyla başla. Bebeğin kelimeleri anlamasa da tanıdık bir sesin tınısına ve tonuna güçlü tepki verir. Yavaş ve yumuşak söyle. Kendi çocukluğundan, kendi dilinde bir ninni de aynı derecede iyidir.

grasp-finger =
    .title = Bebeğine tutması için parmağını uzat
    .body = Bugün parmağını bebeğinin avucuna koy ve istediği kadar sıkmasına izin ver. Kavramak ve tutunmak, yenidoğanın ilk günden itibaren yakınlık aramasının yollarından biridir. Biraz otur ve izle. Bebeğin sıkıca tutup sakinleştiğinde bunu fark edersin; belki sen de biraz duygulanırsın.

love-takes-weeks =
    .title = O büyük sevgiyi henüz hissetmemen sorun değil
    .body = O karşı konulmaz sevgiyi henüz hissetmiyor musun? O zaman bugün kendine şunu söyle: “Büyüyor.” Doğum hem senin hem bebeğin için çok büyük bir geçiş; birçok ebeveynde bu duygu ancak birkaç hafta içinde gelir. Bakmaya, kucaklamaya ve konuşmaya devam et. Birkaç hafta sonra hâlâ boşluk ya da hüzün hissediyorsan, bunu consultatiebureau’ya (çocuk sağlığı merkezine) ya da aile hekimine (huisarts) söyle.

ask-one-thing =
    .title = Bugün birinden tek bir şey iste
    .body = Bugün somut bir ricayla tek bir mesaj gönder: “Yarın çorba getirir misin?” ya da “Bir saatliğine gelebilir misin, biraz uyuyayım?” Yorgunluk ve kaygı, bebeğine sakin karşılık vermeyi zorlaştırır; işte tam da o zaman yardım istemek güçlü bir adımdır. Sormak, başkasına da bir şey yapma fırsatı verir.

ordinary-care-trust =
    .title = Sıradan bakım güven inşa eder
    .body = Bugün her beslenmeyi, temiz bezi ve sıcak battaniyeyi bir yapı taşı olarak gör. Bu ilk yılda bebeğin, tekrar tekrar gelen bakım sayesinde dünyaya güvenilebileceğini öğrenir; bunun için olağanüstü bir şey gerekmez. Ara sıra yumuşakça “Buradayım” de. Gece saat üçteki beslenme de buna dahil.

soft-voice-face =
    .title = Bırak yüzün ve sesin işini yapsın
    .body = Bugün birkaç kez bebeğinle yakından konuş; yumuşak, biraz daha ince bir sesle ve açık, güler bir yüzle. Bebekler kelimeleri anlamadan çok önce yüzleri, beden dilini ve ses tonunu okur; senin yüzünü ve sesini de çabucak tanırlar. Bebeğin sana baktığında, durgunlaştığında ya da kollarıyla veya ağzıyla karşılık verdiğinde işe yarıyor demektir.

gentle-order-not-clock =
    .title = Saat çizelgesi değil, sabit bir sıra
    .body = Bugün uyandıktan sonrası için sabit bir sıra seç; örneğin beslenme, bez değiştirme, biraz sarılma ve yeniden uyku, saate bakmadan. Tanıdık bir ritim bebeğinin dünyasını öngörülebilir, dolayısıyla güvenli kılar. Böyle bir sıra, az uyunan bir gecenin ardından senin için de bir tutamak olur.

hand-hug-settle =
    .title = Huzursuz bir bebek için iki sıcak el
    .body = Bebeğin bugün yatağında ya da alt değiştirme masasında huzursuz mu? O zaman sıcak bir elini sakince göğsüne ya da karnına, diğerini başına koy ve yumuşakça konuş. Senin sakin dokunuşun bebeğinin sakinleşmesine yardım eder; bunu sık yaptıkça bebeğin ileride kendi kendine sakinleşmeyi öğrenir. Kolları ve bacakları durgunlaştığında bunu fark edersin.

share-comfort-early-weeks =
    .title = İlk haftalarda teselliyi paylaşabilirsin
    .body = Bugün bir ağlama nöbetini, örneğin yemekten sonraki huzursuz saatte, güvendiğin birine devret ve sen biraz soluklan. İlk haftalarda bebeğinin belirli kişilere karşı henüz güçlü bir tercihi yoktur; sakin ve sevgi dolu başka bir yetişkin de onu avutabilir. Bu belirgin tercih daha sonra gelişir. Sen daha dinlenmiş dönersin, bundan bebeğin de kazançlı çıkar.

small-circle-of-hands =
    .title = Bebeğinin çevresindeki halkayı küçük tut
    .body = Bugün bebeğini kimin kucağına alıp bakacağını bilerek seç: her misafir yerine birkaç sabit kişi. Bebek, sık sık yakınında olan küçük bir grup yetişkine bağlanır ve bu güven en iyi, halka sürekli değişmediğinde büyür. Misafirler bebeği kucağına almadan da bakıp sohbet edebilir.

early-sleepy-signs =
    .title = İlk uyku işaretlerini zamanında gör
    .body = Bugün erken yorgunluk işaretlerine dikkat et: esneme, boşluğa bakma, yüzünü ovuşturma ya da kollarını ve bacaklarını birden kesik kesik oynatma. O zaman ağlama başlamadan bebeğini sakince yatır ya da biraz salla. Böylece bebeğin, verdiği işaretin görüldüğünü öğrenir. Bebeğini sırtüstü, uyku tulumunda, gevşek battaniye ya da peluş oyuncak olmadan yatır.

early-hunger-cues =
    .title = Açlığı ağlama başlamadan tanı
    .body = Bugün erken açlık işaretlerine dikkat et: başını çevirip arama, dudak şapırdatma, elleri ağza götürme. Ağlamayı beklemek yerine o anda emzirerek ya da biberonla beslemeyi öner. Böylece bebeğinin gerçekten verdiği işarete karşılık verirsin; duyarlı karşılık vermenin özü de budur. Beslenmeler daha sakin başladığında bunu fark edersin.

stay-when-crying-continues =
    .title = Ağlama dinmese de yanında kal
    .body = Bebeğin bugün ağlıyor ve hiçbir şey işe yaramıyor mu? Yine de yanında kal: kucağında tut, salla ya da yumuşakça konuş; ağlamanın dinmesi gerekmiyor. Başarısız olmuyorsun: bebeğine bununla yalnız olmadığını hissettiriyorsun ve bu önemli. Ağlama sürse bile, senin kollarında bebeğin yalnız ağlamıyor.

at-your-limit-pause =
    .title = Asla sarsma: bebeğini yatır ve biraz uzaklaş
    .body = Ağlama bugün seni öfkeye ya da çaresizliğe sürüklüyorsa bebeğini asla sarsma, bir anlığına bile: Bebeğin başı buna dayanamaz. Onu kendi yatağına sırtüstü yatır, birkaç dakika başka bir odaya geç ve yavaşça nefes ver. Yardım için birini ara ya da mesaj at. Böyle bir mola iyi bakımdır, yetersizlik değil. Biraz sakinleştiğinde yanına dön.

gentle-leg-massage =
    .title = Banyodan sonra yumuşak bir bacak masajı
    .body = Bugün banyodan sonra bebeğini ılık bir havluya yatır, ellerini ısıt ve her seferinde aynı şekilde uyluktan ayağa doğru yavaşça okşa. Yağ şart değil; kullanacaksan birkaç damla sade, kokusuz yağ yeter, kuruyemiş yağı ya da zeytinyağı asla. Yumuşakça konuş. Bebeğin yüzünü çevirir, ağlar ya da kasılırsa durman yeter; yarın yine denersin. Gevşek, sıcacık bacaklar “bu hoşuma gidiyor” der.

watch-two-minutes =
    .title = İki dakika sadece bebeğini izle
    .body = Bugün bir beslenmeden sonra, bebeğin uyanık ve keyifli bir hâlde minderde yatarken, iki dakika yanına otur ve sadece izle: Elleri, ayakları, minik yüzü ne yapıyor? Gördüğünü yumuşakça söyle: “Parmaklarını geriyorsun.” Gerçekten görüldüğünü hisseden çocuk güvenle büyür; en çok da böyle küçük anlar önemlidir. Belki daha önce fark etmediğin bir şey keşfedersin.

tell-how-it-really-goes =
    .title = Birine işlerin gerçekte nasıl gittiğini anlat
    .body = Bugün bir kişiye nasıl olduğunu dürüstçe anlat, “sandığımdan daha zor” olsa bile. Senin ve bebeğin için aynı anda o kadar çok şey değişiyor ki zorlu bir başlangıç son derece anlaşılır ve bu nadiren birinin suçudur. “Bu benim çocuğum” duygusu çoğu zaman birkaç hafta içinde büyür. Bir uzmanla konuşmayı mı tercih edersin? Consultatiebureau’da (çocuk sağlığı merkezinde) da seni dinlerler.

skin-to-skin-after-bath =
    .title = Banyodan sonra biraz ten tene temas
    .body = Bugün banyodan ya da silip temizledikten sonra, sen uyanık ve dikkatli olduğun sürece bebeğini çıplak olarak çıplak göğsüne yasla, üstüne bir havlu ya da battaniye ört. Ten tene temas doğumdan hemen sonra en güçlüdür, ama bu haftalarda da bağ ve huzur için değerli olmaya devam eder. Bebeğin sıcacık ve gevşemiş hâlde sana yaslandığında bunu fark edersin.

talk-then-pause =
    .title = Konuş, biraz bekle, bebeğin “cevap” versin
    .body = Bugün bebeğinle yakından konuş, gözlerine bak ve sonra sanki cevap bekler gibi biraz dur. Bebeğin kelimeleri henüz anlamaz, ama böylece sesini tanır ve temasın karşılıklı gidip gelmesini hisseder. “Cevap” biraz gecikebilir; yenidoğanlar yavaştır, zaman tanı.

carry-through-fussy-hour =
    .title = Huzursuz bir saatte bebeğini taşı
    .body = Bebeğin bugün huzursuz bir saat mi geçiriyor? O zaman onu dik olarak göğsüne yasla ve evin içinde yavaşça yürü. Sıcaklık, kalp atışın ve adımlarının yumuşak sallantısı ona tutunacak bir şey verir. Taşıma şalı ya da kanguru kullanıyorsan yüzünün açık ve görünür kalmasına dikkat et. Pek çok bebeğin, çoğu zaman akşamları, böyle bir saati olur; bu çok olağandır ve geçer.

night-soft-light =
    .title = Geceleri: loş ışık, az söz
    .body = Bu gece her ağlamada sakince bebeğinin yanına git; ışık loş olsun, birkaç yumuşak söz söyle, sonra onu yeniden yatır. Bebeğin, her zaman birinin geldiğini özellikle geceleri öğrenir ve temel güven bundan büyür. Hızlı ya da kusursuz olması gerekmiyor. Gündüzleri ise ışığı içeri al; bebeğin gece ile gündüzün farkını böyle yavaş yavaş öğrenir.

smile-back-and-wait =
    .title = Gülümseyerek karşılık ver ve biraz bekle
    .body = Bebeğin bugün sana baktığında, belki alt değiştirme minderinde, kısa bir ara ver, kocaman gülümse ve konuşmadan önce birkaç saniye bekle. Odanın öbür ucundan gelen küçük bir ses de bir gülümsemeyi ya da bir kelimeyi hak eder. Yüzün bebeğin için dünyadaki en ilginç şeydir; bu karşılıklılık ilk sohbetinizdir. İlk karşılık gülümsemesi çoğu zaman altı hafta civarında gelir.

coo-back-and-forth =
    .title = Sesli harflerle küçük bir sohbet
    .body = Bugün bebeğinin agulamalarını taklit et, “aaa” ya da “uuu”, sonra bir sessizlik bırak ki sıra yeniden ona geçsin. Böylece bebeğin ses çıkarmanın bir karşılığı olduğunu keşfeder: dinleyen ve cevap veren biri. Bebeğin senin verdiğin aralarda yeniden agulamaya başladığında ya da dikkatle ağzına baktığında bunu fark edersin.

lower-your-voice-when-fussy =
    .title = Huzursuzlukta sesini alçalt
    .body = Bebeğin bugün huzursuzlanırsa sesini alçalt: sanki bir sır söylüyormuşsun gibi daha yavaş, daha pes ve daha yumuşak. Bebekler sesinin nasıl çıktığını çok iyi duyar; sakin bir ton, kelimeleri anlamalarından çok önce “her şey yolunda” der. Bu fısıltı sesi arabada ya da markette de aynı işi görür.

knee-bouncing-rhyme =
    .title = Dizlerinde hoplatmalı bir tekerleme
    .body = Bugün bebeğini dizlerine oturt, koltuk altlarından sıkıca tut ve ritme uygun hafif hoplatmalarla bildiğin bir tekerlemeyi söyle. Sonuna doğru biraz bekle, sonra bebeğini dizlerinin arasına hafifçe kaydır ve hemen yakala. Sonu tanıdık bu heyecanlı an “beni hep yakalarsın” der. Bebeğin küçük bir sesle bir tur daha mı istiyor? O zaman cevabı biliyorsun.

sway-to-a-slow-song =
    .title = Dandini dandini dastana ile sallanın
    .body = Bugün bebeğini kucağına al ve “Dandini dandini dastana” ya da başka sakin bir şarkının ritmine göre yavaşça sağa sola sallan. Sabit ritim ve bu kadar yakından gelen sesin bebeğine tutunacak bir şey verir. Falso yapmak ya da kendi sözlerini uydurmak serbest: önemli olan sensin. Kim bilir, belki bu sizin akşam şarkınız olur.

tummy-circles-massage =
    .title = Karnında yavaş daireler
    .body = Bugün bebeğini ılık bir havluya yatır ve sıcak elinle karnında saat yönünde yavaş daireler çiz. Yağ şart değil; kullanacaksan bir damla sade, kokusuz yağ yeter, kuruyemiş yağı ya da zeytinyağı asla. Yavaş, tekrarlanan hareketler bebeğinin sakinleşmesine yardım eder. Başını çevirir ya da huzursuzlanırsa dur. Derin bir iç çekiş ya da bir esneme “bu çok hoş” demektir.

long-strokes-down-the-back =
    .title = Sırtında uzun okşamalar
    .body = Bebeğin bugün uyanıkken kucağında ya da yanında yüzüstü yatıyorsa, sıcak elinle enseden kalçaya uzun, yavaş hareketlerle okşa. Yağ gerekmez; çıplak tende biraz sade, kokusuz yağ olabilir, asla kuruyemiş yağı ya da zeytinyağı değil. Yavaş ve tahmin edilebilir dokunuş bütün minik bedeni sakinleştirir. Başını kaldırıp uzaklaşır ya da kıpır kıpır olursa, bugünlük bu kadar yeter.

talk-through-the-nappy-change =
    .title = Her bez değişiminde sesli anlat
    .body = Bugün her bez değişiminde sesli olarak anlat: “Önce pantolonu çıkaralım, brr, biraz soğuk. Şimdi de temiz bir bez.” Bebeğin kelimeleri henüz anlamaz, ama sesini duyar, sırada ne olduğunu sezer ve böylece dile alışır. Günde defalarca tekrarlanan bir iş, küçük bir birliktelik anına dönüşür. Söyleyecek söz mü kalmadı? O zaman mırıldan.

say-it-before-you-do-it =
    .title = Önce söyle, sonra yap
    .body = Bugün yapacağın şeyi yapmadan önce söyle: “Seni kaldırıyorum”, “şimdi minik elin kolun içinden geçiyor”. Sonra bir an bekle. Böylece bebeğin hiçbir şeyin birden, durduk yere olmadığını öğrenir; bu da kucağa almayı ve giydirmeyi daha az ürkütücü yapar. Bir süre sonra bebeğinin kendini hazırladığını görebilirsin; örneğin “hoppa” dediğinde kollarını gerer.

guided-tour-on-your-walk =
    .title = Yürüyüşte küçük bir gezi rehberliği
    .body = Bugün dışarıdayken bebeğine yolda karşılaştıklarınızı anlat: “Bak, bir köpek. Otobüsü duyuyor musun?” Kısa tut ve arada sessizlik bırak. Böylece dünyayı bebeğinle paylaşırsın ve sesin bütün yeni şeylerin arasında tanıdık bir dayanak olur. Konuşacak hâlin yok mu? Birlikte bakmak ve arada bir bir şeyi göstermek de yeter.

one-little-book-every-day =
    .title = Her gün bir küçük kitap
    .body = Bugün sağlam bir resimli kitap al ve bebeğin neyi anlattığından habersiz olsa da sesli oku. Önemli olan sesinin melodisi ve birbirinize sokulmuş oturmanız. Yarın aynı kitabı yeniden okuyabilirsin: tekrar iyi gelir. Bebeğin ilk cümlede sessizleştiğinde ya da resimlerden sana, sonra yeniden resimlere baktığında işe yarıyor demektir.

bold-black-and-white-pictures =
    .title = Siyah beyaz resimlere bakmak
    .body = Bugün belirgin siyah beyaz resimleri olan bir kitabı bebeğine, beslenme sırasında yüzünün ona olan uzaklığı kadar yakın tut ve sayfalarda ne olduğunu yumuşakça anlat. Küçük bebekler güçlü zıtlıkları en iyi görür; senin sesin de bunu birlikte geçirilen bir ana dönüştürür. Başka yere bakarsa bu bir moladır. Gözünü dikip sessizleşmesi ilgisini çektiğini gösterir.

read-your-own-book-aloud =
    .title = Kendi kitabından sesli oku
    .body = Kendin bir şey okumak mı istiyorsun? O zaman bugün bebeğin kucağındayken birkaç sayfa sesli oku: romanından, bir dergiden ya da bir tariften. Bebeğin için önemli olan hikâye değil, sesinin ritmi. Sen de kendine küçük bir an ayırmış olursun. Başka bir bakım veren de bunu kendi sevdiği kitapla yapabilir.

three-steps-before-sleep =
    .title = Uykudan önce üç sabit adım
    .body = Bugün bundan sonra her uykudan önce yapacağın üç küçük adım seç, örneğin: perdeler kapanır, uyku tulumu giyilir, bir şarkı söylenir. Aynı sıra bebeğine sırada ne olduğunu anlatır; öngörülebilir bir dünya da güvenli hissettirir. Dakikası dakikasına olması gerekmiyor ve bebeğini yatıran herkes aynı şekilde yapabilir. İleride bir kitap ya da diş fırçalama da eklenebilir; sıra aynı kalır.

a-familiar-feeding-spot =
    .title = Beslenme için sabit bir köşe
    .body = Bugün bebeğini olabildiğince aynı sakin köşede ve aynı pozisyonda besle; telefonun bir süre uzanamayacağın yerde olsun. Tanıdık anlar bebeğine tutunacak bir şey verir: burada karnım doyar ve bana ilgi gösterilir. Her seferinde olmuyor mu? Hiç sorun değil. Biberonla besleniyorsa, her düzenli bakım veren aynı köşeyi kullanabilir.

the-same-good-morning =
    .title = Her sabah aynı “günaydın”
    .body = Bugün bebeğin her uyandığında onu hep aynı şekilde selamla: perde açılır, “Günaydın, işte buradasın!” ve bir sarılma. Böyle küçük, sabit bir ritüel günün başlangıcını tanıdık ve sıcak kılar. Sabah kim kalkarsa (sen, partnerin varsa o, ya da bir büyükanne veya büyükbaba) aynı şekilde yapabilir. Saatin önemi yok, her gün aynı güzellikte olması da gerekmez.

together-in-the-mirror =
    .title = Birlikte aynaya bakın
    .body = Bugün bebeğin kucağındayken bir aynanın karşısına otur ve gördüklerini söyle: “İşte sen, işte ben. Bu da senin kulağın.” Söylerken kulağına dokun. Bebeğin çoğunlukla kendisine bakan tatlı bir yüz görür; kendini tanımak daha sonra gelir, ama birlikte bakıp adlandırmak şimdiden bağ kurar. Bebeğin aynadaki o bebeğe mi gülümsüyor? Birlikte el sallayın.

mirror-by-the-changing-table =
    .title = Alt değiştirme masasının yanında bir ayna
    .body = Bugün alt değiştirme masasının yanına kırılmaz küçük bir ayna koy ya da as ve bez değiştirirken birlikte bakın: “İşte ayakların! Bu da karnın.” Böylece bir iş birlikte oynanan küçük bir oyuna dönüşür ve sözlerin, bebeğinin gördüğü ve hissettiği şeylerle eşleşir. Ama iyice sabitle, bebekler tutup çekmeye bayılır.

quiet-corner-after-a-busy-day =
    .title = Yoğun bir günden sonra sessiz bir köşe
    .body = Bugün ziyaretçiler, market ya da bir doğum günüyle hareketli mi geçti? Ardından çocuğunla sessiz, loş bir köşe bul; televizyon ya da müzik olmasın. Bebeğini göğsüne yasla; daha büyük bir çocukla birlikte küp dizmek ya da kitap bakmak da olur. Çok ses ve çok yüz, keyif alsa bile küçük bir çocuğu bunaltabilir. Seninle sessizlik, her şeyin yatışmasına yardım eder.

looking-away-means-a-break =
    .title = Başka yere bakmak: biraz ara lütfen
    .body = Bugün oyun, kucaklama ya da konuşma sırasında başka yere bakmaya, esnemeye, hıçkırığa, kaş çatmaya ya da kolların telaşla sallanmasına dikkat et. Bebeğin çoğu zaman böyle “şimdilik yeter” der. O zaman konuşmayı bırak, sen de bir an başka yere bak ve biraz alan tanı. Bebeğin yeniden sana baktığında devam et. Böylece işaretlerinin olanları etkilediğini yaşar.

bright-eyes-time-to-play =
    .title = Gözleri ışıl ışıl mı? Oyun zamanı
    .body = Bebeğinin bugün gözleri parlıyor, yüzü açık ve bacaklarıyla tekmeliyor mu? O zaman seninle temas istiyor. Bir şarkı, bir çıngırak ya da komik sesler için tam zamanı. Bebeğin sadece dinlenmeye değil, oyun arkadaşı olarak sana da ihtiyacı var. Bebeğin sana bakmaya devam ettiğinde ve giderek daha çok ses çıkardığında doğru anı yakaladığını anlarsın.

one-thing-at-a-time =
    .title = Bir seferde tek bir şey
    .body = Bugün oynarken televizyonu ya da radyoyu kapat ve bebeğine bir seferde tek bir oyuncak ver. Bebek için senin yüzün ve yanında bir çıngırak zaten koca bir dünya; aynı anda daha fazlası onu mutlu etmekten çok huzursuz eder. Yarın oyuncağı değiştirebilirsin; bugün bir tane yeter.

answer-the-reach =
    .title = Bebeğin sana uzanınca karşılık ver
    .body = Bebeğin bugün kollarını sana uzatırsa ya da saçını, parmağını yakalarsa karşılık ver: minik elini tut, gülümse ve “Hey, işte buradasın!” de. Böylece bebeğin temas aramanın işe yaradığını ve senin orada olduğunu öğrenir. Her şeyi bırakman gerekmiyor; bir bakış ve birkaç söz çoğu zaman yeter.

look-where-they-look =
    .title = Bebeğinin baktığı yere sen de bak
    .body = Bugün bebeğinin neye baktığını izle (lamba, sallanan yapraklar, kedi) ve bunun hakkında konuş: “O yaprakların kıpırdadığını görüyorsun, değil mi?” Bebeğinin ilgisini çeken şeye eşlik etmek “Senin gördüğünü ben de görüyorum” demektir. Bu, küçük ölçekte duyarlı karşılık vermektir. Bebeğin daha uzun baktığında ve sonra paylaşmak ister gibi sana döndüğünde işe yarıyor demektir.

cheer-the-small-things =
    .title = Küçük şeyleri alkışla
    .body = Bugün bebeğin her denemesinde onu coşkuyla öv: başını kaldırması, yeni bir ses, oyuncağa bir uzanış. “Vay, bunu kendin yaptın!” Senin sevinçli yüzün, bebeğine yaptığı şeylerin senin için önemli olduğunu hissettirir. Mesele bebeğinin neler yapabildiği değil, senin sevincin.

eyes-on-each-other-during-a-feed =
    .title = Beslenme sırasında göz göze
    .body = Bugün bir beslenme sırasında telefonunu bir kenara koy ve bebeğine sakince bak. Yumuşakça bir şey söyle ya da bir ezgi mırıldan. Bebeğin bakışını ararsa bakışını tut; başka yere bakarsa o da olur. Böyle göz göze gelinen anlar bağınızın yapı taşlarıdır. Bebeğin seni en iyi yakından, beslenme sırasındaki yüz mesafesinden görür.

a-song-with-their-name =
    .title = Bebeğinin adının geçtiği bir şarkı
    .body = Bugün içinde bebeğinin adı geçen basit bir şarkı uydur, örneğin “Ali Baba’nın bir çiftliği var” ezgisiyle. Giydirirken ya da pusetle dışarıdayken söyle. Bebeğin kendi adını sık sık ve neşeyle duyar; bu şarkı da ikinize ait bir şey olur. Evde iki dil mi konuşuluyor? O zaman gönlünün dilinde söyle.

finger-rhyme-on-toes =
    .title = Minik parmaklarda bir tekerleme
    .body = Bugün bebeğinin el ya da ayak parmaklarına tek tek dokunarak “Hani bana, hani bana?” diye biten parmak tekerlemesi gibi bir tekerleme söyle ve sonunda hafifçe gıdıkla. Dokunmalı tekerlemeler ritmi, sesini ve ellerini bir araya getirir: bebeklerin sevdiği üç şey. Büyükanne ya da büyükbabaya kendi çocukluklarından bir tekerleme sor.

an-extra-cuddle-minute =
    .title = Fazladan bir sarılma dakikası
    .body = Bugün bir şekerlemeden sonra, hiçbir şey yapman gerekmeden bebeğini sadece kucağında tutmak için fazladan bir dakika ayır. Sarılmak bağınızı güçlendiren oksitosini harekete geçirir ve bebeğine hoş karşılandığını hissettirir. Yoğun bir günde sana da iyi gelir. Gün izin verirse çeyrek saat de olur.

face-to-face-on-the-floor =
    .title = Yüzüstü, göz göze
    .body = Bugün bebeğin yüzüstü yatıp çalışırken sen de yere uzan, yüzün onunla aynı hizada olsun. Gülümse, kaşlarını kaldır, yumuşakça konuş. Yüzünün hemen yakında olması, başını kaldırmak gibi zor bir işi çok daha eğlenceli yapar. Birkaç dakika yeter; yüzüstü oyun yalnızca bebeğin uyanıkken ve sen yanındayken olur.

glad-you-are-here =
    .title = Bebeğin için sevindiğini belli et
    .body = Bugün sıradan bir anda, yüzün yakınındayken şöyle de: “İyi ki varsın.” Bebeğin kelimeleri anlamaz, ama sıcak bakışını ve neşeli tonunu hisseder. Bebek, görüldüğünü ve hoş karşılandığını tam da böyle küçük, sıradan anlarda keşfeder. Bebeğini oto koltuğundan ya da bebek arabasından çıkardığın an, bunu söylemek için güzel bir fırsattır.

another-carer-takes-the-bath =
    .title = Banyoyu başka biri yaptırsın
    .body = Bugün bebeğinle sık vakit geçiren biri (partnerin varsa o, bir büyükanne ya da büyükbaba veya düzenli bir bakıcı) sen yakındayken bebeğin banyosunu yaptırsın. Bebek başka tanıdık yetişkinlere de bağlanabilir; bu da ileride sen bir süre uzaktayken işleri kolaylaştırır. Bebeğin o kişiye de baktığında, gülümsediğinde ve onun tesellisini de kabul ettiğinde bunu fark edersin.

picking-up-does-not-spoil =
    .title = Kucağa almak şımartmaz
    .body = Bugün “Bırak ağlasın, yoksa şımarır” sözünü mü duydun? Küçük bir bebekte bunu gönül rahatlığıyla bir kenara bırakıp gidip avutabilirsin. Bebeğin alışkanlıktan değil, bir ihtiyacı olduğu için ağlar; hep karşılık bulan bebek, seslenmenin işe yaradığını öğrenir. Bakıma katılan herkesle bunu konuşun. Kendi kendine sakinleşmeyi çok sonra, tam da şimdiki yardımın sayesinde öğrenir.

only-you-will-do-now =
    .title = Bir tek seni mi istiyor? İşte bu bağ
    .body = Bugün başka biri bebeğini senden aldığında itiraz mı ediyor? Bu yaşlarda bebek bağlandığı insanları açıkça seçer. Bu şımarıklık değil, vazgeçirilmesi gereken bir şey de değil; bağınızın görünür hâle geldiğinin bir işareti. Bebeğini bir süre geri al, onu rahatlat ve zaman tanı.

not-the-favourite-right-now =
    .title = Şu an gözdesi sen değil misin?
    .body = Bebeğin bugün sadece o bir ebeveyni ya da bakım vereni istiyor, seni istemiyor mu? Bu canını acıtabilir, ama bu yaşta çok olağan: tanıdık bir kişiye duyulan tercih güçlenir. Sakin ve güler yüzlü kalarak yakınında ol ve banyo ya da bir şarkı gibi küçük, düzenli şeyleri birlikte yapmayı sürdür. Bu tercih çoğu zaman yeniden değişir; senin yerin baki kalır.

let-strangers-warm-up-slowly =
    .title = Bebeğin yeni yüzlere yavaş yavaş ısınsın
    .body = Bugün bebeğinin pek görmediği biri mi gelecek, ya da bir doğum gününde herkes bebeği kucağına almak mı istiyor? Bebeğini önce kendi kucağında tut ve karşındakinden önce seninle konuşup sakince gülümsemesini nazikçe iste: “Şimdilik buradan bakıyoruz.” Yabancılardan çekinme altı-dokuz aydan itibaren çok olağandır; bebeğin güvende olup olmadığını sana bakarak anlar. Hızı o belirlesin.

a-short-goodbye-ritual =
    .title = Kısa ve sabit bir vedalaşma ritüeli
    .body = Bugün bebeğini kreşe ya da bakıcıya mı götürüyorsun? Vedayı kısa ve her seferinde aynı tut: bir sarılma, “Hoşça kal, meyve saatinden sonra geleceğim”, pencereden el sallama ve sonra gerçekten git. Gizlice sıvışmak cazip gelebilir, ama birden ortadan kaybolmak bebeği daha çok tedirgin eder. Gözyaşı olabilir; bebeğin çoğu zaman tanıdık bakıcısıyla kısa sürede avunur.

peekaboo-with-a-cloth =
    .title = Bir tülbentle ce-e
    .body = Bugün kendi başına ince bir tülbent ört, bir an bekle ve çek: “Ce-e!” Sonra bir daha, bir daha. Bebeğin, bir an kaybolduğunda geri geldiğini ve gidip gelmenin bir oyun bile olabileceğini keşfeder. Sen ortaya çıkmadan hemen önceki o soluksuz sessizlik de oyunun parçası: mutlu sonla biten bir heyecan.

let-them-pull-the-cloth =
    .title = Tülbendi bebeğin çeksin
    .body = Bugün ce-e oyna, ama tülbendi yüzünden bebeğin kendisi çeksin; ya da tülbendi hafifçe onun başına ört: “Neredesin? İşte buradasın!” Oyunun sonunu kendisinin getirmesi bebeğine bir şeyleri kendisinin gerçekleştirebildiği duygusunu verir. Bebeğin tülbendi sana geri verdiğinde ya da kendisi saklanmaya başladığında bunu fark edersin: bir daha!

peekaboo-while-dressing =
    .title = Giydirirken ce-e
    .body = Bugün bebeğinin başından bir kazak geçirirken bunu bir oyuna çevir: “Yüzün nerede? Ce-e!” Böylece birçok bebeğin hiç sevmediği bir an, öngörülebilir bir şakaya dönüşür. Bir an hiçbir şey görmemek ve sonra seni yeniden bulmak bebeğin için her seferinde küçük bir güvencedir. Bebeğin bugün havasında değilse, kazak hızlıca da giyilebilir.

keep-the-circle-small =
    .title = Halkayı küçük ve tanıdık tut
    .body = Bugün bebeğine kimlerin baktığına bir göz at. Bebek, sık sık yakınında olan birkaç kişiye bağlanır; bu yüzden küçük, sabit bir grup sürekli değişen birçok yüzden daha iyi işler. Kreş ya da bakıcı ayarlıyorsan, mümkünse hep aynı kişiyi ya da aynı sabit günleri seç. Yeni bir bakıcı mı? Önce bir kez sen evdeyken gelsin.

settle-in-step-by-step =
    .title = Kreşe adım adım alışma
    .body = Bebeğin yakında kreşe mi başlıyor ya da yeni bir bakıcıyla mı kalacak? Birkaç kısa alışma anı planla: önce birlikte bir saat, sonra biraz sensiz, sonra biraz daha uzun. Böylece bebeğin, sen hâlâ tanıdık dayanağıyken yeni bakıcıyı adım adım tanır. Sabit bir bakıcı olup olmadığını sormaktan çekinme. Alışma kimi bebekte bir hafta, kimisinde bir ay sürer; ikisi de olağan.

share-your-comfort-secrets =
    .title = Teselli sırlarını paylaş
    .body = Bugün bakıcı, büyükanne-büyükbaba ya da kreş için bebeğinizi nasıl avuttuğunuzu ve uyuttuğunuzu yaz: hangi şarkı, nasıl bir sallama, hangi sözler. Tanıdık bir peluş oyuncak gündüz avunmak için güzeldir, ama ilk yaş gününe kadar yatağa girmez. Başka biri de aynı şekilde karşılık verdiğinde bebeğin bunu tanır ve kendini daha çabuk güvende hisseder.

a-regular-day-with-someone-else =
    .title = Büyükanne, büyükbaba ya da başka biriyle sabit bir an
    .body = Bugün bir büyükanne ya da büyükbaba, bir komşu veya iyi bir arkadaşla bebeğini daha sık görmesi için anlaş; tercihen her çarşamba gibi sabit bir zamanda. Bebek, düzenli olarak ve sevgiyle yanında olan başka yetişkinlere de bağlanabilir; bu da ileriye dönük güzel bir armağandır. Senin için de bir nefes alma molası olur.

a-bond-with-the-childcare-worker =
    .title = Kreşteki bakıcıyla bağ iyi bir haberdir
    .body = Bebeğin bugün kollarını kreşteki bakıcısına mı uzatıyor? Bu içini biraz burkabilir, ama iyi bir haber: bebeğin orada kendini güvende hissediyor. Senin yerin eşsiz kalır; bir çocuk, seninle bağı hiç azalmadan birden fazla kişiye bağlanabilir. Bunu bakıcıya da söyleyebilirsin: “Burada bu kadar rahat olduğunu görmek çok güzel.”

you-on-the-floor-them-exploring =
    .title = Sen yerde, bebeğin keşifte
    .body = Bugün bebeğin oynarken, yuvarlanırken ya da emekleyip uzaklaşırken yere otur ve sakin, görünür bir şekilde orada kal. Bebeğin daha uzağı keşfetmeye cesaret eder, çünkü tanıdık çıkış noktası sensin. Oyuna katılman gerekmiyor; orada olman yeter. Yanında bir fincan çay olabilir; senin tek yapman gereken kalmak.

say-what-they-feel =
    .title = Bebeğinin hissettiğini söze dök
    .body = Bugün bebeğinin ne hissettiğini düşünüyorsan sesli söyle: “O yüksek sesten korktun, değil mi?” ya da “Kızgınsın, o küpü istiyordun.” Bebeğin kelimeleri henüz anlamaz, ama sesinin tonundan içinde olup biteni gördüğünü anlar. Böylece “Ne hissedersem hissedeyim, bunda sorun yok” duygusu büyür. Yanlış mı tahmin ettin? Sorun değil; bebeğin en çok, anlamaya çalıştığını hisseder.

wonder-aloud-what-they-think =
    .title = Bebeğinin ne düşündüğünü sesli merak et
    .body = Bugün bebeğinin bir şeye pür dikkat baktığını görürsen, o küçük kafadan neler geçtiğini düşünüyorsan söyle: “Bu da ne acaba, ha? Onu yakalamak istiyorsun, değil mi?” Kendini bebeğinin yerine koyup bunu dile getirdikçe onu giderek daha iyi tanırsın. Tahmininin doğru olması, denemen kadar önemli değil.

a-day-you-can-predict =
    .title = Öngörülebilir bir gün düzeni
    .body = Bugün gününüzün kabaca nasıl geçtiğini yaz: uyanma, yemek, uyku, dışarı çıkma, banyo. Önümüzdeki hafta, bebeğine başka biri baksa bile, bu ritme aşağı yukarı uymaya çalış. Tanıdık bir gün dünyayı anlaşılır, dolayısıyla güvenli kılar. Bir tatil ya da akraba ziyareti düzeni bir süre bozar; ardından ritim kendiliğinden geri gelir.

hide-a-toy-under-a-cloth =
    .title = Bir oyuncağı tülbendin altına sakla
    .body = Bugün bebeğin bakarken bir oyuncağı yarısı görünecek şekilde bir tülbendin altına sakla ve sor: “Top nerede?” Bebeğin arasın; bulunca sevinçle alkışla. Böylece bebeğin, eşyaların ve insanların bir an gözden kaybolsalar da var olmaya devam ettiğini keşfeder. Bu da senin gidişini biraz daha anlaşılır kılar. Bebeğin bir daha mı istiyor? Zaten amaç da bu.

tears-at-goodbye-are-no-failure =
    .title = Vedalaşırken ağlamak başarısızlık değil
    .body = Bebeğin bugün kreşte ya da büyükanne ve büyükbabasının yanında, sen giderken ağlıyor mu? Bu yaşta bu çok olağan: bebeğin senin gittiğini anlıyor, ama geri geleceğini henüz tam anlamıyor. Bu, senin yöntemin hakkında kötü bir şey değil, bağınız hakkında güzel bir şey söyler. Güler yüzle hoşça kal de ve diğer kişiye güven. Biraz sonra arayıp ya da mesaj atıp nasıl gittiğini sorabilirsin.

clap-your-hands-song =
    .title = Bir el çırpma şarkısı
    .body = Bugün bildiğin bir el çırpma şarkısını söyle ve birlikte el çırpın: önce senin ellerin onunkileri tutarak, sonra belki kendisi. Sabit hareketli şarkılar, bebeğinin büyükanne ve büyükbabasının ya da bakıcının yanında da bulabileceği tanıdık bir oyun olur. Böylece evden bir parçayı başka yerlere de götürürsün. Bekleme salonunda da bu şarkı beklemeyi kısaltır.

there-at-night-too =
    .title = Geceleri de buradasın
    .body = Bebeğin bu gece eskisinden daha sık mı uyanıyor? Bu yaşlarda bu sık olur; kısmen de bebeğin artık bazen yanında olmadığını daha iyi fark ettiği için. Git bak, elini bebeğinin üstüne koy ve fısılda: “Buradayım.” Bu, her seferinde şunu doğrular: seslenince biri gelir. Bebeğin daha çabuk yeniden uykuya daldığında işe yarıyor demektir. Bitkin misin? Mümkünse başka biriyle nöbetleşe yap.

only-you-will-do-take-a-break-anyway =
    .title = Bir tek seni mi istiyor? Yine de mola ver
    .body = Bebeğin sadece seninle olmak istiyor ve bu seni yoruyor mu? Çok anlaşılır. Yine de küçük molalar planla: güvendiğin biri bebeğini kısa bir yürüyüşe çıkarsın ya da başka biri göz kulak olurken on dakikalık bir duş al. Dinlenmiş bir bakım veren daha sabırlı olur; bebeğin de o diğer kişinin de güvenli olduğunu öğrenir.

safe-seen-soothed =
    .title = Güvende, görülmüş, teselli edilmiş
    .body = Bu akşam günü biraz düşün. Bebeğin güvende miydi? Birkaç bakışla da olsa görüldü mü? İhtiyacı olduğunda teselli edildi mi? Çoğunlukla “evet, aşağı yukarı” diyebiliyorsan, bebeğinde bir güven duygusu büyüyor demektir. Kusursuz olması gerekmiyor.

point-and-name =
    .title = Göster ve adını söyle
    .body = Bugün birkaç kez bir şeyi parmağınla gösterip adını söyle: “Bak, kedi!” Sonra bebeğine, ardından yeniden kediye bak. Bu yaşlarda bebek, parmağının bir şeyi gösterdiğini anlamaya başlar; birlikte aynı şeye bakmak da yeni bir temas biçimidir. Bebeğin kendisi bir şeyi mi gösteriyor? Hemen adını söyle: “Evet, bir kuş!”

cuddles-for-a-busy-explorer =
    .title = Sarılmak hâlâ önemli
    .body = Bebeğin artık daha çok hareket edip keşfetmek istediğinden uzun sarılmalar belki arada kaynıyor. Bugün bilerek birkaç sakin an yarat: yemekten sonra kanepede birlikte, uykudan önce onu kendine yakın tutarak. Dokunmak, bebeğin büyürken de bağınızı beslemeye devam eder. Bebeğin kendiliğinden gelip sana yaslandığında ya da başını omzuna koyduğunda bunu fark edersin.

name-the-fall =
    .title = Düştükten sonra gördüğünü söyle
    .body = Çocuğun bugün düşerse göz hizasına çömel ve olanı anlat: “Güm, dizinin üstüne düştün. Çok korktun, değil mi?” Bir duyguya söz bulmak, çocuğunun içinde olup biteni anlamasına yardım eder. Olanı büyütme de küçültme de; doğru adlandırmak yeter.

be-the-fixed-point =
    .title = Bugün sabit nokta sen ol
    .body = Bugün oyun parkında bir banka ya da evde tek bir yere, kolayca görüleceğin şekilde otur ve orada kal. Çocuğun uzaklaşır, dönüp bakar ve bir okşama ya da göz kırpma için kısa bir an geri gelir. Bunu kısaca ver ve yeniden gitmesine izin ver: Bu, güç toplamaktır. Yerinden kalkmayacağını bilen çocuk biraz daha uzağa gitmeye cesaret eder. Birkaç turdan sonra gezintiler çoğu zaman kendiliğinden uzar.

open-arms-first =
    .title = Önce açık kollar, sorular sonra
    .body = Bebeğin bugün bir korku, yüksek bir ses ya da küçük bir düşüşten sonra ağlayarak emekleyip sana mı geliyor? Önce sadece kollarını aç ve onu kucakla; soru sormadan, açıklama yapmadan. “Bir şey yok” demene de gerek yok. Soluklanacağı güvenli bir liman, ardından yeniden keşfe çıkmayı kolaylaştırır. Çoğu zaman bebeğin bir süre sonra kucağından kendiliğinden kayıp iner.

count-to-ten-before-helping =
    .title = Yardım etmeden önce ona kadar say
    .body = Çocuğunun bugün bir küple, bir kapakla ya da bir ayakkabıyla uğraştığını görürsen, yardım etmeden önce sakince ona kadar say. Böylece çocuğun, sen bir güvenlik ağı olarak yakınındayken bir şeyi kendisi çözme fırsatı bulur. İşe yaradığını, başardığında o gururlu bakışta ya da gerçekten olmadığında seni çağıran minik bir elde görürsün.

choice-of-two =
    .title = Çocuğun iki şey arasından seçsin
    .body = Bugün çocuğuna birkaç kez iki şey arasında seçim yaptır: kırmızı bardak mı mavi mi, önce pantolon mu kazak mı. Böyle küçük bir seçim, çocuğuna kendi isteğinin önemli olduğunu hissettirir. Bunu giyinirken biraz daha az çekişmede ya da çocuğunun ikisinden birini ne kadar kararlı gösterdiğinde fark edersin.

repair-after-snapping =
    .title = Sinirlenip parladın mı? Gönlünü al
    .body = Bugün öfkeyle parladıysan, biraz sakinleşir sakinleşmez çocuğunun yanına otur ve şöyle de: “Az önce çok kızdım. Korktun, değil mi? Özür dilerim.” Bir çatışmadan sonra gönül almak, bağı hiç çatışmamaktan daha çok güçlendirir. Çocuğunun bunu anlaması bile gerekmez; her şeyin yeniden yolunda olduğunu hisseder.

one-line-for-the-carer =
    .title = Kreşe tek bir cümle bırak
    .body = Çocuğunu bırakırken kreşteki bakıcıya ya da bakıcına tek bir şey söyle: “Dün gece kötü uyudu” ya da “Trenlere bayılıyor.” Alırken de karşılığında bir şey sor. Böylece evle diğer yer arasında ince bir bağ oluşur ve çocuğunun günü daha bütünlüklü olur. Kapıda vakit yoksa bir defter ya da kreşin uygulaması da işe yarar.

a-ritual-with-another-carer =
    .title = Başka bir bakım verenin de kendi ritüeli olsun
    .body = Bir büyükanne ya da büyükbabanın, bakıcının veya düzenli bakım veren başka birinin çocuğunla kendine özgü bir şeyi olsun: belli bir şarkı, birlikte ördek beslemek, kucakta “gazete okumak”. Çocuğun birden fazla güvendiği yetişkinle gerçek bir bağ kurabilir ve bu senin bağından hiçbir şey eksiltmez. O kişi içeri girer girmez çocuğunun yüzü aydınlandığında ya da el salladığında bunu fark edersin.

five-minutes-at-pickup =
    .title = Aldıktan sonra birlikte beş dakika
    .body = Çocuğun onu almaya geldiğinde ağlamaya mı başlıyor, ya da seni görmezden mi geliyor? Bu çok olağan: günün gerginliği ancak senin yanında dışarı çıkmaya cesaret eder. Kavuştuktan sonra, alışverişe ya da yemeğe başlamadan önce kanepede ya da dışarıda bir bankta yalnızca birbirinize beş dakika ayırın. Önce biraz küs ya da sessiz mi? Güler yüzle yakınında kal; yakınlık kendiliğinden gelir.

peekaboo-behind-the-door =
    .title = Kapının arkasından ce-e
    .body = Bugün ce-e oyununu bir adım büyüt: bir kapının ya da kanepenin arkasına yarı saklan, çocuğunun adını yavaşça seslen ve sonra gülümseyerek ortaya çık. Böylece gitmek ve geri gelmek, çocuğunun kendisinin de keyif aldığı bir oyun olur. Çocuğun ürkmüş görünürse biraz daha çabuk ortaya çık; oyun olarak kalmalı.

toddler-hides-you-seek =
    .title = Çocuğun saklansın, sen ara
    .body = Küçük çocuklar saklanmayı çok sever, ayakları çoğu zaman perdenin altından görünse de. Sesli ve biraz yavaş ara: “Masanın altında mı? Yok… sandalyenin arkasında mı?” Böylece ne zaman kaybolacağına ve ne zaman bulunacağına çocuğun kendisi karar verir. Çocuğun kıkırdayarak ortaya fırladığında ve hemen bir daha istediğinde işe yaradığını görürsün.

favourite-book-again =
    .title = En sevdiği kitabı bir kez daha oku
    .body = Çocuğun bugün yine aynı kitabı getirirse, yirminci kez okumaktan çekinme. Arada bir tanıdık bir kelimenin hemen öncesinde dur ve çocuğunun tamamlamasına ya da göstermesine izin ver. Küçük bir çocuk için tekrar güvenli hissettirir, çünkü sırada ne olduğunu bilir. Senin için yirminci kez, çocuğun için her seferinde bir şölen.

feelings-in-picture-books =
    .title = Resimli kitapta duyguları bul
    .body = Kitap okurken resimlerdeki yüzlere birlikte bakın: “Bak, tavşan ağlıyor. Oyuncak ayısını kaybetmiş.” Böylece çocuğun, kucağında sakin ve güvenli bir anda duygular için kelimelerle tanışır. Çocuğun mutlu ya da kızgın bir yüzü kendisi gösterdiğinde ya da ağlama sesini taklit ettiğinde işe yaradığını görürsün.

warn-before-a-change =
    .title = Bir geçişi önceden haber ver
    .body = Bugün her geçişten önce kısaca neler olacağını söyle: “Kaydıraktan bir kez daha kayıyoruz, sonra eve gidiyoruz.” Önceden verilen bir işaret, çocuğuna hazırlıksız yakalanmak yerine bırakmak için zaman tanır. Oyunu bırakmak biraz daha kolay olduğunda işe yaradığını fark edersin. İtiraz yine olabilir; bu da işin doğası.

name-the-anger =
    .title = Öfkeye bir ad ver
    .body = Küçük çocuğun bugün öfke nöbeti geçirirse yakınında kal ve gördüğünü kısaca söyle: “Çok kızgınsın. Bir bisküvi daha istiyordun.” Duyguyu ciddiye almak için bisküviyi vermen gerekmiyor. Adı konmuş bir duygu, küçük bir çocuk için daha az boğucudur. Sözlerini kısa tut; nöbet sırasında sakin varlığın açıklamalardan daha önemlidir.

your-face-says-its-safe =
    .title = Yüzünle güvende olduğunu göster
    .body = Çocuğun bir köpek ya da tanımadığı biri gibi yeni bir şey karşısında tereddüt ettiğinde çoğu zaman önce senin yüzüne bakar. Ona sakin, dostça bir bakışla karşılık ver ve de ki: “Bu komşunun köpeği, çok uysal.” Yüzün, bilmediği bir durumda çocuğun için bir pusula gibidir. Bebeğine hâlâ ürkütücü geliyorsa, kucağından izlemesi de olur.

little-helper =
    .title = Çocuğun sana yardım etsin
    .body = Bugün çocuğuna yaşına uygun bir iş ver: kaşıkları masaya götürmek, çorapları çamaşır makinesine atmak, kapıyı senin için itip açmak. Daha yavaş ve daha dağınık olacak, bunda sorun yok. Katılmak, çocuğuna bir şeyler yapabildiğini ve işin içinde olduğunu hissettirir. Keskin kenarı ya da sıcak tencere olmayan işler seç; böylece sen de rahatça izleyebilirsin.

spills-are-practice =
    .title = Küçük bir kaza sadece alıştırmadır
    .body = Çocuğun bugün kendi suyunu koyarken döktü mü, ya da kule mi yıkıldı? Hafif bir tonla söyle: “Hop, taştı. Silmek için bir bez getirir misin?” Hata yapmak öğrenmenin bir parçasıdır; utanmadan başarısız olabilen bir çocuk denemeye devam eder. Elinin altında bir bez bulundur; böylece silmek oyunun bir parçası olur.

cheer-the-trying =
    .title = Denemeyi alkışla
    .body = Çocuğun bugün bir basamağa tırmanmak gibi heyecanlı bir şey denerse yakınında kal ve emeğini söze dök: “Hiç pes etmiyorsun, vay be!” Yaslanabileceği birinin olduğunu bilen çocuklar daha çok şeye cesaret eder ve hayal kırıklıklarıyla daha iyi baş eder. Sonunda, başarsa da başaramasa da, bir sarılma olabilir.

take-small-fears-seriously =
    .title = Küçük bir korkuyu ciddiye al
    .body = Çocuğun bugün elektrik süpürgesinden, saç kurutma makinesinden ya da havlayan bir köpekten mi ürktü? “Korkacak bir şey yok” yerine “Çok yüksek bir sesti, değil mi, korktun” de. Bir korku kabul edildiğinde çocuğun duyulmak için daha çok ağlamak zorunda kalmaz. Çocuğun sonra merak ederse, elektrik süpürgesinin nasıl çalıştığına birlikte bakın.

lend-your-calm =
    .title = Çocuğuna sakinliğini ödünç ver
    .body = Çocuğun bugün oto koltuğunda, banyoda ya da gecenin ortasında ağlıyor ya da öfkeden kıvranıyor, senin gerginliğin de mi artıyor? Önce üç kez yavaşça nefes ver, omuzlarını gevşet, yakınına gel ve her zamankinden alçak ve yavaş konuş. Küçük bir çocuk büyük duyguları henüz kendi başına frenleyemez; senin sakinliğini ödünç alır: nefesini, kalp atışını, sesini. Kendini yatıştırmayı böyle öğrenir.

stop-the-hit-not-the-feeling =
    .title = Vurmayı durdur, duyguyu değil
    .body = Çocuğun bugün hayal kırıklığından vurur ya da ısırırsa, elini sakince tut ve de ki: “Vurmana izin vermeyeceğim. Küreğin elinden alındığı için kızgınsın.” Sınır ve anlayış birbiriyle gayet iyi gider, çünkü zor davranışın ardında neredeyse her zaman görülmek isteyen bir duygu vardır. Çocuğun durdurulduktan sonra kavgaya devam etmek yerine sana geldiğinde işe yaradığını görürsün.

narrate-what-you-do-together =
    .title = Bebeğin yanındayken ne yaptığını anlat
    .body = Bugün yemek yaparken bebeğini yanındaki mama sandalyesine oturt ve sakin bir spiker gibi anlat: “Elmayı kesiyorum. Bak, kabuğu çöpe gidiyor. Kaşığı tutmak ister misin?” Bebeğin pek çok kelimeyi tam da ne anlama geldiğini gördüğü anda duyar ve kendini işin içinde hisseder. Ekmeğe bir şey sürmek ya da çamaşır katlamak da aynı işi görür.

mirror-faces =
    .title = Aynanın karşısında surat yapmak
    .body = Birlikte aynanın karşısına oturun ve abartılı yüz ifadeleri yapın: şaşkın, mutlu, kızgın, üzgün. Ne yaptığını da söyle: “Bak, şimdi kızgınım! Şimdi yine mutluyum.” Bebek çoğunlukla büyülenmiş gibi bakar, belki güler; biraz büyüyünce seni taklit eder. Böylece duyguların neye benzediğini oyunla öğrenir. Aynadaki çocuğun kendisi olduğunu ise ancak bir buçuk-iki yaş civarında keşfeder.

rough-and-tumble-stop =
    .title = Boğuşma oyunu ve “dur” deyince durmak
    .body = Bugün yatakta ya da kanepede biraz boğuşun ya da gıdıklaşın; çocuğun “dur” dediğinde, seni ittiğinde ya da döndüğünde hemen dur. Sonra yeniden isteyene kadar bekle. Birlikte gülmek ve dokunmak bağı güçlendirir; çocuğun da kendi bedeni hakkında söz sahibi olduğunu öğrenir. Çocuğun devam etmek için yeniden sana doğru emeklediğinde bunu fark edersin.

morning-cuddle =
    .title = Kalkarken bir sarılma anı
    .body = Güne kalkmadan önce birkaç dakika sarılarak başla: birlikte bir battaniyenin altında ya da çocuğun kanepede sana sokulmuş. Sakin dokunuş vücutta bağınızı güçlendiren oksitosini açığa çıkarır. Aceleci bir sabahta battaniyenin altında bir dakika da yeter.

ten-minutes-following =
    .title = Oyunda on dakika onu takip et
    .body = Bugün on dakika, oyunu bebeğinin yönettiği bir oyun oyna. Kaşıkla masaya vuruyorsa sen de vur; yere bir şey atıyorsa alıp geri ver. Gördüğünü söyle, “doğru oynamayı” ya da bir şey öğretmeyi bir süre bırak. Yönlendirmek yerine izlemek, bebeğine ilgisini çeken şeyin önemli olduğunu hissettirir. On dakika yeter; bulaşıklar bekleyebilir.

answer-every-look =
    .title = Her “bak!”a karşılık ver
    .body = Bugün çocuğunun küçük davetlerine dikkat et: bir şeyi gösteren minik parmak, bir “bak!”, eline tutuşturulan bir taş. Kısa da olsa karşılık ver: “Vay, bir taş! Benim için mi?” Böyle küçük cevaplar çocuğuna temas aramaya değdiğini söyler. Çocuğun sana bir şeyler göstermeye daha sık geldiğinde ve tepkini bekleyen gözlerle baktığında bunu fark edersin.

say-when-you-leave-the-room =
    .title = Odadan çıkarken söyle
    .body = Bugün kısa bir süre mutfağa ya da tuvalete gidiyorsan kısaca söyle: “Mutfağa gidiyorum, hemen dönerim.” Sonra gerçekten geri gel, neşeli bir “İşte yine buradayım!” ile. İyi biten küçük vedalaşmalar çocuğuna, gittiğinde geri geldiğini öğretir. Uzaklaşırken konuşmaya ya da şarkı söylemeye devam et; böylece sesin odada kalır.

show-me-again =
    .title = “Henüz anlamadım, bir daha göster”
    .body = Çocuğun bugün ne istediğini anlamadığın için sinirleniyor mu? Dürüstçe söyle: “Henüz anlamadım. Bana gösterir misin?” ve peşinden git. Arada birbirini anlayamamak çok olağandır; ne demek istendiğini birlikte yeniden aramak bağı aslında güçlendirir. Çocuğun şunu da öğrenir: Biri beni anlamazsa, birlikte çözebiliriz.

reconnect-after-no =
    .title = Bir “hayır”dan sonra yeniden bağ kur
    .body = Bugün “hayır” dedin ve çocuğun çok mu üzüldü? Hayırında dur, ama birkaç dakika sonra yeniden temas kur: kolunu çocuğuna dola ve “Bu hiç hoşuna gitmedi, değil mi? Ben hâlâ buradayım” de. Ardından yeniden bağ kurulduğu sürece sınır ve sıcak bir bağ gayet iyi bir arada olur. “Hayır”ını açıklamana ya da savunmana gerek yok; ardından kurduğun yakınlık yeterince şey söyler.

walk-at-toddler-pace =
    .title = Küçük çocuk hızında yürü
    .body = Bugün temposunu çocuğunun belirlediği kısa bir yürüyüş yap. Her taşta, her salyangozda ve her rögar kapağında dur ve gerçekten onunla birlikte bak: “Ne buldun?” Sen çocuğunun hızına yavaşladığında, ilgisini çeken şeylerde görüldüğünü hisseder. Çocuğun seni elinden çekip bir sonraki keşfe götürdüğünde bunu fark edersin.

echo-and-add-a-word =
    .title = Kelimeyi tekrarla ve büyüt
    .body = Çocuğun bugün “araba” ya da “ıyy” gibi bir kelime ya da ses söylerse, neşeyle tekrarla ve biraz genişlet: “Evet, bir araba! Mavi bir araba.” Böylece çocuğun onu dinlediğini duyar ve karşılığında bir adım daha fazla dil alır. Evde iki dil mi konuşuyorsunuz? Kelimeyi kendi dilinde de geri verebilirsin.

a-piece-of-home =
    .title = Yanına evden bir parça ver
    .body = Bugün bebeğine kreşe ya da bakıcıya götürmesi için tanıdık bir şey ver: küçük bir peluş, evin kokusunu taşıyan bir tülbent ya da sizin bir fotoğrafınız. Gün içinde oyun ve avunma için elinin altında durmasını kararlaştırın. Yatağa ancak ilk yaş gününden sonra girer; o zamana kadar bebeğin orada da boş bir yatakta sırtüstü uyur. Evden bir parça, öbür yere bir köprü kurar.

talk-about-other-carers =
    .title = Evde diğer bakım verenlerden söz et
    .body = Bugün evde kreşteki bakıcının, bakıcının ya da bir büyükanne veya büyükbabanın adını an; istersen birlikte bir fotoğrafa bakın: “Yarın yine Ayşe’ye gidiyorsun.” Böylece çocuğunun yanında kendini güvende hissettiği insanlar da tek, tanıdık bir dünyanın parçası olur. Çocuğun adı duyunca canlandığında, fotoğrafı gösterdiğinde ya da adı kendisi söylemeye çalıştığında bunu fark edersin.

say-exactly-what-you-liked =
    .title = Neyi beğendiğini tam olarak söyle
    .body = Bugün çocuğunu birkaç kez, gördüğün şeyi tam olarak söyleyerek öv: “Ayakkabını kendin getirdin!” ya da “Kediyi ne kadar nazik okşadın.” Somut bir övgü, hızlıca söylenmiş bir “aferin”den çok daha fazla, gerçekten baktığını gösterir. Büyük bir şey olması gerekmez: “Bardağını kendin geri koydun” da sayılır.

tell-them-how-you-feel =
    .title = Çocuğuna nasıl hissettiğini anlat
    .body = Bugün yorgun, aceleci ya da sinirli misin? Bunu sakin bir sesle, basit sözlerle söyle: “Biraz yorgunum, o yüzden alçak sesle konuşuyorum. Senin yüzünden değil.” Her şeyi biraz daha yavaş yap. Çocuğun ruh hâlini zaten sezer; bir adı olunca kafa karıştırıcı değil, anlaşılır olur. Sık sık böyle hissediyorsan güvendiğin biriyle ya da consultatiebureau (çocuk sağlığı merkezi) ile konuş.

see-what-they-dare =
    .title = Çocuğunun neye cesaret ettiğine bak
    .body = Bugün çocuğunun artık neleri yapmaya cesaret ettiğine dikkat et: yeni bir tırmanma aleti, başka bir çocuğa bakmak, bir süre sensiz başka bir odada oynamak. Bu cesaret, her gün birlikte kurduğunuz güvenin üzerinde büyür. Bunu sesli de söyle: “Ne çok şeye cesaret ediyorsun artık!” Bunu yüksek sesle söylemek, çocuğunun kendini de böyle görmesine yardım eder.

retell-the-day =
    .title = Yatarken günü yeniden anlat
    .body = Bu akşam çocuğunu yatırırken günün nasıl geçtiğini birkaç cümleyle anlat: “Oyun parkına gittik. Merdivenden düştün ve ağladın. Sonra sarıldık ve yine kaydıraktan kaydın.” Sonu iyi biten bir hikâye, çocuğunun günü ve içindeki duyguları düzene koymasına yardım eder. Güzel bir hikâye olması gerekmez; üç cümle ve iyi bir son yeter.

comfort-the-teddy =
    .title = Oyuncak ayıyı birlikte teselli edin
    .body = Bugün bir peluş ya da oyuncak bebek al ve onu “düşür” ya da “üzgün” yap. Çocuğuna sor: “Eyvah, ayıcık ağlıyor. Ayıcığın neye ihtiyacı var?” Oyunda çocuğun, kendisi nasıl teselli ediliyorsa öyle teselli etmeyi çalışır. Çocuğun ayıyı okşadığında, salladığında ya da öptüğünde, belki de senin teselli sözlerini kullandığında işe yaradığını görürsün.

good-enough-really-is =
    .title = Yeterince iyi gerçekten yeterli
    .body = Bu akşam kendine bugün yeterince iyi geçen bir anı söyle: bir beslenme, bir sarılma, bir bakış. En güzel an değil, sıradan bir an. Çocuğunun kusursuz bir ebeveyne değil, yeterince sık yanında olan ve bir aksaklıktan sonra geri dönen birine ihtiyacı var. İstersen bir yere yaz; zor bir günde böyle bir not altın değerindedir.

missed-it-come-back =
    .title = Bir şey mi kaçırdın? Sadece geri dön
    .body = Bugün duştayken, yemek yaparken ya da sadece görmediğin için bir işareti mi kaçırdın? O zaman çocuğunun yanına git, göz göze gel ve yumuşakça söyle: “Buradayım.” Birbirini kaçırmak her ilişkide sık sık olur; güveni kuran da tam olarak geri dönmektir. Basit bir “Özür dilerim, şimdi buradayım” yeter, kelimeleri henüz anlamayan bir bebek için bile.

one-moment-without-the-phone =
    .title = Telefonsuz tek bir an
    .body = Bugün beslenme, banyo ya da masada yemek gibi sabit bir an seç ve o süre boyunca telefonunu başka bir odaya bırak. Çocuğun, yakında olan biriyle gerçekten orada olan biri arasındaki farkı hisseder. Bütün gün olması gerekmez; bu tek an önemlidir.

four-s-as-a-compass =
    .title = Pusula olarak dört S
    .body = Bugün zor bir anda Siegel’in dört S’sini düşün: Safe (güvende), Seen (görülmüş), Soothed (teselli edilmiş); bu üçü birlikte çocuğunu Secure (güvende ve korunmuş) hissettirir. Kendine tek bir şey sor: ilk üçünden hangisini şu an verebilirim? Bu tek soru, kargaşanın içinde sonraki adımı bulmana yardım eder. Örneğin aşı gününde: yakın tut (güvende), acıdığını söyle (görülmüş), salla (avutulmuş).

safe-comes-first =
    .title = Önce güvenlik, sonra gerisi
    .body = Çocuğun bugün çok üzgünse, önce kendini güvende hissetmesini sağla: kucağına al ya da yakınına gel, gürültüden uzaklaş, sesin alçak ve sakin olsun. Açıklamak, çözmek ve toparlamak sonra gelir, çünkü Siegel’in dört S’sinin ilki olan bu güvenlik duygusu olmadan bir çocuk başka hiçbir şeyi pek alamaz. Sözlerin bekleyebilir; kolların hemen orada olabilir.

your-own-soothing-signature =
    .title = Kendine özgü teselli hareketini bul
    .body = Sana uyan bir avutma biçimi seç ve bugün her seferinde onu kullan; örneğin çocuğunu dik tutup omzuna yasla, yumuşak bir “şşşt”, yavaş sallanma, hep aynı sözler. Siegel’in dört S’sinden “Soothed”, yani avutulmak, hareket tanıdık olduğunda daha çabuk olur, çünkü çocuğunun bedeni onu tanır. Çocuğun sakinleşmenin nasıl bir his olduğunu böyle yavaş yavaş öğrenir.

look-behind-the-behaviour =
    .title = Davranışın ardına bak
    .body = Çocuğun bugün belirgin bir sebep yokken ağlıyor, mızırdanıyor ya da surat mı asıyor? O zaman altında ne olabileceğini bir düşün: yorgunluk, açlık, fazla kalabalık ya da sadece seni özlemek. Hemen doğru tahmin etmen gerekmiyor, çünkü birinin neler olduğunu gerçekten anlamaya çalıştığını fark eden çocuk kendini görülmüş hisseder. Diş ya da aşı günlerinde altında çoğu zaman daha fazlası vardır.

light-up-when-you-meet =
    .title = Çocuğunu yeniden görünce yüzün aydınlansın
    .body = Bugün her kavuşmada, bir uykudan sonra ya da eve geldiğinde, sevindiğini yüzünde gerçekten göster: parlayan gözler, sıcak bir “Hey, işte buradasın!” Böylece çocuğun, hiç söze gerek kalmadan, olduğu gibi hoş karşılandığını hisseder. Bunu karşılık gelen bir gülümsemede, tekmeleyen bacaklarda ya da sana uzanan kollarda fark edersin.

cross-one-thing-off =
    .title = Bugün listenden bir şeyi sil
    .body = Bugünkü listene bak ve rahatça bekleyebilecek bir şeyi çiz: çamaşır, süpürge, o tek e-posta. O zamanı oturmak, yemek ya da uyumak için kullan. Stres ve yorgunluk herkesin sakin ve uyumlu karşılık vermesini zorlaştırır; yükünü hafifletmek de çocuğuna bakmanın bir parçasıdır. Yarın yine bir liste olacak, bunda sorun yok.

worries-shared =
    .title = Kaygıları tek başına taşımak zorunda değilsin
    .body = Para, iş, ilişkin ya da sağlığınla ilgili kaygıların mı var? Consultatiebureau’ya (çocuk sağlığı merkezine) bir sonraki gidişinde ya da aile hekimine bundan söz et; seninle birlikte yardım yollarını düşünebilirler. Süren kaygılar çocuğun için orada olmayı zorlaştırır; onlarla ilgilenmek de iyi bakımın bir parçasıdır. Para sıkıntısı utanç değil; çoğu zaman sandığından fazla yardım var.

half-an-hour-for-you =
    .title = Kendine yarım saat
    .body = Bugün güvendiğin birinden yarım saatliğine çocuğuna bakmasını iste: partnerin varsa o, bir büyükanne ya da büyükbaba, bir komşu ya da bir arkadaş. Uzan, yürüyüşe çık ya da sessizce bir çay iç. Dinlenmiş bir yetişkin sabrı ve sıcaklığı çok daha kolay bulur. Yalnız mısın? Çocuğun uyur uyumaz sen de uzan.

every-comfort-builds-the-brain =
    .title = Her teselli beynin gelişimine katkıdır
    .body = Bugün çocuğunu her zamanki gibi teselli et, ama bir kez bunu bilinçli olarak fark et. Korkunca beden stres hormonu kortizol üretir; senin yakınlığın onu yeniden düşürür. Bunu sık sık birlikte yaptıkça, ileride duygularla ve başkalarıyla ilişkilerde yardım eden beyin bölgeleri büyür. Bir aşıdan ya da kötü bir rüyadan sonra böyle bir an daha da değerlidir.

in-doubt-ask-early =
    .title = Emin değil misin? Erkenden sor
    .body = Çocuğunu “okuyamadığını” sık sık mı hissediyorsun, ya da çocuğun çok kaygılı, hep tetikte veya tam tersine sessiz ve içine kapanık mı? Emin olmasan bile consultatiebureau (JGZ, çocuk sağlığı merkezi) ya da aile hekimin ile konuş. Erken yardım istemek özenin işaretidir ve yardımcı olabilecek çok şey var. Emin olana kadar beklemene gerek yok; şüphe yeterli bir sebeptir.

low-or-numb-tell-someone =
    .title = Hüzünlü, kaygılı ya da neşesiz misin? Anlat
    .body = Doğumdan beri iki haftadan uzun süredir kendini hüzünlü, kaygılı ya da boş mu hissediyorsun, ya da hiçbir şeyden, bebeğinden bile keyif almıyor musun? Bugün bunu consultatiebureau’ya (çocuk sağlığı merkezine), ebene (verloskundige) ya da aile hekimine (huisarts) anlat. Bu pek çok annenin ve partnerin başına gelir; kimsenin suçu değildir. Yardım istemek güçtür; doğru destekle çoğu zaman hafifler.

same-words-same-moments =
    .title = Sabit anlarda aynı sözler
    .body = Her gün tekrar eden üç an için sabit bir cümle seç ve bugün her seferinde onu kullan: “Temiz bez zamanı”, “Yemek yiyoruz”, “İyi uykular, birazdan görüşürüz.” Tanıdık sözler günü öngörülebilir kılar; öngörülebilir olan da güvenli hissettirir. Büyükanne-büyükbabalar ve bakıcı da aynı cümleleri kullanabilir.

one-anchor-on-a-messy-day =
    .title = Karışık bir günde tek bir çapa tut
    .body = Bugün iş, hastalık, misafir ya da düpedüz kargaşa yüzünden her şey birbirine mi girdi? O zaman uyku şarkısı ya da yemekten sonraki sarılma gibi tek bir sabit çapayı koru. Bir çocuk, bir şey aynı kaldığında günün ve senin ruh hâlinin iniş çıkışlarıyla daha iyi baş eder. Taşınma, hastanede kalış ya da kalabalık bir bayram gününde böyle bir çapa daha da önemlidir.

a-bad-day-breaks-nothing =
    .title = Kötü bir gün hiçbir şeyi bozmaz
    .body = Bugün hem çocuğun hem senin için ağlama, telaş ve az sabırla dolu bir gün müydü? O zaman günü küçük bir hareketle kapat: sırtına bir el, bir şarkı, yumuşak bir “Yarın yine deneriz.” Bağ, tek bir kusursuz günle değil, ortalamada yeterli ilgiyle birçok gün içinde büyür. Böyle bir kapanış senin için de: güne yumuşak bir nokta.

your-child-knows-you =
    .title = Çocuğun seni tanıyor, o resmi değil
    .body = Bugün kendini internette, ailede ya da bir doğum gününde başka ebeveynlerle mi karşılaştırıyorsun? Bu karşılaştırmayı bilerek bir kenara koy; örneğin bir uygulamayı bir gün boyunca açma. Çocuğunun ideal bir resme değil, kendine özgü hâlinle sana ihtiyacı var.

count-your-comebacks =
    .title = Bugün onarım anlarını say
    .body = Bugün ters gidenlere değil, geri döndüğün anlara dikkat et: çocuğunu sonunda yine de kucağına aldın, bir işareti geç de olsa gördün, kızgın bir bakışı telafi ettin. Bir aksaklıktan sonra yapılan böyle bir onarım bir hatayı yamamak değil, güvenli bir bağın tam olarak büyüme biçimidir.

write-down-one-moment =
    .title = Küçük bir anı yaz
    .body = Bugün çocuğunun sende destek bulduğu küçük bir anı yaz: bir teselli, bir oyun, tanıyan bir bakış. Böyle sıradan anlar birikerek özgüvene, dayanıklılığa ve ileride arkadaşlık kurabilme becerisine dönüşür. Yeniden okuduğunda, ağır gelen günlerde bile ne kadar çok şey verdiğini gördüğünde bunu fark edersin.

what-you-do-matters =
    .title = Çocuğuna göster: yaptığı şey fark yaratır
    .body = Bugün çocuğunun belli bir sesi, bir mızırdanması ya da uzattığı bir el gibi bir işaretini seç ve her seferinde ona karşılık ver. Böylece çocuğun kendisinin bir şeyleri harekete geçirebildiğini keşfeder; bu da özgüvenin erken yapı taşlarından biridir. Banyo, şapırdayan bir el ya da neşeli bir çığlıkla başlamak için güzel bir yer.

fill-your-own-tank =
    .title = Kendi deponu da doldur
    .body = Bugün bir sonraki beslenmeye, yemeğe ya da banyoya başlamadan önce bir bardak su iç ve doyurucu bir şey ye. Küçük bir şey gibi görünür, ama açken, susamışken ya da depon boşken sabır göstermek çok daha zordur; yani kendine bakmak da çocuğuna bakmanın bir parçasıdır. Beslenme köşenin yanında bir şişe su ve bir atıştırmalık işini kolaylaştırır.

who-to-call-when-its-too-much =
    .title = Her şey fazla gelince kimi ararsın?
    .body = Bugün her şey fazla geldiğinde kimi arayabileceğini ya da kime mesaj atabileceğini düşün ve o kişiye de söyle: “Zor durumda kalırsam seni arayabilir miyim?” Yardım istemek bir güçtür ve her şeyi tek başına taşımak zorunda olmayan yetişkinler çocuğa iyi gelir. O ismi favorilerinin en üstüne koy.
