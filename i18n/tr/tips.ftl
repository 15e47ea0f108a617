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
    .body = Bugün ince bir tülbenti kendi başının üstüne ört, bir an bekle, sonra çekip al: “Ce-e!” Sonra bir daha, bir daha. Bebeğin, bir an kaybolduğunda geri geldiğini ve gidip gelmenin bir oyun bile olabileceğini keşfeder. Sen ortaya çıkmadan hemen önceki o soluksuz sessizlik de oyunun parçası: mutlu sonla biten bir heyecan.

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
    .body = Bugün oyun parkında bir banka ya da evde tek bir yere, kolayca görüleceğin şekilde otur ve orada kal. Çocuğun uzaklaşır, dönüp bakar ve kısa bir okşama ya da göz kırpma için bir an yanına döner. Kısaca karşılık ver, sonra yine gitsin: Böylece sende güç toplar. Yerinden kalkmayacağını bilen çocuk biraz daha uzağa gitmeye cesaret eder. Birkaç turdan sonra gezintiler çoğu zaman kendiliğinden uzar.

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

ask-for-an-interpreter-on-the-ward =
    .title = Doktorları anlamakta zorlanıyor musun? Tercüman iste
    .body = Felemenkçe ilk dilin değil ve doktorlarla, hemşirelerle konuşmalar çok mu hızlı geçiyor? Bugün bir sonraki görüşmeye tercüman gelip gelemeyeceğini ya da telefonla bağlanıp bağlanamayacağını sor. Çeviriyi bir çocuğa ya da akrabana bırakma. Neler olduğunu anlarsan bebeğine daha sakin yaklaşırsın. Evde ya da eve dönmek üzere misin? Consultatiebureau’ya (çocuk sağlığı merkezine) da sor.

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

a-setback-on-the-ward =
    .title = Serviste bir geri adım
    .body = Bebeğinin bugün yeniden ek oksijene, seruma ya da tekrar kuvöze ihtiyacı mı oldu? Erken doğan pek çok bebekte böyle geri adımlar olur, yine de insanı sarsar. Bir hemşireden bunun ne anlama geldiğini sade sözlerle anlatmasını ve bugün yine de neler yapabileceğini söylemesini iste: bir el, sesin, tek bir bakım işi. Gelip yanında oturacak birini ara. Güçlü görünmek zorunda değilsin.

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

home-from-the-ward-never-shake =
    .title = Eve dönünce tükenirsen: Bebeğini asla sarsma
    .body = Yakında eve mi dönüyorsun, yeni mi döndün? Evde işi devralacak hemşire yok. Ağlama, hele uykusuz gecelerden sonra, seni öfkelendiriyor ya da çaresiz bırakıyorsa bebeğini asla sarsma, bir anlığına bile: Küçük bir bebek kalıcı zarar görebilir. Onu sırtüstü kendi yatağına yatır, kapıyı aralık bırak, birkaç dakika uzaklaş. Birini ara ya da yaz. Sakinleşince dön. Kimi arayacağını şimdiden belirle.

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

still-crying-a-lot-after-the-peak =
    .title = Bebeğin hâlâ her gün çok mu ağlıyor?
    .body = Ağlamanın altı hafta civarında azalmasını ummuştun ama bebeğin hâlâ her gün uzun uzun mu ağlıyor? Bu, yanlış bir şey yaptığın anlamına gelmez. Bu hafta consultatiebureau’yu (çocuk sağlığı merkezini) ara; neyin yardımcı olabileceğine birlikte bakın. Bu arada her gün bir saatliğine seni rahatlatacak biriyle anlaş. Dayanamıyor musun? Bebeğini sırtüstü kendi yatağına yatır ve biraz uzaklaş.

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

still-sore-after-the-birth =
    .title = Doğumdan kalan ağrıların hâlâ sürüyor mu?
    .body = Doğumdan aylar sonra otururken, yük kaldırırken, idrar yaparken ya da cinsel ilişkide ağrın mı var, ya da idrar mı kaçırıyorsun? Sessizce katlanmak zorunda değilsin. Aile hekiminle (huisarts) ya da ebenle (verloskundige) konuş; çoğu zaman yardım var, örneğin pelvik taban fizyoterapisi. Ağrı sabrı ve gücü tüketir, bebeğin için de. Kendine bakılmasına izin ver. Çok kişi yaşar; utanacak bir şey yok.

nights-on-your-own =
    .title = Geceleri yalnız mısın? Her şeyi hazırla
    .body = Partnerin yeniden mi çalışıyor, gece mi çalışıyor, yoksa bu işte yalnız mısın? Bu akşam gece için gereken her şeyi elinin altına koy: su, atıştırmalık, bezler, temiz bir zıbın, loş bir lamba. Ne kadar az şey aramak zorunda kalırsan bebeğine o kadar sakin gidersin; loş ışık da geceyi ikiniz için sakin tutar. Bir gece kötü mü geçti? Ertesi gün yardım istemek senin hakkın.

thin-walls-neighbours-hear-crying =
    .title = Komşuların ağlamayı duymasından mı korkuyorsun?
    .body = Duvarlar ince ve geceleri komşuların her şeyi duyduğunu düşünüp uyuyamıyor musun? Bu düşünce seni aceleye getirmesin, bebeğinin yanına gitmekten de alıkoymasın. Kapılarına kısa bir not bırak ya da kapıda söyle: “Bebeğimiz geceleri bazen ağlıyor, elimizden geleni yapıyoruz.” Çoğu komşu korktuğundan daha anlayışlı karşılar. Bu kaygı olmadan bebeğine daha sakin gidersin, bebeğin de bunu hisseder.

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

your-stretches-on-the-play-mat =
    .title = Senin egzersizlerin, bebeğinle yan yana minderde
    .body = Yeniden bedenin için bir şey yapmak istiyor ama bebeğe bakacak kimse bulamıyor musun? Bugün matını bebeğinin minderinin yanına ser ve bedeninin şu an kaldırabildiği kadar birkaç sakin egzersiz ya da esneme yap. Arada komik yüzler yap, sesli say ve ne yaptığını anlat. Bebeğin büyülenmiş gibi izler, sen de hiçbir yere gitmeden kendine bir şey yapmış olursun. Bugün olmadı mı? Mat yarın da orada.

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


your-own-parent-is-ill =
    .title = Kendi annen ya da baban hasta
    .body = Annen ya da baban hasta mı ve hastane, onların evi ve bebeğin arasında koşturuyor musun? Bugün listenden bir şeyi çiz ve birinden bir ziyareti ya da bir işi üstlenmesini iste. İzin varsa ve ikinize de iyi geliyorsa bebeğini kısa bir ziyarete götür; bir bebek yüzü hastaları çoğu zaman neşelendirir. Her yerde aynı anda olamazsın: Bebeğinle sakin bir saat de sayılır. Endişeye ve üzüntüye de yer var.

settling-in-do-the-care-there =
    .title = Alışma dönemi: bebeğinin bakımını orada sen yap
    .body = Kreşte ya da gündüz bakıcısında (gastouder) alışma dönemi mi başladı? Orada bir kez biberonu sen ver ya da bezini sen değiştir, sabit bakıcı da izlesin. Böylece bakıcı bebeğinin nasıl tutulmayı sevdiğini görür, bebeğin de seni yeni odada rahat görür. Senin tanıdıklığın biraz ona da geçer. Bir sonraki sefer rolleri değiştirin: bakıcı yapsın, sen izle.

arms-to-arms-handover =
    .title = Kucaktan kucağa teslim et
    .body = Bugün bebeğini kreşe, gündüz bakıcısına ya da büyükannesine ve büyükbabasına mı götürüyorsun? Onu doğrudan diğer kişinin kucağına ver; yüzün sakin olsun, o kişiye de güler yüzle bir şey söyle. Bebeğin yüzünü okur: Sen bu yetişkinin yanında rahatsan, bebeğin de kendini daha güvende hisseder. Boğazın mı düğümlendi? Olabilir. Sakince el salla; kendi gözyaşların sonra da gelebilir.

ten-spare-minutes-in-the-morning =
    .title = Sabahları on dakika pay bırak
    .body = İş günlerinde alarmı on dakika erkene kur ya da çantaları ve kıyafetleri bir gece önceden hazırla. Amaç daha çok iş yapmak değil, daha sakin yapmak: acele etmeden giydirmek, çıkmadan önce bir an birlikte oturmak. Bebekler aceleyi hisseder; sakin bir başlangıç bütün güne tutunacak bir şey verir. Yine de geç mi kaldın? Kapıda tek bir sakin sarılma da yeter.

a-call-to-childcare-is-fine =
    .title = Kreşi aramak sorun değil
    .body = İlk haftalarda işteyken aklın hep bebeğinde mi? Kreşe ya da gündüz bakıcısına, kısaca arayabilir miyim ya da nasıl geçtiğine dair bir mesaj alabilir miyim diye sor. Bu rahatsız etmek değildir: buna alışkınlar; için rahat olunca yarınki vedalaşma da daha sakin geçer. Bebeğinin biraz ağlayıp sonra yine oynadığını mı duydun? Alışma tam da böyle olur.

pumping-at-work-a-pause-for-you =
    .title = İşte süt sağmak: sana ait bir mola
    .body = İşte süt mü sağıyorsun? Sakin bir yer bul, bildirimleri kapat ve bir an bebeğinin bir fotoğrafına ya da videosuna bak. Bu, birçok ebeveynin gevşemesine yardım eder; düşüncelerinizde de bir süre birlikte olursunuz. Süt beklediğinden az mı geliyor ya da sağmak çok mu yoruyor? Consultatiebureau’yla (çocuk sağlığı merkeziyle) konuş. Bebeğini hangi yolla beslersen besle, yeterince iyi.

cranky-evening-after-childcare =
    .title = Kreş gününden sonra ağlamaklı mı? Akşamı sade tut
    .body = Bebeğin kreşte iyi geçen bir günün ardından evde ağlamaklı mı, hep kucak mı istiyor? Yeni yüz ve seslerle dolu bir gün bebek için yorucudur; senin yanında bu yorgunluk dışarı çıkabilir. Bu yüzden akşamı sade tut: misafir yok, basit yemek, bol kucak ve istersen erken yatış. Bu ne kreş ne de senin hakkında kötü bir şey söyler. Yeni düzen alışılmış hâle geldikçe çoğu zaman sakinleşir.

ask-what-made-them-laugh =
    .title = Alırken sor: bebeğimi ne güldürdü?
    .body = Bugün bebeğini alırken sadece nasıl uyuduğunu ve içtiğini değil, neye güldüğünü de sor. O oyunu ya da sesi evde tekrarla. Böylece senin dünyan ile kreşin dünyası biraz iç içe geçer ve bebeğin aynı güzel şeyleri iki yerde de bulur. Sen de evde neyin işe yaradığını anlat; böylece birlikte ortak bir dağarcık oluşturursunuz.

your-day-out-their-day-together =
    .title = Senin dışarıda günün, onların birlikte günü
    .body = Diğer ebeveynin ya da başka sabit bir bakıcının bebeğinle baş başa kaldığı sabit bir gün var mı? O zaman gerçekten evden çık ve arada talimat gönderme. Bebekle yalnız kalan kişi işaretleri en hızlı kendi kendine okumayı öğrenir. Kendine has bir teselli ya da oyun tarzı hata değil, bebeğin için fazladan bir bağdır. Akşam merakla neler keşfettiklerini sor.

well-meant-advice-from-family =
    .title = Her yandan iyi niyetli öğütler
    .body = Annen, kayınpederin ya da teyzen bebeğinin çok ince giydirildiğini ya da “bizim zamanımızda bambaşka yapılırdı” diye mi söylüyor? Her seferinde kullanabileceğin nazik bir cümle seç: “Teşekkürler, biz şimdi böyle yapıyoruz.” Bir öğütten emin değil misin? Consultatiebureau’ya (çocuk sağlığı merkezine) sor, sonra sen karar ver. Bebeğini en iyi sen bilirsin. Bazen öğütte bir inci çıkar; onu tut.

sick-day-plan-familiar-face =
    .title = Hastalık günleri için tanıdık bir yüzle plan
    .body = Kreşe giden bebekler ilk aylarda sık sık nezle olur ya da hastalanır ve bazen kreşe gidemez. Şimdi, sakin bir günde, o zaman bebeğinin yanında kim olabilir, düşün: sen, diğer ebeveyn ya da bebeğinin zaten tanıdığı bir büyükanne, büyükbaba veya arkadaş. Hasta bir bebeğin en çok tanıdık birine ihtiyacı vardır. O kişi arada bir uğrasın ki yüzü tanıdık kalsın.

laughed-out-loud-do-it-again =
    .title = Kahkaha mı attı? Bir daha yap
    .body = Bebeğin bugün karnına üflediğin bir ses, komik bir ses tonu ya da ani bir “Ce!” ile kahkaha mı attı? Bir daha yap, bir daha, her seferinde biraz bekle. Birlikte gülmek bağ kurar ve bebeğin ikinizin birlikte eğlence yaratabildiğini keşfeder. Yine de dönüm noktasına dikkat et: hıçkırık, başını çevirme ya da tizleşen bir gülüş “yeter” demektir.

a-cold-or-fever-extra-close =
    .title = Nezle ya da ateş: daha da yakın
    .body = Bebeğin nezle mi, ateşi mi var? O zaman çoğu zaman daha çok kucakta taşınmak ister ve daha huzursuz uyur. Bu yakınlığı gönül rahatlığıyla ver: teselli iyileştirmez ama zor bir günü atlatmaya yardım eder. Endişelenirsen aile hekimini, akşam ve hafta sonu huisartsenpost’u (nöbetçi aile hekimi) ara; örneğin bebeğin az içiyorsa, gevşekse, zor nefes alıyorsa ya da farklı ağlıyorsa.

weekend-needs-no-catching-up =
    .title = Hafta sonu hiçbir şeyi telafi etmek zorunda değil
    .body = Hafta içi çalışıyorsun ve hafta sonu her şeyi telafi etme zamanı gibi mi geliyor? Gerek yok. Bebeğinin gezmelere değil, seninle sıradan zamana ihtiyacı var: birlikte kahvaltı, bir yürüyüş, yerde uzanıp sohbet. Önümüzdeki hafta sonundan bir planı sil ve o boşluğu boş bırak. Bağınız tam da o yavaş saatlerde büyür, sen de biraz nefes alırsın.

grabbing-hair-and-glasses =
    .title = Saçını ya da gözlüğünü mü yakalıyor?
    .body = Bebeğin bugün saçını, gözlüğünü ya da kolyeni mi çekiyor? Bu yaramazlık değil: yakalamak yeni ve heyecanlı. Parmakları sakince aç, sakin bir sesle “ah, çekiyor” de ve yerine parmağını ya da bir oyuncak ver. Bebeğin senin yüzünden ve sesinden, yakalamanın karşısındakine ne yaptığını korkmadan öğrenir. Yoğun günlerde saçını toplamak da işe yarar.

everything-goes-in-the-mouth =
    .title = Her şey ağza gidiyor: bırak keşfetsin
    .body = Bebeğinin tuttuğu her şey hemen ağzına mı gidiyor? Dünyayı böyle tanıyor: sert, yumuşak, soğuk, pürüzlü. Bugün ona birkaç temiz ve güvenli şey ver, mesela tahta bir halka ya da bir yüz havlusu, ve çoğunlukla sadece izle. Gördüğünü söyle: “Aa, bu soğukmuş!” Küçük şeyleri erişemeyeceği yerde tut. Arada sana mı bakıyor? O zaman keşfi paylaşıyorsunuz.

a-book-to-chew-on =
    .title = Kitap da ağza girebilir
    .body = Sen okurken bebeğin kitaba mı uzanıyor? Dokunma yerleri olan sağlam bir kumaş ya da karton kitap seç; bebeğin tutsun, sayfayı çevirsin, ağzına alsın. Sen sadece sayfada neler olduğunu anlat, tek bir sayfa olsa bile. Bu yaşta kitap okumak çoğunlukla birlikte bir şey tutmak ve sesini duymaktır. Vahşi bir yakalamaya mı döndü? Yarın yeni bir sayfa var.

far-from-family-swap-babysitting =
    .title = Ailen uzakta mı? Başka bir ebeveynle sırayla bakın
    .body = Ailen uzakta mı yaşıyor ve arada bir bebeğine bakacak kimse yok mu? Mahalleden ya da bebek grubundan bir ebeveyne, sırayla birbirinizin bebeğine bakıp bakamayacağınızı sor. Önce iki bebekle birlikte birkaç kez buluşun, böylece sen gitmeden önce bebeğin o kişiyi tanısın. Bir saatle başla. Sen arada bir nefes alırsın, bebeğin de bir teyze gibi tanıdık bir yüz kazanır.

dancing-with-baby-in-your-arms =
    .title = Kollarında bebeğinle dans et
    .body = Bugün sevdiğin neşeli bir müzik aç ve bebeğini sıkıca göğsüne yaslayarak odada dans et. Ritme uyarak yavaşça sallan ve dön; sarsmadan, başını iyice destekleyerek. Bebeğin senin neşeni bedeninde ve nefesinde hisseder. Arada yüzüne bak: kocaman gözler ve gülücükler “daha” der, başını çevirmek ya da irkilmek “daha yumuşak” der.

busy-shop-face-towards-you =
    .title = Mağazada: bebeğinin yüzü sana dönük
    .body = Bugün süpermarket ya da şehir parlak ışıklar, müzik ve kalabalıkla mı dolu? Bebeğini seni görebileceği şekilde taşı: kanguruda yüzü sana dönük ya da bebek arabası sana doğru çevrilmiş olsun. Her şey fazla geldiğinde bebeğin senin yüzüne bakarak toparlanabilir. Hâlâ çok mu fazla? İşini bitir ve dışarı çık; gerisi başka zamana kalabilir.

party-break-before-the-tears =
    .title = Kutlamada: ağlamadan önce mola
    .body = Bir doğum gününe ya da kutlamaya mı gidiyorsun? Daha ağlama başlamadan, bebeğini arada bir sessiz bir odaya ya da dışarı götür. Erken işaretlere dikkat et: esneme, başını çevirme, gerilen bir beden ya da geriye kasılıp itme. Kısa bir mola bebeğinin pilini yeniden doldurur; bebeğin de bir şey fazla geldiğinde bunu fark ettiğini yaşar. Yetmiyor mu? Erkenden eve dönmek de olur.

translate-your-baby-for-visitors =
    .title = Bebeğini misafirlere tercüme et
    .body = Bugün bebeğini kucağa almayı seven akrabalar mı geliyor? Gördüğünü yüksek sesle söyle ki onlar da okumayı öğrensin: “Esneyip başını çevirdiğini görüyor musun? Şimdilik ona yetti.” Ya da: “Senin yüzünü arıyor, onunla konuş.” Böylece misafirler bebeğini gerçekten tanır. İşaretler kalabalıkta kayboluyor mu? Biraz dinlenmesi için bebeğini nazikçe geri al.

naps-when-the-world-is-too-fun =
    .title = Uyumak zor: dünya çok eğlenceli
    .body = Bebeğin gündüzleri, her yerde görecek bir şey olduğu için daha zor mu uyuyor? Birçok bebek bu yaşlarda o kadar meraklı olur ki yorgunluğunu fark etmeden geçer. Bugün ilk esnemede bebeğini sakin, biraz karanlık bir odada uykuya yatır. Uyaran azalınca uyku daha kolay gelir. Bugün olmadı mı? Bebek arabasıyla bir tur da iyidir.

looking-around-during-a-feed =
    .title = Hem emiyor hem etrafa bakıyor
    .body = Bebeğin emerken ya da biberon içerken bir sese, bir kardeşe ya da kediye bakmak için sürekli bırakıyor mu? Bu seni reddetmek değil: dünya birden çok ilginç oldu. Söze dök: “Kapıyı duydun, değil mi?” Bir an baksın, sonra sakince yeniden sun. Sık oluyorsa daha sakin bir yerde besle. Beslenme konusunda endişen mi var? consultatiebureau’ya (çocuk sağlığı merkezine) sor.

restless-nights-again-not-your-fault =
    .title = Yine huzursuz geceler mi? Bir gece planı yap
    .body = Bebeğin tam biraz daha iyi uyumaya başlamışken şimdi geceleri yine daha sık mı uyanıyor? Bu yaşlarda birçok bebeğin uykusu değişir, çünkü çok şey yeni. Bu bir geri adım değil ve senin suçun değil. Bugün önümüzdeki geceler için bir plan yap: Kim ne zaman kalkacak, hangi sabah kim geç kalkabilecek? Yalnızsan birinden bir sabahı devralmasını iste. Bir plan olunca gece daha kısa gelir.

daylight-walk-after-a-broken-night =
    .title = Bölünmüş bir geceden sonra: birlikte dışarı
    .body = Gece zor mu geçti, bu sabah kendini yorgun ve sinirli mi hissediyorsun? Olabiliyorsa bugün bebeğinle çeyrek saatliğine dışarı çık; o da kangurunda ya da bebek arabasında olsun. Hedef yok, alışveriş yok: sadece yürümek, hava ve gün ışığı. Dışarıda olmak birçok yetişkini biraz yumuşatır, bebeğin de etrafı izlemekten hoşlanır. Öğleden sonra sadece gerçekten gerekeni yap.

rolled-over-and-stuck =
    .title = Döndü ve takıldı mı? Biraz bekle
    .body = Bebeğin dönüyor, sonra da karnının üstünde mızmızlanarak mı kalıyor? Yardım etmeden önce biraz bekle: yanına uzan, cesaretlendir ve kendisi denemeye devam ediyor mu, bak. Sonra büyütmeden yardım et. Böylece bebeğin denemenin serbest olduğunu ve senin yine de orada olduğunu öğrenir. Artık dönebildiğine göre: alt değiştirme masasında elin hep bebeğinin üstünde olsun.

time-alone-with-the-eldest =
    .title = Büyük çocuğa ayrılmış zaman
    .body = Bebek geldiğinden beri abla ya da ağabey öfkeli, ağlamaklı ya da tam tersine aşırı tatlı mı? Bugün bebek uyurken ya da başka birinin yanındayken sadece o çocuğa çeyrek saat ayır. Ne yapacağınızı o seçsin ve söyle: “Bu bizim zamanımız.” Görüldüğünü hisseden bir çocuk ilgi için daha az savaşmak zorunda kalır. Yarın tekrarla, mümkünse hep aynı saatte.

big-sibling-as-the-clown =
    .title = Abla ya da ağabey palyaço rolünde
    .body = Büyük çocuğuna bugün gerçek bir görev ver: baş palyaço. Komik suratlar yapsın, ce-e oynasın ya da şarkı söylesin; sen de bebeğin nasıl karşılık verdiğini göster: “Bak, sana gülüyor!” ya da “Başını çevirdi, biraz ara verelim.” Böylece büyük çocuğun kendini önemli hisseder ve bebeğin işaretlerini okumayı öğrenir. Yanlarında kal; bebeği sadece senin yardımınla kucağına alsın.

name-the-eldest-jealousy =
    .title = Kıskançlık mı? Büyük çocuğun duygusuna bir ad ver
    .body = Büyük çocuğun bebeğin gitmesini mi istiyor ya da gizlice çimdikliyor mu? Tahmin ettiğini söyle, nutuk çekmeden: “Bebeğin bu kadar ilgi görmesine bazen çok kızıyorsun, değil mi?” Kızmak serbest, canını yakmak değil: gerekirse bebeği sakince uzaklaştır. Duygusunun adının konduğunu duyan çocuk onu daha az dışa vurur. Kıskançlık en çok senin ne kadar önemli olduğunu gösterir.

fasting-plan-the-afternoon-dip =
    .title = Bebekle oruç: ikindi yorgunluğunu hesaba kat
    .body = Ramazanda oruç tutarken bebeğine de mi bakıyorsun? Çoğu zaman ikindiden sonrası en zorudur: açlık, susuzluk ve az sabır. Banyoyu ve alışverişi günün erken saatlerine al, iftardan önceki son saatte bebeğini kısa süre devralmasını birinden rica et. Böylece ikiniz için de ortalık sakin kalır. Emziriyor musun? Oruç konusunu önce aile hekiminle konuş.

late-feast-bring-the-bedtime-steps =
    .title = Geç biten bir kutlama mı? Uyku ritüelini yanında götür
    .body = Bir iftara, düğüne ya da geç saate kadar süren başka bir aile kutlamasına mı gidiyorsun? Uyku ritüelini de götür: kendi uyku tulumu, aynı şarkı, evdeki sırayla. Bebeğini sakin bir odada, kendine ait güvenli bir uyku yerine, mesela içinde yumuşak hiçbir şey olmayan bir seyahat yatağına sırt üstü yatır. Tanıdık adımlar yabancı bir yeri tanıdık kılar. Ancak evde mi uyuyor? O da olur.

jet-lag-after-a-long-trip =
    .title = Uzaktan döndünüz, saat alt üst mü?
    .body = Uzaktaki aileni ziyaretten döndün ve bebeğin gündüz uyuyup gece gözü açık mı yatıyor? Sabahları birlikte gün ışığına çık, beslenmeyi ve yatma saatini buradaki saate göre ayarla, alışık olduğunuz uyku adımlarını her zamanki gibi yap. Gece: loş ışık, az söz. Mümkünse geceleri nöbetleşin. Çoğu bebeğin saati birkaç gün ile bir hafta içinde yerine oturur; o zamana dek kendine karşı anlayışlı ol.

holiday-explore-the-new-place-together =
    .title = Tatilde: önce birlikte etrafa bakın
    .body = Bir tatil evine ya da yurt dışındaki ailenin yanına yeni mi vardınız? Bebeğini kucağına al, yeni odaları sakince dolaş ve gördüğünü anlat: “İşte pencere, sen de şurada uyuyacaksın.” İlk günü sakin tut. Her şey farklı kokar ve farklı ses çıkarır; sen de bebeğinin yeniye baktığı sabit noktasın. İlk gecelerin huzursuz geçmesi çoğu zaman işin parçasıdır.

bath-together-skin-to-skin =
    .title = Birlikte banyo, ten tene
    .body = Bugün bebeğinle birlikte ılık suyla dolu küvete girmeyi dene. Mümkünse bir yetişkinden bebeğini sana uzatmasını ve sonra geri almasını iste ki güvenle girip çıkabilesin. Bebeğini ten tene göğsüne yasla ve suyun karnının üzerinde hafifçe dalgalanmasına izin ver. Bütün o suyun içinde bedenin ona tutunacak bir şey verir. Korkuyor mu? Önce ayaklarla başla.

sling-while-you-tidy =
    .title = Ortalığı toplarken bebek kangurunda
    .body = Bebeğin bugün sadece yanında olmak mı istiyor, çamaşırlar da beklerken? Onu bir sling’de ya da kanguruda, yüksek ve sana yakın taşı; yüzü açık ve gözünün önünde olsun. Ne yaptığını anlat: “Şimdi çorapları katlıyoruz.” Bebeğin sıcaklığını ve hareketini hisseder, senin de ellerin serbest kalır. Yemek mi pişireceksin, sıcak çay mı içeceksin? O sırada bebeğini güvenli bir yere yatır.

night-shift-morning-goodbye =
    .title = Gece vardiyasından sonra: sabit bir sabah selamı
    .body = Geceleri çalışıp bebeğin tam uyanırken mi eve geliyorsun? Yatmadan önce sabit bir ritüel için beş dakika ayır: bebeğini kucağına al, gözlerinin içine bak ve hep aynı cümleyi söyle, mesela “Günaydın, ben şimdi uyuyorum, sonra görüşürüz.” Böylece gelişin ve gidişin ters dönmüş bir düzende bile öngörülebilir kalır. Sonra gerçekten uyu: dinlenmek de işin parçası.

parent-ill-lowest-gear =
    .title = Sen mi hastasın? Bakımı en düşük vitese al
    .body = Grip mi oldun ya da kendini kötü mü hissediyorsun, ama bebeğin yine bakım istiyor? Her şeyi en düşük vitese al: beslemek, bez değiştirmek, gerisi yere serilmiş bir örtüde birlikte; sen yanına uzanıp şarkı söyle. Birkaç saat yardım edebilecek biri var mı, çekinmeden sor. Uykun mu geliyor? O zaman bebeğini kanepede yanına değil, kendi yatağına sırt üstü yatır. Birkaç sade gün bağınıza zarar vermez.

another-baby-cries-yours-joins-in =
    .title = Başka bir bebek ağlıyor, seninki de mi katılıyor?
    .body = Bekleme salonunda, bir bebek grubunda ya da doğum gününde başka bir bebek yüksek sesle ağlamaya başlıyor, ardından seninki de mi ağlıyor? Bebeğini kucağına al, sesten biraz uzağa dön ve usulca söyle: “O bebek üzgün. Duyuyorsun, değil mi? Sen benimlesin.” Bebekler birbirlerinin ağlamasından kolayca etkilenir; senin sakinliğin tutunacak bir şey verir. Olmuyor mu? Bir süre koridora çık.

family-staying-for-weeks =
    .title = Haftalarca kalan misafir aile
    .body = Belki uzaklardan, birkaç haftalığına sizde kalmaya aile mi geliyor? Ne güzel; ama bebek için huzursuzluk da demek. Yatırmanın, gece teselli etmenin ve günün alışılmış adımlarının sende kalacağını konuşun. Misafirlere kendilerine ait güzel anlar ver: bir yürüyüş, bir şarkı, banyoyu izlemek. Yemek ya da çamaşır da onlara kalsın. Böylece bebeğin, her şey birden değişmeden sevgi dolu insanlar kazanır.

first-spoonfuls-face-to-face =
    .title = İlk kaşıklar: yüz yüze
    .body = Bebeğin kaşıkla ilk tatlara mı başlıyor? Ne zaman başlayacağını consultatiebureau’yla (çocuk sağlığı merkeziyle) konuşabilirsin. Bebeğinin tam karşısına, göz hizasında otur ve önce yüzünle tadını göster: “Mmm, havuç!” Kaşıkla, bebeğin ağzını açmasını bekle. Böylece yemek sadece karın doyurmak değil, birlikte geçen bir an olur. Neredeyse hiç yemedi mi? Şimdi önemli olan tatmak, miktar değil.


sitting-against-you-on-the-floor =
    .title = Bacakların oturmak için bir koltuk olsun
    .body = Bebeğin otururken hâlâ sallanıyor mu? Bugün bacaklarını V şeklinde açarak yere otur ve bebeğini, sırtı karnına dayalı olarak aralarına yerleştir. Bir oyuncağı tam uzanabileceği yere koy. Senin bedenin sırt dayanağı olunca bebeğin öne uzanmaya ve etrafına bakmaya cesaret eder. Devrilirse sakince tut: “Hop, seni tuttum.” Yarın oyuncağı biraz daha uzağa koyabilirsin.

pram-nap-wake-up-to-your-face =
    .title = Bebek arabasında mı uyandı? Önce yüzünü göster
    .body = Bebeğin bebek arabasında uyuyakaldı mı? Kıpırdanmaya ya da mızmızlanmaya başlayınca dur ve arabanın üstüne eğil: “Uyandın mı? Buradayım.” Bir tentenin altında, her şey kayıp giderken ve kimse görünmezken uyanmak bir bebeği epey korkutabilir. İlk gördüğü şeyin tanıdık bir yüz olması uyanışı yumuşatır. Yine de ağlıyor mu? Sarılmak için onu arabadan çıkar.

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
    .body = Yuvarlanmak daha eğlenceli olduğundan bebeğin masajda artık uslu yatmıyor mu? O zaman kucağında sana yaslanıp dik otururken sırtına, zıbının üstünden masaj yap. Bunu hava durumuna çevir: tıpırdayan parmak uçları (“Yağmur yağıyor!”), uzun sıvazlamalar (“Rüzgâr esiyor”), sıcak, kıpırtısız eller (“Güneş açtı”). Böylece sakin dokunuş gününüzde yerini korur. Kalkmak mı istiyor? Hava durumu bitti.

little-hands-on-your-face =
    .title = Bebeğin yüzünü keşfetsin
    .body = Bebeğin bugün burnuna, ağzına ya da gözlüğüne mi uzanıyor? Yüzünü bir an hareketsiz tut ve minik ellerin dokunmasına izin ver. Tuttuğu yeri yumuşakça adlandır: “Bu benim burnum. Bu da çenem.” Bebeğin için evdeki en ilginç şey senin yüzündür; bu dokunma da sana yakınlaşmanın bir yolu. Sonra bebeğinin burnuna dokun: “Bu da senin burnun!”

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

a-cardboard-box-and-you =
    .title = Bir karton kutu ve sen
    .body = Para mı kısıtlı, yoksa evde zaten yeterince eşya mı var? Oyuncak para gerektirmez. Bugün bebeğinin önüne boş bir kutu koy, keskin kenarları bantla ve oyuna katıl: Üstüne davul gibi vur, içine top yuvarla, kenardan bakıp kaybol. Bebeğin sağlam oturabiliyor mu? O zaman onu kutuya koy, sen hemen yanında ol. Heyecanı kutu değil, senin katılman yaratır. Kutu dağıldı mı? Elbet yenisi bulunur.

messy-hands-in-the-bowl =
    .title = Dağıtmak serbest: eller kâsede
    .body = Bebeğin bugün elleriyle yemek kâsesine mi dalıyor? Bırak dalsın. Sandalyenin altına eski bir bez ser ve her lokmadan sonra yüzünü silme. Dokunmak, sıkmak ve bulamak, bebeğinin yemeğin ne olduğunu keşfetme yoludur ve bu keşif tamamen onundur. Temizliği en sona bırak ve önce söyle: “Şimdi ellerimizi yıkıyoruz.” Yer çabucak temizlenir; merak kalır.

first-time-in-the-pool =
    .title = Havuzda ilk kez
    .body = Bugün bebeğinle yüzmeye ya da bebek yüzme dersine mi gidiyorsun? Bebeğin dik bir şekilde göğsüne yaslanmış, yüzün yakınında, suya yavaşça gir ve onu hep sıkıca tut. Yankı, insanlar ve su aynı anda bir sürü yenilik demek; senin bedenin ve sesin ise tanıdık dayanaktır. Grubun geri kalanının ne yaptığına değil, bebeğine bak. Titreme, başını çevirme ya da ağlama şu demek: sudan çık ve sıcacık sar.

cot-babble-answer-from-the-landing =
    .title = Yataktan agu sesleri mi? Uzaktan cevap ver
    .body = Bebeğin sabahları uyanık yatıp yatağında agu agu mu ediyor? Bugün daha koridordayken seslen: “Günaydın, seni duyuyorum, geliyorum!” Ve sonra gerçekten gel. Bebeğin böylece, sen henüz görünmüyorken bile sesinin sana ulaştığını keşfeder. Yarın kapının arkasından ona agu diye karşılık ver ve bir cevap gelecek mi, dinle.

flying-with-your-baby =
    .title = Bebekle uçak yolculuğu: evden bir parça sensin
    .body = Yakında, belki aileyi görmeye, uçakla mı gidiyorsunuz? Kalkışta ve inişte bebeğini kendine yakın tut; pek çok ebeveyn o sırada emzirir, biberon ya da emzik verir. Uçuşta ara sıra bebeğin kucağında koridorda yürü. Her şeyin sesi ve kokusu farklı, ama senin bedenin, sesin ve kokun evdekiyle aynı. Yine de ağlıyor mu? Bütün uçağı değil, yalnızca bebeğini sakinleştirmen yeter.

two-babies-on-one-blanket =
    .title = Bir örtünün üstünde iki bebek
    .body = Bugün yaşıt bir bebeği olan birine mi gidiyorsun? İkisini bir örtüye yan yana yatırın ya da oturtun, her birinin ebeveyni hemen arkasında. Bebekler birbirini çoğu zaman çok ilginç bulur: bakakalır, güler, uzanır. Gördüğünü söyle: “Bak, Elif’in de çorapları var!” Bebeğin, senin yanında güvende, böylece başka bir çocukla tanışır. Bir el göze ya da saça mı uzanıyor? Yavaşça bir ele yönlendir.

own-room-you-still-come =
    .title = Kendi odası: sen yine aynı hızla gelirsin
    .body = Bebeğin kısa süre önce kendi odasına mı geçti? Bugün onu iyi duyabildiğinden emin ol: bir bebek telsizi ya da aralık bırakılmış bir kapıyla. Beşiği yanındayken nasıl gidiyorsan, şimdi de o kadar çabuk git. Böylece bebeğin aradaki bir duvarın kimin geleceğini değiştirmediğini öğrenir. Uykuyla ilgili geri kalan her şey aynı kalsın: sırtüstü, uyku tulumunda, yatakta oyuncak, yastık ya da bez olmadan.

same-walk-same-stop =
    .title = Hep aynı yol, hep aynı durak
    .body = Bebeğinle sık sık yürüyüşe mi çıkıyorsun? Bugün her zamanki yolunda sabit bir durak seç: göletteki ördekler, büyük ağaç, köşedeki fırın. Her seferinde orada dur, aynı cümleyi söyle, “Merhaba ördekler!”, ve bir an birlikte bakın. Sabit bir nokta yürüyüşü öngörülebilir kılar; bebeğinin önceden bildiği şey de ona güven verir. Bir süre sonra köşeye gelmeden sevinçle ayaklarını sallayabilir.

spat-out-try-again-another-day =
    .title = Tükürdü mü? Başka gün yine dene
    .body = Bugünkü yeni yiyecek hemen geri mi geliyor, yoksa bebeğin dudaklarını sımsıkı mı kapıyor? Hafifçe “Bugün olmadı, değil mi?” de ve zorlamadan, söylenmeden kaldır. Pek çok bebeğin yeni bir şeyi sevmeden önce onu birçok kez tatması gerekir; rahat bir sofra boş bir kâseden önemlidir. Birkaç gün sonra yeniden sun. Yemek ya da büyüme kaygın mı var? Consultatiebureau’ya (çocuk sağlığı merkezine) sor.

grass-under-bare-feet =
    .title = Ayakların altında ilk kez çimen
    .body = Hava kuru ve çok soğuk değil mi? Bebeğini çimenin kenarında bir örtüye oturt, çoraplarını çıkar ve ayaklarının ya da ellerinin çimeni hissetmesine izin ver. Yeni bir şeyde bebeğin çoğu kez önce senin yüzüne bakar. Hoşuna gittiğini göster: “Gıdıklıyor mu? Dokun bakalım!” Rahat yüzünden bunun güvenli olduğunu okur. Ağzına ne gittiğine dikkat et. Ayaklarını mı çekti? Yarın yine dene, ya da kumla.

give-and-take-thank-you =
    .title = Ver ve geri al: “Bana mı? Teşekkürler!”
    .body = Bebeğin bugün bir oyuncağı bir elinden öbürüne mi geçiriyor? Açık elini yanına uzat: “Bana mı?” Bırakmayı başarırsa sevinçle “Teşekkürler!” de ve hemen geri ver. Vermek, almak ve yeniden vermek, eşyalarla ilk karşılıklı oyundur; bebeğin de şunu keşfeder: yaptığım şey bir şeyleri harekete geçiriyor. Bırakmayı henüz beceremiyor mu? O zaman tersine çevir: sen ver, bebeğin alsın.

phone-call-baby-on-your-lap =
    .title = Telefonla mı konuşman lazım? Bebeğine söyle, sonra dön
    .body = Bugün bebeğin seni isterken telefonla konuşman mı gerekiyor? Onu kucağına al ya da seni görebileceği bir yere koy ve önceden söyle: “Biraz telefonla konuşacağım, sonra yine seninim.” Elin bebeğinin üstünde olsun. Sonra telefonu gerçekten bırak: “İşte, geldim.” Böylece bebeğin, ilginin bir süre başka yere gidip geri geldiğini öğrenir. Konuşurken mızmızlanıyor mu? Çok olağan.

photos-of-the-first-weeks =
    .title = İlk haftaların fotoğraflarına birlikte bakın
    .body = Bugün bebeğin kucağındayken ilk haftaların fotoğraflarını aç. Hikâyeyi anlat: “Bak, ne kadar küçüktün. Parmağımı öyle sıkı tutardın ki.” Bebeğin kelimeleri henüz anlamaz ama sıcak sesini duyar, bakışını görür. Sen de birlikte ne çok şey yaşadığınızı görürsün, zor günleri de. Başlangıç zor muydu? Olduğu gibi anlat; o da sizin hikâyenizin bir parçası.

light-spot-on-the-wall =
    .title = Kaybolup geri gelen bir ışık lekesi
    .body = Pencereden güneş mi giriyor, ya da elinin altında bir fener mi var? Küçük bir aynayla ya da fenerle duvarda bir ışık lekesini dans ettir, asla bebeğinin gözüne tutma. “Işık nerede? İşte orada!” Onu bir an elinin arkasına sakla ve yeniden çıkar. Bebeğin oynarken kaybolanın geri gelebileceğini ve onu senin getirdiğini öğrenir. Işığa değil de sana mı bakıyor? Oyunun en güzel anı.

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
    .body = Yağmurlu bir gün ve evdesiniz? İki sandalyenin ya da masanın üstüne bir çarşaf ört ve birlikte altına girin; bebeğin yanında bir örtüde ya da kucağında. Işık yumuşar, sesler boğuklaşır, dünya küçülür: sadece siz. Usulca şarkı söyle ya da bir köşeyi kaldır: “Kim var orada? Sen!” Böyle bir yuva, telefonsuz ve acelesiz, tamamen yanında olduğunu hissettirir. Çadır oyun için; uyku yine kendi yatağında.

after-an-argument-in-earshot =
    .title = Bebeğin yanındayken tartıştınız mı?
    .body = Bugün bebeğin yakındayken seninle başka bir yetişkin arasında sert sözler mi söylendi? Bebekler, kelimeleri anlamasalar da seslerdeki gerginliği duyar. Sonrasında bebeğini sakince kucağına al ve yumuşak bir sesle konuş: “Çok yüksek bir sesti, değil mi? Şimdi her şey yolunda.” Mümkünse yeniden dostça davrandığınızı da görsün. Evde kendini güvende hissetmiyor musun? Aile hekiminle konuş.

say-whats-on-the-spoon =
    .title = Kaşıkta ne olduğunu söyle
    .body = Bebeğin bugün birkaç kaşık yemek mi yiyor? O bakarken, koklarken ve tadarken kaşıkta ne olduğunu anlat: “Bu muz. Yumuşacık ve tatlı.” Ya da: “Sıcak, biraz üfleyelim.” Sana en kolay gelen dilde konuş; evde bu pekâlâ kendi dilin olabilir. Bebeğin kelimeyi tam da tadına baktığı anda duyar; kelimeler de böyle anlam kazanır. Sen de yiyor musun? O zaman kendi tabağında ne olduğunu da anlat.

cautious-or-bold-own-style =
    .title = Temkinli mi, gözü pek mi: bebeğinin kendi tarzı var
    .body = Bugün bebeğinin yeni bir şeye nasıl yaklaştığını izle: tanımadığı bir oyuncak, bir köpek, yeni bir tat. Hemen mi uzanıyor, yoksa önce uzun uzun ve temkinle mi bakıyor? İkisi de iyi. Temkinli bir bebeğe zaman tanı, gözü pek olanın yanında elini hazır tut. Gördüğünü söyle: “Sen önce iyice bakıyorsun, değil mi?” Böylece bebeğin tam olduğu gibi görüldüğünü hisseder.

not-shy-knows-their-people =
    .title = Utangaç değil: bebeğin kendi insanlarını tanıyor
    .body = Bebeğin bugün, daha önce onu rahatça kucağına alabilen bir teyzenin ya da komşunun kucağında birden ağlıyor mu? Biri de “Ne utangaç!” ya da “Şımarmış!” mı diyor? Nazikçe cevap ver: “Bebeğimiz artık kendi insanlarını çok iyi tanıyor.” Altı ay civarından itibaren pek çok bebek az tanıdık yüzlere karşı temkinli olur: bu bir ilerleme, kusur değil. Bebeğin ses tonundan yanlış bir şey yapmadığını duyar.

call-their-name-and-wait =
    .title = Adını seslen ve dönmesini bekle
    .body = Bebeğin bugün senden biraz uzakta oturmuş oynuyor mu? Adını neşeyle söyle ve bekle. Pek çok bebek bu yaşlarda adını duyunca dönüp bakmaya başlar. Bebeğin dönerse, bunu kocaman bir gülümseme ve “Evet, seni diyorum!” ile ödüllendir. Böylece kendi adı şu anlama gelen bir ses olur: biri benimle bağ kurmak istiyor. Adını “hayır”dan çok güzel şeyler için kullanmaya çalış.

stranger-leans-over-the-pram =
    .title = Biri bebek arabasına mı eğildi? Araya gir
    .body = Bugün markette ya da sokakta tanımadığın biri bebek arabasının üstüne eğilip bebeğinin dudağı mı büzüldü? Arabanın yanına geç, elini bebeğinin üstüne koy ve onunla konuş: “Bu teyze seni çok sevdi. Ben buradayım.” Ondan nazikçe biraz geri çekilmesini isteyebilirsin. Böylece bebeğin, bir şey ürkütücü geldiğinde senin göz kulak olduğunu öğrenir; sakin sesinden de her şeyin yolunda olduğunu duyar.


high-chair-at-the-family-table =
    .title = Aile sofrasında bir yer
    .body = Bugün bebeğini ayrı ve daha erken beslemek yerine mama sandalyesini olağan yemeğe, sofradaki yüzleri görebileceği bir yere çek. Bebeğinle yalnız mı yiyorsun? O zaman aynı anda, karşılıklı yiyin. Bebeğinle de konuş: “Bak, birlikte yiyoruz.” Böylece bebeğin de sofranın bir parçası olur: yüzlerin, seslerin, sohbetin. Her gün olmuyor mu? Haftada bir ortak yemek de sayılır.

finger-food-side-by-side =
    .title = O kendi alsın, sen yanında otur
    .body = Bugün bebeğini mama sandalyesine dik oturt ve tablaya buharda iyice pişmiş havuç ya da muz gibi birkaç yumuşak parça koy. Bebeğin kendisi tutsun, ezsin, tatsın. Telefonu bırakıp sakin sakin yanına otur ve yiyecek olduğu sürece yanından ayrılma. Bebeğin kendi hızında keşfeder, bakacağı tanıdık yüz de senin yüzündür. Etrafı batırmak işin parçası; sandalyenin altına bir havlu ser, yeter.

head-turned-away-at-the-spoon =
    .title = Başını kaşıktan mı çeviriyor? Yeterli demek
    .body = Bebeğin bugün başını kaşıktan çeviriyor, elini itiyor ya da dudaklarını sımsıkı kapatıyor mu? “Doydun, değil mi?” de ve kasede biraz kalmış olsa bile bırak. Böylece bebeğin, işaretlerinin sofrada da duyulduğunu öğrenir. Sonra ya da yarın yeniden dene. Yeterince yiyip yemediğinden emin değil misin? Consultatiebureau’ya (çocuk sağlığı merkezine) danış.

shuffling-their-own-way =
    .title = Popo üstünde de ileri gidilir
    .body = Bebeğin popo üstünde kayarak mı ilerliyor, karnının üstünde sürünüyor mu ya da odada yuvarlanmayı mı seviyor? Bugün yere otur ve onun yöntemine katıl: “Hadi bakalım, popo üstünde!” Her bebek bir yere varmanın kendi yolunu bulur; tam da o yolu alkışlamak “sen olduğun gibi iyisin” demektir. Yine de hareketleri seni kaygılandırıyorsa consultatiebureau’ya (çocuk sağlığı merkezine) danış.

anxious-thoughts-that-linger =
    .title = Bir türlü geçmeyen kaygılı düşünceler mi?
    .body = Geceleri bebeğinin nefes alıp almadığını hâlâ sık sık kontrol ediyor, onu neredeyse kimseye bırakamıyor ya da kötü şeyleri sürekli gözünün önüne mi getiriyorsun? Kaygı ebeveynliğe dahildir ama korku günlerini yönetiyorsa tek başına taşımak zorunda değilsin. Doğumdan aylar sonra bile olsa bu hafta aile hekimine (huisarts) ya da consultatiebureau’ya (çocuk sağlığı merkezine) anlat. İyi destek var.

crawl-round-at-baby-height =
    .title = Odayı bir de sen emekleyerek gez
    .body = Bugün bebeğinin oynadığı odayı ellerinin ve dizlerinin üstünde dolaş. O yükseklikten ne görüyorsun? Prizler, kablolar, bir saksı, kanepenin altında küçük parçalar. Bir köşeyi tamamen güvenli hâle getir ki orada çoğunlukla “hayır” yerine “evet” diyebilesin. Sen rahatça yakınında otururken özgürce keşfedebilen bir bebek daha çok şey dener. Evin geri kalanı adım adım gelir.

creaming-dry-skin-slowly =
    .title = Krem sürmek sakin bir dokunma anı olsun
    .body = Bebeğinin kuru ya da tahriş olmuş cildine aile hekiminin ya da consultatiebureau’nun (çocuk sağlığı merkezinin) önerdiği kremi mi sürmen gerekiyor? Bunu aceleyle yapma. Kremi ellerinde ısıt, ne yaptığını anlat ve yavaş, sakin hareketlerle sür: “Şimdi kolun, şimdi dizlerin.” Böylece zorunlu bir iş, dokunma ve ilgi anına dönüşür. Bebeğin kalkmak mı istiyor? Sadece gereken yerleri bitir.

clinic-check-on-your-lap =
    .title = Consultatiebureau’da kucağında
    .body = Consultatiebureau’da (çocuk sağlığı merkezinde) ya da aile hekiminde randevun mu var? Bebeğinin olabildiğince kucağında kalıp kalamayacağını sor. Terazide ya da muayene masasında seni görebileceği yerde dur, elini üstünde tut ve olanı söyle: “Şimdi tartılıyorsun, buradayım.” Bu yaşta pek çok bebek yabancı ellerden ürker; sesin ve elin güvende olduğunu gösterir. Yine de ağlıyor mu? Bu normaldir.

playground-swing-push-from-the-front =
    .title = Salıncakta: önden it
    .body = Bugün oyun parkına mı gidiyorsunuz? Bebeğini etrafı kapalı oturaklı bir bebek salıncağına oturt ve arkadan değil önden it; böylece her sallanışta göz göze gelirsiniz. Çok alçaktan başla: “Gidiyorsun… ve geri geliyorsun!” Bebeğinin eğlendiğini mi korktuğunu mu hemen görürsün, o da senin keyfini görür. Gergin mi bakıyor? Salıncağı durdur, ellerini ayaklarına koy. Gülüyor mu? Bir kez daha.

gone-and-back-in-daily-life =
    .title = Gitti… ve geri geldi
    .body = Bugün kaybolup geri gelen şeyleri yüksek sesle söyle: “Banyo suyu gitti… yarın yenisi gelir.” “İşte tramvay gidiyor. Bak, bir sonraki geliyor!” “Ninen eve gidiyor, cumartesi yine gelecek.” Bu yaşlarda bebekler, gözden kaybolan şeyin hâlâ var olduğunu giderek daha iyi kavrar. Senin sözlerin gitmeyi, geri gelmenin parçası olan sıradan bir şeye dönüştürür. Yarın kulağına daha da tanıdık gelecek.

bath-pouring-turns =
    .title = Banyoda sırayla su dökme
    .body = Bugün banyoya küçük bir bardak götür. Bebeğinin eline biraz su dök: “Şıp!” Sonra bardağı ona ver ve bekle. Belki senin eline, belki kendi karnına döker. Şaşırmış gibi tepki ver ve sırayı yine ona ver. Böyle bir karşılıklı oyun, sözsüz bir sohbettir. Bir elin hep bebeğinin üstünde olsun ve onu küvette asla yalnız bırakma, bir havlu almak için bile.

babble-answered-as-a-word =
    .title = Kelime gibi mi geldi? Cevap ver
    .body = Bebeğin bugün bir şeye bakarken “ba”, “da” ya da “mam-mam” gibi bir şey mi söylüyor? Gerçek bir kelimeymiş gibi cevap ver: “Ba? Top! Evet, işte top.” Böylece bebeğin, seslerin bir işe yaradığını yaşar: biri dinler, anlar ve karşılık verir. Yanlış mı tahmin ettin? Sorun değil, denemek önemli. Yarın bir sesi birkaç kez tekrarla ve bebeğinin onu geri söyleyip söylemediğine bak.

teething-evening-close =
    .title = Diş mi geliyor? Daha da yakında ol
    .body = Bebeğin bugün mızmız mı, çok mu salya akıtıyor, her şeyi ısırıyor mu? Belki bir diş geliyordur. Buzdolabında (dondurucuda değil) soğutulmuş bir diş kaşıyıcı ver ve onu yakınında tut. Gördüğünü söyle: “Ağzın acıyor, değil mi?” Sakinliğin ona bu sıkıntıda destek olur. Ateş mi var, ağrı kesiciden emin değil misin? Aile hekimine ya da consultatiebureau’ya (çocuk sağlığı merkezine) sor.

im-coming-to-get-you =
    .title = “Geliyorum, yakalayacağım!” Bir emekleme oyunu
    .body = Bebeğin emekliyor ya da kayarak ilerliyor mu? Bugün dizlerinin ve ellerinin üstüne çök ve heyecanlı bir sesle söyle: “Geliyorum, yakalayacağııım…” Bebeğinin peşinden yavaşça emekle ve sonunda onu bir sarılmayla yakala. Pek çok bebek kahkahalarla güler, çünkü heyecan hep iyi biter. Yine de dikkat et: Bebeğin korkmuş görünürse ya da ağlamaya başlarsa hemen dur, gülümse ve “Sadece bir oyun” de.

lift-the-flap-book =
    .title = Kapaklı kitap: Arkasında kim var?
    .body = Bugün sağlam, kapaklı bir kitap çıkar ve kapakları birlikte kaldırın: “Kedi nerede? İşte!” Biraz buruşsa bile kapağı bebeğin kendisi çeksin. Bu, kâğıt üstünde ce-e oyunudur: bir şey bir an kaybolur, sonra hâlâ orada olduğu anlaşılır. Kapak açılmadan önceki kısa bir sessizlik heyecanı artırır. Evde böyle bir kitap yok mu? Kütüphanede genellikle sağlam bebek kitapları bulunur.

looking-for-the-dropped-toy =
    .title = Bebeğin düşeni arıyor
    .body = Bugün bebeğinin elinden bir şey kayıyor, o da mama sandalyesinin kenarından ya da yuvarlandığı yere doğru bakıyor mu? Gördüğünü söyle: “Küpünü arıyorsun! Hâlâ orada olduğunu biliyorsun.” Almadan önce biraz bekle ve birlikte bakın. Bebeğin, kafasından geçenleri anladığını fark eder. Bu arama büyük bir adım: bebeğin artık göremediği bir şeyi aklında tutuyor.

grandparent-looks-at-the-toy-first =
    .title = Büyükanne ve büyükbabaya ipucu: önce oyuncağa bak
    .body = Bebeğin bugün bir süredir görmediği bir büyükanne, büyükbaba ya da teyzeyi görünce ağlıyor mu? Bunun bu yaşta çok olağan olduğunu anlat ve bir ipucu ver: yere otursun, bebeğin yüzüne doğrudan değil bir oyuncağa baksın ve oyuncağı yavaşça yaklaştırsın. Fazla yaklaşmayan bir bakış daha az ürkütür. Senin kucağında otururken hızı bebeğin kendisi belirler.

holding-another-baby =
    .title = Başka bir bebeği kucağına alınca kıskanıyor mu?
    .body = Bir arkadaşının bebeğini kucağına aldığında kendi bebeğin sızlanmaya, sana doğru emeklemeye ya da seni çekiştirmeye mi başlıyor? Bu yaşlarda pek çok bebek seni yalnızca kendine istediğini gösterir. Gördüğünü söyle: “Sen de yanıma gelmek istiyorsun, değil mi? Gel bakalım.” Öbür dizinde yer aç ya da diğer bebeği bir süreliğine geri ver. Bu bir nazlanma değil; senin ne kadar önemli olduğunu gösterir.

crawl-to-your-arms =
    .title = Gel bakalım, kollarıma
    .body = Bugün bebeğinden birkaç metre uzakta yere otur, kollarını aç ve yumuşakça adını seslen. Sana doğru emekliyor, kayıyor ya da yuvarlanıyor mu? Onu bir sarılmayla karşıla: “Yanıma geldin!” Böylece bebeğin, sana gelmenin her zaman hoş karşılandığını yaşar. Oynamaya devam etmeyi mi tercih ediyor? O da olur; sadece izle ve sonra yeniden dene.

hair-wash-without-a-fight =
    .title = Kavgasız saç yıkama
    .body = Saçı ıslanacağı anda bebeğin ağlamaya mı başlıyor? Bunu her seferinde aynı kısa sıraya dönüştür ve her adımı önceden söyle: “Önce senin bezin, sonra su başının arkasına geliyor.” Bebeğine tutması ya da alnına bastırması için kuru bir bez ver ve suyu bir bardakla, arkadan yavaşça dök. Çabucak bitir, ardından havluda sarılın. Her banyoda saç yıkamak şart değil.

wave-at-the-window =
    .title = Pencerede el sallamak
    .body = Bugün aileden biri işe, okula ya da alışverişe mi çıkıyor? Bunu sabit bir an yap: bebeğinle pencereye gidin, el sallayın, “Güle güle! Öğleden sonra görüşürüz!” Giden kişi de köşeyi dönene kadar el sallasın. Böylece gitmek, birinin birdenbire ortadan kaybolması değil, bebeğinin gözüyle gördüğü bir şey olur. Birkaç hafta sonra bebeğin de belki el sallamaya başlar.

first-teeth-brushing-on-your-lap =
    .title = İlk dişleri kucakta, şarkıyla fırçalamak
    .body = İlk dişler çıktı, fırçalamaya başlıyor musun? Bunu kısa ve sabit bir ritüel yap: bebeğin kucağında, başı sana yaslı, her seferinde aynı fırçalama şarkısı. Önce bebeğin, senin kocaman gülümseyerek kendi dişlerini fırçalamanı izlesin. Böylece diş fırçalamak bir mücadele değil, birlikte geçen, bildik bir an olur. Çok mu itiraz ediyor? Şimdilik birkaç saniye yeter; yarın biraz daha ilerlersiniz.

visiting-a-home-full-of-breakables =
    .title = Kırılacak eşyalarla dolu bir eve ziyaret
    .body = Küçük çocuğu olmayan, cam sehpaları ve yerde saksıları olan birini mi ziyaret ediyorsun? Yanına bebeğinin birkaç oyuncağını koyduğun küçük bir çanta ve bir örtü al. Örtüyü güvenli bir yere ser, kendin de üstüne otur ve bebeğin orada keşfetsin. Bu, yirmi kez “hayır” deyip onu kaldırmaktan daha huzurlu. Senin yanından etrafa bakmaya da daha çok cesaret eder. Odada bir tur mu? Kucağında.

book-of-familiar-faces =
    .title = Tanıdık yüzlerden küçük bir kitap
    .body = Bugün bebeğine sık bakan kişilerin fotoğraflarını küçük bir albüme ya da deftere yapıştır: sen, büyükanne ya da büyükbaba, bakıcı, kreşteki sabit bakıcısı. Birlikte sayfaları çevirin ve isimleri söyle: “Bak, işte ninen!” Böylece biri bir süre ortada olmasa da tanıdık yüzler yakında kalır. Sayfaları bebeğin de çevirsin; birkaç buruşukluk işin parçası.

work-trip-photo-and-voice =
    .title = İş seyahati: Sesin evde kalsın
    .body = İş için birkaç günlüğüne mi gideceksin? Gitmeden önce uyku şarkısıyla ve “İyi uykular, yakında dönüyorum” sözüyle kısa bir sesli mesaj kaydet. Evde kalan kişi, bebeğin göz hizasında duran bir fotoğrafının yanında, her akşam aynı saatte bunu dinletsin. Böylece bebeğinin gününde senden tanıdık bir şey kalır. Onun dışında her zamanki gibi vedalaş: daha uzun değil, gizlice de değil.

back-from-a-work-trip =
    .title = Yolculuktan döndün mü? Bir gün zaman tanı
    .body = Birkaç gün uzakta kaldıktan sonra döndün ve bebeğin sana yabancıymışsın gibi mi bakıyor, ya da evde kalana mı yapışıyor? Bu normaldir ve genellikle çabuk geçer. Her şeyi hemen devralma: önce banyoya ya da yemeğe katıl ve bebeğinin sana gelmesini bekle. Yakınlık küçük anlarla geri gelir. Bu seni incitiyor mu? Güvendiğin birine anlat.

cup-of-their-own =
    .title = Şerefe! Kendine ait bir bardak
    .body = Bugün yemekte bebeğinin önüne dibinde biraz su olan küçük, açık bir bardak koy, kendine de bir bardak al. Bir yudum iç, “Mmm, şerefe!” de ve elin bardağın altında gevşekçe dururken bebeğin seni taklit etsin. Bebekler seni taklit ederek çok şey öğrenir ve birlikte bir şey yapmak ait olmak gibi hissettirir. Dökmek de alıştırmadır: bir önlük ve bir bez yeter.

sharing-a-room-with-a-sibling =
    .title = Bebeğin ablasının ya da ağabeyinin odasına taşınıyor
    .body = Bebeğin büyük çocuğun odasına mı taşınıyor? Birlikte sabit bir yatma sırası belirleyin: önce bebek, büyük çocuk da ninniye katılsın; sonra büyük çocuk fısıltıyla okunan bir kitap için senin ilgini alsın. Büyük çocuğa gece bebek uyanırsa ne olacağını anlat: “O zaman ben gelirim, sen uyumaya devam et.” Bebeğin yatağında peluş oyuncak ya da yastık olmaz. İlk geceler genellikle biraz karışık geçer.

they-crawl-after-you =
    .title = Bebeğin peşinden emekliyor
    .body = Bugün mutfağa gidiyorsun ve bebeğin emekleyerek ya da kayarak peşinden mi geliyor? Bunu bir ziyaret gibi karşıla: “Hey, beni aramaya geldin! İşte buradayım.” Bir an çömel, sonra yaptığın işe devam et; bebeğin yanında güvenli bir yerde olsun. Bebeğin hâlâ orada olup olmadığını kontrol ediyor ve seni aramanın işe yaradığını keşfediyor. Böyle küçük bir gölge yorucu, ama aynı zamanda bir iltifat.

bedtime-protest-stay-a-while =
    .title = Yatak odasından çıkar çıkmaz ağlama
    .body = Bu haftalarda uyku düzeninden sonra odadan çıkmaya kalktığın anda bebeğin itiraz mı ediyor? Bu yaşta bebekler gittiğini çok daha net fark eder. Bu akşam yatağın yanında biraz daha uzun kal; bir elin karnında ya da hafif bir şarkıyla, sakinleşene kadar. Kapıda hep aynı cümleyi söyle: “İyi uykular, hemen yanındayım.” Şimdi daha çok yakınlık, bebeğini daha bağımlı yapmaz.

nappy-change-wriggler =
    .title = Emekleyen bir bebeğin altını değiştirmek
    .body = Bebeğin bugün alt değiştirirken ilginç bir şeye doğru durmadan yuvarlanıp kaçıyor mu? Bu inatlaşma değil: bebeğin hareket etmek istiyor. Ona bir görev ver: “Temiz bezi sen tutar mısın?” ya da yalnızca alt değiştirirken çıkan bir oyuncak. Her adımda ne yaptığını kısaca söyle ve bir elini hep bebeğinin üstünde tut. Alt değiştirme masasında olmuyor mu? Yerde bir minder de olur.

pushes-you-away-when-overtired =
    .title = Her şey fazla gelince bebeğin seni itiyor mu?
    .body = Teselli etmek istediğinde, örneğin çok yorgun ya da kızgınken, bebeğin kaskatı kesilip seni mi itiyor, başka yöne mi dönüyor? Bu bir reddediş değil: Bazen kucakta tutulmak bir an için fazla gelir. O zaman hemen yakınına otur, ellerini açık tut ve usulca söyle: “Buradayım. İstersen seni kucağıma alırım.” Daha az ışık ve ses çoğu zaman işe yarar. Çoğu bebek bir süre sonra kendiliğinden sana gelir.

moving-house-same-cot =
    .title = Taşınma: Yatak aynı kalır
    .body = Taşınıyor musunuz? Bebeğinin yatağını, uyku tulumunu ve birkaç oyuncağını en son topla ve yeni evde ilk onları yerleştir. İlk günlerde gün düzenini ve uyku alışkanlığını, koliler arasında bile, olabildiğince olağan tut. Bütün o yeniliklerin arasında bebeğinin tutunduğu şey sen ve o tanıdık eşyalarsınız. Taşınmadan sonra birkaç huzursuz gece normaldir.

the-other-parent-goes-at-night =
    .title = Geceleri hep aynı kişi mi? Bu kez öbürü gitsin
    .body = Geceleri bebeğin yanına neredeyse hep aynı ebeveyn mi gidiyor ve o artık tükendi mi? Birkaç gece öbür ebeveynin gitmesini konuşun: aynı sözler, aynı ninni, karnın üstünde aynı el. İlk gecelerde itiraz sık görülür; öbür ebeveyn teselli etmeyi sürdürür. Bebeğin böylece o kolların da gece güvenli olduğunu keşfeder. Ağlama çok mu şiddetlendi? Yeniden yer değiştirin, sonra tekrar deneyin.

so-big-arms-up =
    .title = “Bebek ne kadar büyük?”
    .body = Bugün “Bebek ne kadar büyük? Şuuu kadar!” oyununu oyna ve kollarını havaya kaldır. Geniş bir gülümsemeyle birkaç kez yap, sonra bebeğinin kollarını nazikçe yukarı kaldırmasına yardım et. Bu yaşlarda taklit etmek yeni bir bağ kurma yolu olur: sen ne yaparsan ben de onu yaparım. Bebeğin henüz taklit etmiyor mu? Muhtemelen şimdiden yüzünün tadını çıkarıyordur; taklit çoğu zaman biraz sonra gelir.

floor-mirror-appear =
    .title = Aynada kim beliriyor?
    .body = Bugün kırılmaz bir aynayı duvara alçakta ve sağlamca sabitle; bebeğin emekleyerek ya da kayarak yanına gidebilsin. Aynaya bakıyor mu? Aynada onun arkasında beliriver: “Hey, bu kim? Benim!” Bir an görüntüden çık, sonra geri gel. Bebeğin seni aynada görür, aynı anda gerçekten yanında hisseder ve bunun nasıl olduğunu kendisi çözer. Gerçek sana doğru dönüyor mu? Aferin!

sibling-tower-and-crawler =
    .title = Bebek büyüğün kulesini yıkınca
    .body = Bebeğin bugün büyük bir çocuğun yaptığı yapıya doğru dosdoğru mu emekliyor? Önce büyüğün duygusunu kabul et: “Çok yazık, onun için ne kadar uğraştın.” Ona bebeğin ulaşamayacağı, masa ya da çitin arkası gibi kendine ait bir yer ver, bebeğe de kendi devireceği bir şey. İki çocuk da görüldüğünü hissedince aynı odada oynamak kolaylaşır. Çatışmalar da işin parçası.

bored-on-the-play-mat =
    .title = Oyun oynarken bazen sıkılıyor musun?
    .body = Küpü onuncu kez geri verip gizlice saate mi bakıyorsun? Bu pek çok ebeveynin başına gelir ve sevginle ilgili hiçbir şey söylemez. Bugün senin de hoşuna giden bir şey seç: kendi müziğini açıp birlikte hareket etmek, gördüklerini anlattığın bir yürüyüş, birlikte bir yemek kitabını karıştırmak. Bebeğin en çok, kendisi de keyif alan bir ebeveynle mutlu olur. On gerçek dakika yeter.

worrying-news-from-far-away =
    .title = Uzaklardan gelen kaygı verici haberler
    .body = Ailenin yaşadığı ülkeden deprem, sel ya da savaş gibi kötü haberler mi geliyor ve ekranı kaydırıp duruyor musun? Bugün haberlere bakmak için iki sabit zaman seç; bebeğinin yemeği, banyosu ve yatma saati boyunca telefonunu bırak. Nasıl olduğunu birine anlat. Bebeğin senin kaygılarını taşıyamaz ama sakin kollarını hissedebilir. Üzüntünü göstermen de serbest.

hospital-stay-fixed-point =
    .title = Hastanede yatış: Sabit nokta sensin
    .body = Bebeğinin hastanede kalması mı gerekiyor? Orada yatıp yatamayacağını ve muayenelerde yanında olup olamayacağını sor; kendi uyku tulumunu ve tanıdık bir şarkıyı da yanına al. Olacakları önceden söyle: “Şimdi hemşire geliyor, seni tutuyorum.” Yabancı yüzler ve seslerin arasında senin yakınlığın, bebeğinin sahip olduğu en güvenli şeydir. Mümkünse biriyle nöbetleş; senin de yemen ve uyuman gerek.

car-seat-protest-name-it =
    .title = Oto koltuğunda öfkeli
    .body = Bebeğin bugün oto koltuğuna bağlarken sırtını geriyor ve ağlıyor mu? Hareket etmeyi yeni öğrenen bir bebek bağlı kalmaktan çoğu zaman nefret eder. Gördüğünü söyle: “Bağlanmak istemiyorsun, emeklemek istiyorsun. Anlıyorum.” Yine de kemeri sakince tak, çünkü güvenlik önce gelir. Sabit bir araba şarkısı ya da sadece arabada duran bir oyuncak, bir sonraki yolculuğu biraz kolaylaştırabilir.

when-someone-is-harsh-with-your-baby =
    .title = Biri bebeğine sert davrandığında
    .body = Dede bardağa uzanan minik ele vuruyor mu, ya da bir teyze bebeğine “Yaramaz!” diye mi bağırıyor? Sakin kal, bebeğini kucağına al ve ona ne olduğunu söyle: “Korktun, değil mi? O bardağı almak istemiştin.” Sonra baş başa kaldığınızda nazikçe açıkla: “Bu yaşta bebek bunu henüz anlayamaz. Biz onu oradan alıp başka bir şey veriyoruz.” Böylece bebeğin için güvenli liman olmayı sürdürürsün.

redirect-not-scold =
    .title = Kablo olmaz mı? Başka bir şey sun
    .body = Bebeğin bugün durmadan kabloya, saksıya ya da kedinin kumuna mı yöneliyor? Onu sakince kaldır, kısaca “Bu senin için değil” de ve hemen başka bir şey sun: “Ama bu kaşık olur!” Her seferinde aynı sakin tonla söyle. Bebeğin kuralı henüz anlamaz, ama senin tepkinin öngörülebilir ve sevecen olduğunu öğrenir. Günde on kez mi? Bu yaşta işler tam da böyle yürür.

stuck-standing-call =
    .title = Ayağa kalkmak tamam, oturmak henüz değil
    .body = Bebeğin kanepeye ya da yatağın parmaklıklarına tutunup ayağa kalkıyor, sonra geri inemediği için mi sesleniyor? Yanına git ve sakince yardım et: dizleri birlikte bük, “Ve otur… pat!” Her çağırdığında gel; gecenin ortasında bile olsa. Böylece bebeğin şunu öğrenir: takılıp kalınca biri gelir. Yatağın tabanını şimdi en alçak konuma indir. Oturmayı başarınca seslenmeler azalır.

bubbles-wait-for-more =
    .title = Sabun köpüğü: “Bir daha!” demesini bekle
    .body = Bugün bebeğine birkaç sabun köpüğü üfle, şişeyi kendin tut. Köpükleri bebeğinin yüzüne değil, başının üstüne doğru üfle ve süzülüp patlamalarını izleyin. Sonra dur ve bekle: bebeğin bir sesle, kollarını sallayarak ya da şişeye bakarak daha fazlasını istiyor mu? “Bir daha mı? İşte geliyorlar!” Böylece bebeğin, kendi işaretinin bir şeyi başlattığını fark eder. Başını mı çeviriyor? Şimdilik yeter.


a-talk-with-childcare-about-your-baby =
    .title = Bebeğin hakkında kreşle bir görüşme
    .body = Kreş bir veli görüşmesi mi planladı, ya da bebeğin birkaç aydır mı oraya gidiyor? Evde gördüğün üç şeyi götür: onu neyin teselli ettiğini, şu sıralar neyle uğraştığını, neyin zor gittiğini. Onların ne gördüğünü de sor: Bebeğin en çok kiminle oynuyor, ne zaman zorlanıyor? Böylece ev ve kreş birbirini tamamlar, bebeğin de iki yerde aynı şekilde anlaşılır. Görüşme yok mu? Sen iste.

keep-your-return-promise-out-loud =
    .title = Yüksek sesle söyle: söz verdiğim gibi döndüm
    .body = Vedalaşırken yalnızca doğru olanı söz ver: Öğle uykusundan sonra geleceksen “Hemen dönerim” deme, “Uykundan sonra seni almaya geleceğim” de. Almaya gittiğinde tekrar söyle: “Uykundan sonra demiştim, işte geldim.” Bebeğin sözcükleri henüz anlamaz ama düzeni fark eder: Giden geri gelir. Bu her doğru çıktığında, o düzen biraz daha sağlamlaşır.

staying-behind-say-what-happens =
    .title = Geride kalan, olanı anlatır
    .body = Bugün biri kapıdan çıkarken bebeğin kucağında mı ağlıyor? Hemen bir oyuncakla dikkatini dağıtmaya çalışma. Önce olanı söyle: kim gitti, ne zaman dönecek, ve “Üzüldün, değil mi? Ben yanındayım.” Böylece bebeğin özlemi tek başına taşımak zorunda kalmaz. En kötü ağlama geçince bir şarkı ya da pencereden dışarı bakmak iyi gelir.

pulling-to-stand-you-close-by =
    .title = Kendi kendine kalkmak, sen hemen yanında
    .body = Bebeğin kanepeye ya da oyun parkının kenarına tutunup kalkıyor mu? Onu kendin ayağa kaldırma; kanepenin hemen yanında yere otur. Elini bir güvenlik ağı gibi hazır tut ve sadece bebeğin isterse yardım et. Belki ancak onuncu denemede olur, ve tam da böyle olması iyi: Bebeğin kendi başına neler yapabildiğini keşfeder, sen de güvende hissetmesini sağlarsın.

late-at-pickup-make-it-right =
    .title = Almaya geç mi kaldın? Telafi et
    .body = Bugün kreşe geç mi kaldın ve bebeğin bakıcıyla bekleyen son çocuk muydu? Suçluluk kimseye yaramaz, onarmak yarar. Göz hizasına in, bebeğini sıkıca sar ve söyle: “Geç kaldım. Beni bekledin. Şimdi buradayım.” Bebeğine göz kulak olan bakıcıya teşekkür et. Evde acele etmeden biraz daha fazla birlikte vakit geçirin. Sık mı oluyor? Arada bir kimin alabileceğine bak.

twins-both-want-you-at-once =
    .title = İkizler ve ikisi birden seni istiyor
    .body = İkizlerin var ve bugün ikisi de aynı anda sana mı gelmek istiyor? Birini kucağına al, öbürünün yanına yere otur ve boştaki elini onun sırtına koy. İkisiyle de konuş: “Seni de duyuyorum, sıra birazdan sende.” Kimin önce kucağa geleceğini sırayla değiştir. Sesin ve elin, bekleyen bebeğe unutulmadığını söyler. Beklerken biraz ağlaması sorun değil; iki bebeği aynı anda kusursuz teselli edebilen yok.

costumed-figure-no-photo-on-their-lap =
    .title = Kostümlü biri mi? Kucağında fotoğraf yok
    .body = Sinterklaas, bir eğlencedeki palyaço ya da mağazadaki bir maskot gibi kostümlü biri fotoğraf için bebeğini kucağına almak istiyor, bebeğin de sana mı sarılıyor? Bebeğini verme. Fotoğrafı bebeğin senin kucağındayken, onun yanında çek ya da hiç çekme. Gördüğünü söyle: “O kocaman figür seni korkutuyor, değil mi? Seni tutuyorum.” Ciddiye alınan bir korku çocuğu daha korkak değil, daha güvende yapar.

a-sock-puppet-says-hello =
    .title = Bir çorap kukla merhaba diyor
    .body = Bugün eski bir çorabı eline geçir, üstüne iki göz çiz ve kukla incecik bir sesle bebeğini selamlasın: “Merhaba! Burnunu alabilir miyim?” Sonra kukla utangaçça saklansın, neşeyle dans etsin ya da esnesin; ne hissettiğini söyle: “Kukla yorgun.” Böylece bebeğin, kucağında güvendeyken duyguları büyük ve oyunbaz biçimde görür. Bebeğin irkildi mi? O zaman kukla çok alçak sesle ve yavaş konuşsun.

a-religious-service-with-your-baby =
    .title = Bebeğinle camiye, kiliseye ya da bir törene
    .body = Bebeğinle camide, kilisede ya da tapınakta bir ibadete veya sessizlik beklenen bir törene mi gidiyorsun? Kenarda ya da arkada otur, sessiz ve tanıdık bir şey yanına al; bebeğin kucağından insanlara baksın, sesleri dinlesin. Huzursuzlanırsa kısa bir süre dışarı çık, sonra geri gel. Senin sakinliğin kusursuz bir sessizlikten daha önemli.

friends-without-children =
    .title = Çocuksuz arkadaşlarını gözden mi kaybettin?
    .body = Günlerin uyku saatlerine göre dönerken onların planları gece onda başladığı için çocuksuz arkadaşlarını neredeyse hiç görmüyor musun? Bugün bir arkadaşına sana uyan bir öneriyle mesaj at: pusetle bir yürüyüş, öğle uykusu sırasında sende bir öğle yemeği. Dostluk nefes aldırır, nefes alan bir ebeveynin de sabrı artar. Herkes katılmayabilir; bu da olur.

feeling-closer-to-one-of-your-children =
    .title = Çocuklarından birine daha mı yakın hissediyorsun?
    .body = Bebekle kolay giderken büyük çocuğunla mı çatışıyorsun, ya da tam tersi, ve bundan utanıyor musun? Pek çok ebeveyn bunu bilir: Bağların dönemleri vardır; bu, sevginle ilgili bir şey söylemez. Bugün o çocuğu iyi tanıyan birine, örneğin büyükanneye ya da bakıcısına, onda en çok neyi sevdiğini sor. Sonra sen de buna dikkat et. Bu his geçmiyor mu? Consultatiebureau’da (çocuk sağlığı merkezinde) konuş.

a-cupboard-they-may-empty =
    .title = Boşaltmasına izin olan bir mutfak dolabı
    .body = Sen yemek yaparken bebeğin bacaklarına mı asılıyor? Bugün alçak bir mutfak dolabını, güvenle çıkarabileceği şeylerle doldur: plastik kaplar, kapaklı bir tencere, tahta kaşıklar. Bebeğin onu hemen yanında boşaltabilir. Böylece sen yakınındayken dünyayı keşfeder, sen de arada cevap verirsin: “Tencereyi buldun!” Yarın içindekilerin birkaçını değiştir.

dropping-game-from-the-high-chair =
    .title = Düşürme oyunu: katıl, sonra nazikçe bitir
    .body = Bebeğin bugün kaşığı mama sandalyesinden tekrar tekrar atıp sonra sana mı bakıyor? Bu inat değil, bir oyun: Ben düşürürüm, sen alırsın. Birkaç kez neşeyle katıl: “Güm! Gitti… ve işte yine burada.” Yeterince oynadın mı? Sonunu haber ver: “Bir kez daha, sonra kaşık kalıyor.” Sözünde dur ve bebeğin itiraz etse de nazik kal. Böylece bebeğin, bir sınırın öfkeli olmak zorunda olmadığını yaşar.

a-cuddle-given-back =
    .title = Sarılmaya karşılık mı? Bir an dur
    .body = Bebeğin bugün kollarını boynuna doladı mı, ya da onu tutarken sırtına hafifçe mi vurdu? Bu, bebeğinin kendiliğinden verdiği ilk sarılmalardan biri olabilir. Yaptığın işi bırak, bir an dur ve tadını çıkar: “Ne güzel sarıldın bana.” Bebeğin, verdiğinin karşılık bulduğunu hisseder. Her gün olmaz, onu bu kadar güzel yapan da bu.

where-is-the-lamp =
    .title = Lamba nerede?
    .body = Bugün sakin bir anda sor: “Lamba nerede?” ve biraz bekle. Bu yaşlarda birçok bebek birkaç sözcüğü anlar ve etrafa bakınmaya başlar. Bebeğin lambaya bakarsa sevinçle söyle: “Evet, işte lamba!” Birlikte aynı şeye bakarsınız ve bebeğin senin onu anladığını fark eder. Henüz bakmıyor mu? Lambaya kendin bak, adını söyle ve başka bir gün tekrar dene.

announce-the-hoover-first =
    .title = Önce haber ver, sonra süpür
    .body = Elektrik süpürgesi bebeğini korkutuyor mu? Bugün onu önce kapalı bırak: Bebeğin kucağından ona bakabilsin, dokunabilsin. Sonra “Şimdi çok ses çıkaracak” de ve odanın öbür ucunda kısa bir süre çalıştır. Önceden haber verilen gürültü, ansızın gelen gürültüden daha az korkutucudur. Yine de ağlıyor mu? Kapat, bebeğine sıkıca sarıl ve başka bir gün, biraz daha uzakta yeniden dene.

fireworks-or-thunder-inside-together =
    .title = Havai fişek ya da gök gürültüsü: içeride birlikte
    .body = Bu gece havai fişek ya da fırtına mı var, bebeğin de irkilip uyandı mı? Yanına git, kucağına al ve ne olduğunu sakince söyle: “Bu gök gürültüsü. Sesi yüksek ama biz içerideyiz. Ben yanındayım.” En sessiz odaya geçin, perdeleri kapat ve kendin yavaşça nefes ver. Sen de sesi sevmesen bile bebeğin senin sakinliğini ödünç alır. Uyuyunca onu kendi yatağına sırtüstü yatır.

one-adult-on-duty-at-a-party =
    .title = Bir eğlencede bir yetişkin “nöbette”
    .body = Herkesin bebeğini kucağına almak istediği, içki de bulunan bir düğüne, doğum gününe ya da büyük bir aile eğlencesine mi gidiyorsun? Önceden her saat kimin “nöbette” olacağını belirleyin: O kişi bebeğini gözünün önünde tutar, ayık ve dikkatli kalır, bez çantasının yerini bilir, bebeğin ağlarsa ilgilenir. Böylece kimse yarım göz kulak olmaz, diğerleri de eğlenebilir. Güvendiğin biriyle nöbetleşin.

a-switch-before-you-walk-in =
    .title = Eve gergin mi dönüyorsun? Önce biraz soluklan
    .body = İşten gergin mi dönüyorsun, aklın hâlâ o e-postada ya da tartışmada mı? Kapıdan girmeden iki dakika ayır: arabada otur ya da kapının önünde dur, birkaç kez yavaşça nefes ver ve bebeğinle dört gözle beklediğin bir şeyi düşün. Sonra içeri gir ve önce bebeğini selamla; çanta ve telefon sonra. Böylece içeri ilk giren şey stresin olmaz. Olmadı mı? “Buradayım, bir dakikaya ihtiyacım var” de.

two-homes-same-bedtime-song =
    .title = İki ev, aynı uyku şarkısı
    .body = Bebeğin dönüşümlü olarak bir seninle, bir diğer ebeveyniyle mi kalıyor? Birkaç şeyin iki evde de aynı gitmesi için anlaşın: uyku şarkısı, yatarken söylenen sözler. Teslim ederken günün nasıl geçtiğini kısaca anlat ya da çantada gidip gelen bir defter kullanın. Böylece bebeğin her evde neyin geleceğini yeniden tahmin etmek zorunda kalmaz. Geçişte ağlıyor mu? Bu bir vedalaşma, kötü bir işaret değil.

school-gate-greet-the-big-one-first =
    .title = Okul kapısında: önce büyük çocuk
    .body = Büyük çocuğunu okuldan ya da kreşten alırken bebek kucağında ya da pusette mi? Önce büyüğü selamla: Çömel, göz hizasına gel: “İşte buradasın! Seni özledim.” Bebek izler, sonra o da katılır. Sensiz geçen bir günün ardından büyük çocuğunun o an sana en çok ihtiyacı vardır. Yolda gününden bir şey sor, bebeğin agucukları da araya karışsın.

two-carers-the-same-no =
    .title = İki bakıcı, aynı “hayır”
    .body = Biriniz merdiven kapısında “hayır” derken öbürü “boş ver” mi diyor? Bugün bebeğine sık bakan herkesle gerçekten yasak olan iki üç şey seçin, örneğin merdiven, ocak ve kablolar, ve hepinizin söyleyeceği tek bir söz belirleyin, “Dur” gibi. Listeyi bakıcılar ve büyükanne ile büyükbabalar için de asın. Gerisinde herkesin kendi tarzı olabilir. Böylece bebeğin, kim bakarsa baksın ne beklediğini bilir.

when-the-familiar-carer-leaves =
    .title = Tanıdık bakıcı ayrılınca
    .body = Bebeğinin kreşteki sabit bakıcısı ayrılıyor mu, ya da gruba yeni bir yüz mü geliyor? Tanıdık kişinin birkaç kez yeni kişiyle birlikte çalışıp çalışamayacağını sor; böylece bebeğin yeni kollara alışabilir. Bebeğinin nasıl teselli edilmeyi sevdiğini yeni kişiye kendin anlat ve ilk zamanlarda bırakırken daha çok zaman ayır. Daha çok mu ağlıyor? Bu özlem, gerileme değil.

first-night-at-the-grandparents =
    .title = Büyükannede, büyükbabada ilk gece
    .body = Bebeğin ilk kez büyükanne ve büyükbabasında mı yatacak? Önce orada, sen hâlâ evdeyken bir öğle uykusu uyusun. Uyku ritüelini de yanında götür: aynı uyku tulumu, aynı şarkı, aynı sözler. Güvenli uykuyu da birlikte konuşun, çünkü eskiden farklı yapılırdı: sırtüstü, kendi yatağında, içinde yumuşak hiçbir şey, yastık ya da oyuncak yok. Böylece sen de içi rahat uyursun.

tidy-up-one-block-together =
    .title = Birlikte kutuya bir blok
    .body = Yer bloklarla mı dolu? Bugün toplamayı küçük bir oyuna çevir: Birlikte bir blok alın, kutuyu uzat ve “Kutuya… güm!” de. Blok içine düşünce alkışla. Geri kalanı sen toplarsın, bebeğin de izler ya da bir tane daha getirir. Böylece oyunun sonu, kendiliğinden olan bir şey değil, seninle sabit ve keyifli bir an olur. Her seferinde aynı toplama şarkısını söyle.

childcare-says-your-baby-bites =
    .title = Kreş bebeğinin ısırdığını söylüyor
    .body = Bebeğini alırken başka bir çocuğu ısırdığını mı duydun? Korkma, utanma: Bu yaşlarda heyecan, hayal kırıklığı ya da çıkan dişler yüzünden ısırmak sık görülür ve henüz kötü bir niyet taşımaz. Ne zaman olduğunu ve bakıcıların nasıl tepki verdiğini sor, evde de aynısını yap: sakin bir “Ah, acıyor”, kısa bir mesafe, sonra yeniden temas. İki yerde tek bir yaklaşım, durumu bebeğin için netleştirir.

a-screen-to-keep-them-quiet =
    .title = Bebeğini sakinleştirmek için telefonun mu?
    .body = Bekleme salonunda, trende ya da aile sofrasında bebeğini sakinleştirmek için telefonunda bir videoya mı uzanıyorsun? Anlaşılır bir şey. Önce kendinden bir şey dene: fısıltıyla bir şarkı, birlikte pencereden bakmak, bir anahtarlık, bir parmak oyunu. Senin yüzün karşılık verir, ekran vermez. Yine de birlikte bir video mu izliyorsunuz? Bebeğini kucağında tut ve gördükleriniz hakkında konuş.

the-cat-or-dog-and-your-crawler =
    .title = Kedi ya da köpek ve emekleyen bebeğin
    .body = Bebeğin artık kedinin ya da köpeğin peşinden emekleyip kuyruğuna, tüylerine mi uzanıyor? Bugün yanlarına otur, minik eli tut ve birlikte sırtını yavaşça okşayın: “Yavaşça, böyle. Kedi bunu sever.” Hayvana her zaman kaçabileceği bir yer bırak, bebeğinle hayvanı asla yalnız bırakma. Bebeğin yumuşak dokunmanın nasıl olduğunu senin ellerinden öğrenir. Daha çok kez ters gidecek; bu normal.

when-the-big-one-needs-you-more =
    .title = Büyük çocuğun bütün ilgine ihtiyaç duyduğunda
    .body = Büyük çocuğun hasta mı, zor bir hafta mı geçiriyor, ya da hastane ziyaretlerine çok mu zaman gidiyor ve bebeğin biraz geri planda mı kalıyor? Birkaç küçük ama gerçek an kaldığı sürece sorun değil. Bugün bebeğin için iki sabit dakika seç; örneğin bez değiştirirken ve uykudan önce: yüzün yakında, bir şarkı, bütün ilgin onda. Bebeğini arada bir başkası da yürüyüşe çıkarsın.

small-home-big-explorer =
    .title = Küçük ev, büyük kâşif
    .body = Küçük bir evde mi oturuyorsun ve emekleyen ya da ayağa kalkan bebeğine yerde neredeyse hiç yer kalmıyor mu? Bugün dışarıda, sen yanında otururken bebeğinin serbestçe emekleyebileceği bir yer bul: kumlu bir oyun parkı, bir çimenlik, kütüphane, mahallede bir ebeveyn-bebek buluşması. Evde boş bir köşe de yetebilir. Bebeğinin büyük bir eve değil, sen yakınındayken keşfedeceği bir alana ihtiyacı var.

medicine-without-a-battle =
    .title = Kavgasız ilaç vermek
    .body = Bebeğinin aile hekiminin yazdığı şurubu, kulak damlasını ya da burun spreyini alması mı gerekiyor, o da başını çevirip çığlık mı atıyor? Önce ne geleceğini söyle: “Ağzına bir fıs, sonra bitti.” Bebeğini kucağında sıkıca ve güvenle tut, sakin ama çabuk yap, hemen ardından sarılarak ya da şarkıyla teselli et. Böylece boğuşma yerine kısa, öngörülebilir bir an olur. Olmuyor mu? Aile hekimine danış.

a-spoon-of-their-own =
    .title = Sofrada kendi kaşığı
    .body = Bebeğin bugün onu beslerken sürekli kaşığa mı uzanıyor? Ona kendi kaşığını ver ve kendisi alsın diye tablaya birkaç yumuşak parça koy, sen de öbür kaşıkla yardım et. Aynı masada sen de bir şeyler ye ve bebeğin yerken yanından ayrılma. Bebeğin şunu hisseder: Katılabilirim, kendim deneyebilirim, sen de yanımdasın. Ortalık dağılacak, bu da işin parçası.

tired-signs-have-changed =
    .title = Bebeğin yorgunluğunu artık başka türlü gösteriyor
    .body = Bebeğin eskiden uyku vakti esnerdi de şimdi hareketleniyor, sakarlaşıyor, mızmızlanıyor ya da kulaklarını mı çekiştiriyor? Büyüyen bebeklerde yorgunluğun yüzü çoğu zaman değişir. Birkaç gün şekerlemeden önceki yarım saate dikkat et; bebeğine bakan başkalarına da o sırada ne gördüklerini sor. Böylece daha erken fark eder, uykuyu biraz öne alabilirsin. Bebeğini hep yeniden tanırsın.

share-the-invisible-list =
    .title = Her şeyi kim hatırlıyor? Görünmez listeyi paylaşın
    .body = Bezlerin bitmek üzere olduğunu, consultatiebureau’nun (çocuk sağlığı merkezinin) aranacağını ve babaannenin doğum gününü hatırlayan hep sen misin? Bu görünmez iş enerji emer. Bugün bakımı paylaştığın kişiyle bebeğin için ayarlanacak her şeyi yazın ve işleri, hatırlamaktan yapmaya kadar bütün olarak bölüşün. Kafan ne kadar boşsa bebeğine o kadar yer kalır. Yalnız mısın? Neyi başkası üstlenebilir?

when-your-partner-is-struggling =
    .title = Eşin zor bir dönemden geçiyorsa
    .body = Eşin depresyonda, hasta ya da tükenmiş mi ve bakımın büyük kısmını şimdi sen mi taşıyorsun? Bugün her hafta belli bir kısmı üstlenebilecek bir kişi bul, böylece sen de dinlenebilirsin. Eşin için bebekle küçük, yapılabilir anlar ayır: birlikte kanepede oturmak, bir şarkı. Bebeğine sıcak, sıradan bir ilgi yeter. Aile hekimiyle de konuş; hem eşin hem kendin için.

copy-me-copy-you =
    .title = Sen beni taklit et, ben seni
    .body = Bebeğin el çırpmak ya da öksürmek gibi şeyleri taklit ediyor mu? Bugün bir taklit oyunu oynayın: Başına hafifçe vurmak ya da öpücük göndermek gibi basit bir şey göster ve bekle. Bebeğin taklit ederse gül ve yeni bir şey dene; bebeğin kendisi bir şey yaparsa sen onu taklit et. Böylece sırayla yön verdiğiniz, sözsüz bir sohbet doğar. Henüz değil mi? Bebeğin bugün izlemeyi seçiyor, bu da iyi.

no-need-to-perform-at-the-check-up =
    .title = Kontrolde bebeğin bir şey göstermek zorunda değil
    .body = Consultatiebureau’ya (çocuk sağlığı merkezine) mı gidiyorsun ve bebeğin evde çoktandır yaptığı halde orada birden el sallamak, ayakta durmak ya da küp almak istemiyor mu? Gayet normal: Yabancı bir odada, tanımadığı bir yüzün karşısında pek çok bebek önce bekleyip izler. Evde ne gördüğünü anlatman yeter; bebeğini her gün sen görüyorsun. Dönüşte olmayanları bir sınav gibi düşünme. Sıradan bir gündü.

ramadan-suhoor-and-a-sleeping-baby =
    .title = Ramazan: gece sahur, bebeğin uyumaya devam etsin
    .body = Ramazanda bütün ev şafaktan önce sahur için ışıklar, tencereler ve seslerle mi uyanıyor? Bebeğinin uyuduğu yerin çevresini karanlık ve sessiz tut: kapı kapalı, alçak sesle konuşma. Bebeğin yine de uyanırsa geceleri hep yaptığını yap: loş ışık, az söz, herkes ayakta olsa bile yeniden yatağa. Böylece bebeğin için gece gece olarak kalır. Sen de mümkünse daha erken yat.

suddenly-scared-of-the-bath =
    .title = Birden banyodan korkmak
    .body = Banyoyu hep seven bebeğin birden küvette mi ağlıyor? Bu sık görülür; bazen guruldayan gider yüzünden ya da bir kez kaydığı için. Önce yeniden güvenli hissettir: daha az su, dibe bir havlu ya da seninle birlikte banyo. Gördüğünü söyle: “Bu sana korkutucu geliyor, seni tutuyorum.” Birkaç gün sadece bezle silmek de olur. Banyoda elin hep bebeğinin üzerinde olsun.

startled-by-your-no-repair =
    .title = Bağırdığın “Hayır!” onu korkuttu mu?
    .body = Bebeğin sıcak çayına uzanınca bugün yüksek sesle “Hayır!” mı dedin ve bebeğin ağlamaya mı başladı? Çok anlaşılır: Sen korktun, bu yüzden bebeğin de korktu. İlk fırsatta onu kucağına al ve yumuşakça söyle: “Bağırdım, çünkü çay sıcak. Korktun. Buradayım.” Böyle bir andan sonra onarmak bağınızı zayıflatmaz, güçlendirir. Bundan sonra sıcak içecekleri yükseğe koy.


face-wipe-after-eating =
    .title = Yemekten sonra: önce ıslak bez onda
    .body = Yemekten sonra ıslak bez yaklaşınca bebeğin başını mı çeviriyor? Önce silmesi için ona kendi ıslak bezini ver, çoğunu tepsiye sürse bile. Sonra ne yapacağını söyle: “Şimdi ağzın, hemen bitiyor.” Yüzünü karşıdan değil yandan, yumuşak ve kısa sil. Böylece bir baskın gibi hissettirmez. Birkaç lekenin kalmasında da sakınca yok.

grumpy-waking-from-the-nap =
    .title = Öğle uykusundan ağlayarak uyanmak
    .body = Bebeğin öğle uykusundan ağlayarak ya da huysuz mu uyanıyor? Onu sakince yatağından al ve yemeğe ya da giyinmeye geçmeden önce bir süre birlikte kanepeye oturun. Loş ışık, az söz, kolun onun etrafında. Bazı bebekler yavaş uyanır; senin sakin bedenin bir başlangıç noktası olunca bu daha kolay olur. Beş dakika çoğu zaman yeter.

brings-you-the-coat-a-wish-without-words =
    .title = Bebeğin sana montunu getiriyor: sözsüz bir istek
    .body = Bebeğin montunla, küçük ayakkabılarıyla ya da bir kitapla yanına gelip sana umutla mı bakıyor? Bu sözsüz bir soru. Bebeğinin ne istediğini düşündüğünü yüksek sesle söyle: “Dışarı çıkmak istiyorsun! İyi fikir.” Yanlış mı tahmin ettin, bebeğin seni kitaplığa doğru mu çekiyor? Artık biliyorsun. Bebeğin, sözcüklerden önce bile göstermenin işe yaradığını ve senin onu anlamak istediğini fark eder.

big-sibling-reads-to-the-baby =
    .title = Abla ya da ağabey kitap okuyor
    .body = Büyük çocuğun da bebek için bir şey yapmak mı istiyor? Bugün, henüz okuma bilmese bile, ona bebeğe “kitap okuma” işini ver: resimlere bakarak hikâyeyi anlatsın, hayvan seslerini çıkarsın, sayfaları çevirsin. Üçünüz birlikte oturun, bebek senin kucağında. Gördüğünü söyle: “Bak, sen havlayınca sana bakıyor!” Büyük çocuğun kendini büyümüş hisseder, bebek de giderek daha tanıdık gelen bir ses duyar.

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
    .body = Her gün geçen iki üç kelime seç, “daha”, “bitti” ya da “uyku” gibi, ve her birine basit bir el işareti ver. Bugün yemekte ve uyku vaktinde kelimeyle işareti birlikte kullan. Birçok bebek bir kelimeyi söyleyemeden önce işaretini yapabilir; sana bir şey anlatabilmek de hayal kırıklığını yumuşatır. Kelimeler yine gelecek; işaret o zamana kadar bir köprüdür.

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
    .title = Bebeğin sözsüz “hayır” diyor
    .body = Bir şey uzattığında bebeğin başını iki yana sallıyor, elini itiyor ya da arkasını mı dönüyor? Birçok bebek ilk “hayır”ını böyle söyler. Bugün mümkün olan yerde bunu ciddiye al: “Hayır mı? Ayıcık olmasın. Tamam.” Bir şey yine de gerekiyorsa, mont ya da bez gibi, fark ettiğini söyle: “İstemiyorsun, değil mi? Hemen bitiyor.” Duyulan bir “hayır”, ne istediğini belli etmenin işe yaradığını öğretir.

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

back-to-the-childminder-after-a-break =
    .title = Uzun bir aradan sonra bakıcıya ya da kreşe dönüş
    .body = Bakıcı (gastouder) haftalarca tatilde miydi, ya da bebeğin hastalık veya izin yüzünden uzun süre evde miydi? O zaman geri dönmek neredeyse yeniden alışmak gibidir. İlk günü kısa tut, bırakırken bebeğin yeniden bakıcıya gitmek isteyene kadar birlikte biraz otur ve nelerin değiştiğini anlat: yeni sözcükler, farklı bir uyku düzeni. Öncekinden çok mu ağlıyor? Bu gerileme değil, yeniden alışmak.

song-with-a-gesture-gap =
    .title = Hareketli bir şarkı ve bebeğine bir boşluk
    .body = Bugün hareketli bir şarkı söyle, örneğin dönen ellerle “Otobüsün tekerleği”. Birkaç kez söyledikten sonra bir hareketin hemen öncesinde dur ve gözlerini açıp bekle. Birçok bebek bu boşluğu bir el sallama, bir alkış ya da kendi sesiyle doldurur. Bu duraklama şarkını, bebeğinin de bir rolü olduğu bir sohbete çevirir. Şimdilik sadece izliyor mu? O da olur: her şeyi biriktiriyor.

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
    .body = Bir doğum günü ya da bayram bebeğine birden bir yığın yeni oyuncak mı getirdi? Çoğunu şimdilik kaldır ve bugün tek bir şey çıkar. Onunla yere otur ve acele etmeden, nasıl “doğru” oynanacağını hemen göstermeden birlikte keşfedin. Bir anda çok fazla şey birçok bebeği huzursuz eder; senin ilginle birlikte tek bir şey ise bir şenliktir. Bir iki hafta sonra değiştir: kaldırdıkların yeniden yeni gelir.

first-birthday-looking-back =
    .title = Birlikte bir yıl: gerçekte nasıldı, anlat
    .body = İlk doğum günü civarında birçok ebeveyn geriye bakar. Gururun yanında zor bir doğumun, bir hastane yatışının ya da ağır ayların anıları da gelebilir. Bu normaldir. Bugün güvendiğin birine bu yılın senin için gerçekte nasıl geçtiğini, zor kısımlarıyla anlat. Birinin seni dinlemesi, yaşananları yerine oturtmaya yardım eder. Anılar ağır mı basıyor? Aile hekiminle (huisarts) konuş.

the-walking-yet-question =
    .title = “Yürüyor mu artık?”
    .body = Kutlamalarda karşılaştırma başlar: kim yürüyor, kim konuşuyor? Bugün hazır bir cümlen olsun: “Biz kendi hızımızda gidiyoruz.” Bir yaş civarında bebekler yürüme ve konuşmada aylarca farklı olabilir; bu normaldir. Bebeğinin kimseye yetişmesi gerekmez; olduğu gibi onun tadını çıkaran birine ihtiyacı var. Gerçek bir endişen mi var? Consultatiebureau’ya (çocuk sağlığı merkezine) götür.

no-forced-kisses-a-wave-will-do =
    .title = Öpücük için zorlama: el sallamak da olur
    .body = Bir amca, teyze ya da büyükanne öpücük mü istiyor, bebeğin de başını omzuna mı gömüyor? Hem bebeğine hem de o yetişkine yardım et: “Bugün el sallıyoruz. Sen de sallar mısın?” Üstelemeden önce sen el salla. Böylece bebeğin kendi bedeni hakkında söz sahibi olduğunu öğrenir, karşındaki de yine bir selam alır. Öpücük çoğu zaman sonra, bebeğin canı istediğinde kendiliğinden gelir.

familiar-faces-in-your-street =
    .title = Sokağındaki tanıdık yüzler
    .body = Her gün aynı komşunun, fırıncının ya da büfedeki adamın önünden mi geçiyorsun? Bugün bebeğin kucağındayken onları bilerek selamla: el salla, adlarını söyle: “Bak, Ayşe teyze orada.” Bebeğini kimseye vermen gerekmiyor; güvenli bir mesafeden bir gülümseme ve el sallamak yeter. Böylece kapının dışındaki dünya, senden başlayarak biraz tanıdık hale gelir. Belki yakında ilk el sallayan bebeğin olur.

petting-farm-from-your-arm =
    .title = Çocuk çiftliğinde, senin kucağından
    .body = Bugün çocuk çiftliğine mi gidiyorsunuz? Bebeğini kalçanda taşı, ne kadar yaklaşacağınızı onun bedeni söylesin. Öne eğilip parmakla göstermek “daha yakına!” demektir; kaskatı kesilmek ya da yüzünü boynuna gömmek “bu kadarı yeter”. Gördüklerinizi adlandır: “Bir keçi. Meee!” Bebeğinin seçtiği mesafede kalırsan, büyük ve yeni bir şey korku değil macera olur. Sonraki ziyarette çoğu zaman daha cesurdur.

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
