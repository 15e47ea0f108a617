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


previous-birth-still-weighs-on-you =
    .title = Önceki bir doğum, eş olarak hâlâ içini sıkıyor mu?
    .body = Önceki bir doğum zor geçtiğinde eş ya da destek olarak orada mıydın? Doğumda yanında duran kişi de uzun süre etkisinde kalabilir ve yaşadığını çoğu zaman önemsiz sayar. Bugün hamile olan kişiye neler gördüğünü ve hissettiğini anlat, bu sefer senden neye ihtiyacı olduğunu sor. Ebeyle (verloskundige) bir randevuya birlikte git ve kendi sorularını sor. Böylece bu sefer yanında daha sakin durursun.

pregnancy-came-unexpectedly =
    .title = Bu hamilelik beklenmedik mi geldi?
    .body = Bu hamilelik aslında hiç uygun olmayan bir zamanda mı geldi ve şaşkınlık hâlâ tam geçmedi mi? Bu, bebeğini önemsemekle pekâlâ yan yana durabilir. Bugün elini karnın üstüne koy ve bebeğe nasıl olduğunu dürüstçe anlat: “Beklenmedik geldin, sana alışıyoruz.” Duygular da karınla birlikte büyüyebilir. Kaygıların içinde sıkışıp mı kaldın? Ebenle (verloskundige) ya da aile hekiminle (huisarts) konuş.

who-looks-after-your-eldest-during-the-birth =
    .title = Doğum sırasında büyük çocuğuna kim bakacak?
    .body = Doğum her an, gece yarısı bile başlayabilir. Büyük çocuğuna o zaman kimin bakacağını şimdiden kararlaştır: tercihen onun iyi tanıdığı biri, örneğin büyükanne, büyükbaba ya da yakın bir arkadaş, bir de yedek bir kişi. Çocuğun önceden orada bir kez oynasın ya da yatıya kalsın; ona basitçe anlat: “Bebek gelince sana ninen bakacak.” Tanıdık bir yüz beklemeyi güvenli kılar.

songs-that-comforted-you-as-a-baby =
    .title = Bebekken sana hangi şarkıların söylendiğini sor
    .body = Bugün annene babana, bir ninene ya da teyzene sor: “Ben küçükken bana hangi şarkıları söylerdiniz, ağladığımda ne iyi gelirdi?” Sonra bunlardan birini, onu duyduğun dilde karındaki bebeğe söyle. Böylece bir zamanlar seni teselli eden şeyi aktarırsın, belki bebekliğinle ilgili güzel bir hikâye de dinlersin. Kimse hatırlamıyor mu? O zaman bu ailenin ilk şarkısını sen seçersin.

tell-your-toddler-a-baby-is-coming =
    .title = Küçük çocuğuna bebeği birkaç kelimeyle anlat
    .body = Küçük çocuğun bir bebeğin geleceğini henüz bilmiyor mu? Bugün birkaç kelimeyle anlat: “Bu karında bir bebek büyüyor. Senin kardeşin olacak.” Küçük çocukların zaman duygusu zayıftır, bu yüzden bildiği bir şeye bağla: “havalar yeniden ısınınca” ya da “doğum gününden sonra”. Hemen bir tepki bekleme; sorular çoğu zaman sonra, banyoda ya da arabada gelir. O zaman kısa ve dürüst cevap ver.

hard-time-after-a-previous-birth =
    .title = Önceki doğumdan sonraki dönem zor mu geçti?
    .body = Önceki bir doğumdan sonra uzun süre kendini çökkün, kaygılı ya da duygusuz mu hissettin? Çoktan geçmiş olsa bile bunu şimdiden ebene (verloskundige) ya da aile hekimine (huisarts) söyle. Böylece neyin iyi geleceğini birlikte düşünebilirsiniz: ilk haftalarda sana kim göz kulak olacak, kimi arayacaksın. Tekrar etmesi gerekmiyor ama önceden bir plan huzur verir. Bunu erkenden açmak zayıflık değil.

mixed-feelings-about-the-pregnancy =
    .title = Sadece mutlu değil misin? Bu da olur
    .body = Bu bebeği çok istemiş olsan bile sevincin yanında şüphe, huzursuzluk ya da şimdiki hayatına özlem de mi hissediyorsun? Bugün hamilelikle ilgili üç duygunu yaz, tebrik kartına sığmayacak olanları da, ve yargılamadan yeniden oku. Karışık duygular çok yaygındır ve çocuğunu ne kadar seveceğin hakkında hiçbir şey söylemez. Kendi duygularına yer açmak, çocuğunun duygularına yer açmanın provasıdır.

long-road-to-this-pregnancy =
    .title = Uzun bir yolun ardından inanmaya cesaret edemiyor musun?
    .body = Bu hamileliğin öncesinde tedaviler, beklemeler ve hayal kırıklıklarıyla dolu uzun bir yol mu vardı? O zaman bu bebeğin gerçekten geleceğine inanmak zor olabilir. Bugün bebek bekleyenlerin yaptığı ama senin şimdiye kadar ertelediğin küçük bir şey yap: bir zıbın al, ismi yüksek sesle söyle, ultrason fotoğrafını duvara as. İnanmak adım adım gelebilir.

partner-feeling-outside-join-a-checkup =
    .title = Eş olarak kendini biraz dışarıda mı hissediyorsun?
    .body = Karın senin değil ve bu yüzden hamilelik bazen uzak mı geliyor? Ebeyle (verloskundige) yapılacak bir sonraki kontrole sen de git, kalp atışını dinle ve sana ait bir soru sor, örneğin bebek doğunca senin neler yapabileceğini. Böylece bebek senin için de daha gerçek olur. İşten çıkamıyor musun? Sorularını gönder ve sonra her şeyi baştan sona dinle.

make-up-after-a-row-while-expecting =
    .title = Tartıştınız mı? Bugün konuya geri dön
    .body = Son zamanlarda eşinle, annenle ya da bir arkadaşınla, yorgun ve gerginken tartıştın mı? Bugün tek bir cümleyle konuya geri dön, örneğin: “Kusura bakma, çıkıştım, çok yorgundum.” Önemli olan kimin haklı olduğu değil, birbirinizi yeniden bulmanız. Yakın insanlar arasında çatışma da olur, barışma da. Böylece ileride çocuğunla sık yapacağın şeyi şimdiden çalışırsın: bir aksaklıktan sonra geri dönmek.

a-fixed-moment-with-your-eldest-that-stays =
    .title = Büyük çocuğunla kalıcı, düzenli bir an
    .body = Zaten bir çocuğun var mı? Şimdi, doğumdan sonra da sürecek küçük, düzenli bir baş başa an başlat: cumartesi birlikte kahvaltı, uyumadan önce bir kitap, parka kısa bir yürüyüş. Bebekle de sürdürebileceğin ya da diğer ebeveynin veya çocuğunun iyi tanıdığı birinin devralabileceği bir şey seç. Yakında çok şey değiştiğinde bu aynı kalır. Bu da büyük çocuğuna tutunacak bir dal olur.

afraid-of-giving-birth =
    .title = Doğumdan çok mu korkuyorsun?
    .body = Doğum yüzünden, belki de önceki seferden dolayı uykusuz mu kalıyorsun? Bugün korkunu olabildiğince netleştir: En kötüsü ne; acı mı, bir şeylerin ters gitmesi mi, kontrolü kaybetmek mi? Belirsiz bir korkuya cevap vermek zordur, net bir korkuya değil. Bu cümleyi ebene (verloskundige) söyle ve ek bir görüşme iste. Doğuma ne kadar sakin girersen, sonrasında bebeğine o kadar çok yer kalır.

pregnant-after-loss-bonding-in-small-steps =
    .title = Bir kayıptan sonra hamilesin ve kendini mi tutuyorsun?
    .body = Daha önce bir bebek kaybettin ve şimdi bu hamileliğe bağlanmaya pek cesaret edemiyor musun? Bu, kendini korumanın anlaşılır bir yolu ve birçok ebeveyn bunu bilir. Bağlanma küçük parçalar hâlinde gelebilir. Bugün bir dakika elini karnın üstüne koy ya da yanına otur ve sadece şunu söyle: “Bugün buradasın.” Yarın da bir dakika yeter.

keep-one-thing-of-your-own =
    .title = Sana ait kalacak bir şey seç
    .body = Her şey giderek daha çok bebeğin etrafında mı dönüyor ve sen nerede kalıyorsun diye mi düşünüyorsun? Bugün doğumdan sonra da, azıcık bile olsa, sürdürmek istediğin bir şey seç: bir saat yüzmek, müzik yapmak, bir arkadaşınla buluşmak. O sırada bebeğin yanında kimin olabileceğini düşün. Kendini kaybetmeyen bir ebeveynin verecek daha çok şeyi olur. İlk haftalarda ara verebilir; sonra döner.

old-pain-from-your-own-childhood =
    .title = Kendi çocukluğun birden yakınına mı geldi?
    .body = Şimdi, bebek beklerken, zor bir çocukluğun anıları birden mi canlanıyor; korku, kavga ya da yalnızlık gibi? Bebek bekleyen birçok kişinin başına gelir. Bunu tek başına çözmek zorunda değilsin: ebene (verloskundige) ya da aile hekimine (huisarts) anlat; seni konuşabileceğin birine yönlendirebilirler. Kendi zor başlangıcın çocuğunun yolunu belirlemek zorunda değil. Yardım istemek zaten bir adımdır.

picture-book-about-a-new-sibling =
    .title = Büyük çocuğunla yeni bir bebek üzerine kitap oku
    .body = Bugün kütüphaneden yeni doğan bir kardeşi anlatan resimli bir kitap al ve büyük çocuğunla birlikte oku. Resimleri göster ve sor: “Sence ağabey burada ne hissediyor?” Kitap, çocuğuna henüz hayal etmesi zor bir şey için kelimeler ve resimler verir. Çocuğun kitabı tekrar tekrar mı istiyor? Çok iyi: Böylece gelecek olanın provasını yapıyor.

low-or-anxious-during-pregnancy =
    .title = Hamilelikte haftalardır çökkün ya da kaygılı mısın?
    .body = İki haftadan uzun süredir kendini çökkün, kaygılı ya da boş mu hissediyorsun, hiçbir şeyden keyif alamıyor musun? Bu hamilelikte de olur; hamile olana da eşine de. Bugün ebene (verloskundige) ya da aile hekimine (huisarts) anlat; seninle birlikte düşünür, gerekirse yardım ayarlarlar. Bu senin suçun değil ve yardım istemek güçtür. Ne kadar erken söylersen o kadar erken ferahlarsın.

talk-to-the-bump-in-your-own-language =
    .title = Karındaki bebekle kendi dilinde konuş
    .body = Evde Felemenkçeden başka bir dil mi konuşuyorsun ya da iki dille mi büyüdün? Bugün karındaki bebekle kalbinin dilinde konuş ve şarkı söyle; teselli ettiğin, şaka yaptığın dilde. O dilde sesin en sıcak hâliyle, en çok kendin gibi çıkar ve bebeğin tanıyacağı ses de budur. Her biriniz başka bir dil mi konuşuyor? O zaman bebek ikisini de duyar. Bu bir zenginlik, karışıklık değil.

an-evening-for-the-two-of-you =
    .title = Sadece ikinize ait bir akşam
    .body = Bebeği bir eşle birlikte mi bekliyorsun? Bu hafta ikiniz için bir akşam planlayın: en sevdiğiniz yemek, eskiden sık yaptığınız bir yürüyüş, telefonlar kenarda. Birbirinize en çok neyi dört gözle beklediğinizi ve içten içe neden çekindiğinizi anlatın. Birbirinden destek gördüğünü hisseden ebeveynlerin bebeklerine çoğu zaman daha çok sabrı kalır. Böyle bir akşamın pahalı olması gerekmez.

after-a-loss-extra-contact-with-your-midwife =
    .title = Bir kayıptan sonra: Kontroller arasında aramaktan çekinme
    .body = Daha önce bir bebek kaybettin ve iki kontrol arasındaki gerginlik aklını mı meşgul ediyor? Bugün ebene (verloskundige) ek bir temasın mümkün olup olmadığını sor, örneğin kısa bir randevu ya da belirli bir telefon saati. Arada bir şeyden emin olamazsan, örneğin bebeğinin nasıl hareket ettiğinden, çekinmeden ara. Rahatsız etmiş olmazsın; ebeler tam da senin gibi ebeveynler için var.

expecting-alone-you-are-the-foundation =
    .title = Tek ebeveyn misin? Temel sensin
    .body = Bebeğini bir eş olmadan mı karşılıyorsun; çocuğunun bir eksiği olacağını duyuyor ya da düşünüyor musun? Bir bebek, tesellisiyle, yemeğiyle, sıcaklığıyla hep yanında olan tek bir ebeveyne de güvenle bağlanabilir. Bugün, biri bu konuyu açtığında ya da şüpheye düştüğünde söyleyeceğin bir cümle bul: “Çocuğumun yanında ben varım, hep geri gelirim.” Çevrendekiler güzel bir artı, ama temel sensin.

when-is-your-baby-active-in-the-womb =
    .title = Bebeğin karında ne zaman hareketli?
    .body = Bugün bebeğinin ne zaman hareket ettiğine dikkat et: uzandığında mı, yemekten sonra mı, müzik çalarken mi? Birçok ebeveyn bebeğinin kendine özgü bir düzeni olduğunu fark eder. Böylece çocuğunu daha görmeden tanımaya başlarsın. Bebeğin alıştığından az mı hareket ediyor? Ertesi günü bekleme; gece ya da hafta sonu da olsa ebeni (verloskundige) hemen ara. Bunun için aramak asla abartı değildir.

grandparent-says-let-the-baby-cry =
    .title = Büyükanne ya da büyükbaba “Bırak ağlasın” mı diyor?
    .body = Bir büyükanne ya da büyükbabadan şimdiden bebeğin “şımartılmaması” ya da “biraz ağlamaya bırakılması” gerektiğini mi duyuyorsun? Bugün, ortada ağlayan bir bebek yokken, bunu sakince konuşun. Ne istediğini söyle: “Bebek ağlarsa yanına gideriz.” Yenidoğan şımartılamaz; ağlamaya karşılık vermek bebeğe birinin geleceğini öğretir. Çoğu zaman iyi niyetlidirler; eskiden böyle öğretilmişti.

a-letter-to-your-baby-read-aloud =
    .title = Bebeğine bir mektup yaz ve sesli oku
    .body = Bir karınla konuşmak sana tuhaf mı geliyor? O zaman bugün bebeğine kısa bir mektup yaz: kim olduğunuzu, nerede yaşadığınızı, neler umduğunu. Onu karındaki bebeğe ya da karnın yanında oturarak sesli oku. Yazılmış kelimeleri söylemek, o an uydurulanlardan daha kolaydır ve bu arada bebeğin sesini duyar. Mektubu sakla; ileride çocuğunun hikâyesinin güzel bir parçası olur.

divide-the-housework-before-the-baby =
    .title = Bebek gelmeden ev işlerini paylaşın
    .body = Çamaşırı, alışverişi, yemeği ve çöpü yakında kim yapacak? Bugün evdeki tüm işlerin listesini birlikte çıkarın ve ilk aylarda kimin neyi üstleneceğini kararlaştırın; bazı işleri listeden silmek de serbest. Birkaç net anlaşma sayesinde ikiniz de yorgunken daha az pazarlık edersiniz. Tek başına mısın? O zaman hangi işlerin bir süre bekleyebileceğine karar ver.

older-child-sings-to-the-bump =
    .title = Büyük çocuğun karındaki bebeğe şarkı söylesin
    .body = Bugün büyük çocuğundan bebek için bir şarkı seçmesini ve onu karındaki bebeğe söylemesini ya da karna bir şey fısıldamasını iste. Açıkla: “Bebek seni şimdiden duyabiliyor, biraz boğuk, sanki su altındaymış gibi.” Böylece çocuğunun kendine ait bir görevi olur, bebek de ileride sık sık yakınında olacak bir sesi duyar. Doğumdan sonra birlikte yeniden söyleyin; artık bu onların şarkısı.

curious-who-your-baby-will-be =
    .title = Bebeğinin kim olacağını merak et
    .body = Çocuğunu şimdiden hayal ediyor musun: senin gibi sakin, kız kardeşin gibi sporcu, müziğe düşkün? Bugün beklentilerini yaz ve altına şunu ekle: “Ve gerçekte kim olduğunu çok merak ediyorum.” Her çocuk kendi temposu ve mizacıyla ayrı bir kişidir. Meraklı kalan biri, ileride tam da bu bebeğin ne gösterdiğini, hayal ettiğinden farklı olsa bile, daha iyi görür.

partner-how-are-you-really-doing =
    .title = Peki sen nasılsın, eş olarak?
    .body = Herkes hamile olanın nasıl olduğunu soruyor da senin nasıl olduğunu soran neredeyse hiç yok mu? Eş olarak sen de endişelenebilir, kötü uyuyabilir ya da bir şeylerden çekinebilirsin. Bugün bir kişiye gerçekten nasıl olduğunu anlat: bir arkadaşına, kardeşine, bir iş arkadaşına. Zorlanmaya devam edersen aile hekimin (huisarts) de senin için orada. Sen de önemlisin, hem kendin hem bebeğin için.

room-for-the-baby-you-lost =
    .title = Kaybettiğin bebeğe de yer var
    .body = Bir bebeği kaybettikten sonra hamile misin ve sevinmek bazen vefasızlık gibi mi geliyor? Bu bebek, artık olmayan çocuğun yerini almıyor; ikisine de yer var. Bugün anmak için küçük bir şey seç: bir mum, bir fotoğraf ya da bir hatıra kutusu. İleride bu bebeğe kendisinden önce gelen kardeşini anlatabilirsin. Yas çok ağırlaşırsa ebene (verloskundige) ya da aile hekimine (huisarts) söyle.

choose-a-first-book-at-the-library =
    .title = Bebeğinin ilk kitabını şimdiden seç
    .body = Bugün kütüphaneye git ve bebeğin için ilk kitabı seç: kalın sayfalar, büyük resimler, kısa cümleler ya da bir tekerleme. Karındaki bebeğe birkaç kez oku, böylece doğumdan sonra neredeyse ezbere bilirsin. Yenidoğanlar hikâyeyi anlamaz ama sesini yakından duymanın tadını çıkarır. Bebeğinin doğumdan sonra üye olup olamayacağını da sor; çocuklar için çoğu zaman ücretsizdir.

what-will-your-baby-call-each-of-you =
    .title = Bebeğiniz her birinize ne diyecek?
    .body = Bu çocuğu ikiden fazla ebeveynle ya da iki anne veya iki baba olarak mı büyütüyorsunuz? Bugün bebeğin her birinize ne diyeceğini kararlaştırın, örneğin anne, anneciğim, baba ya da başka dilden bir isim; bu isimleri karındaki bebekle konuşurken şimdiden kullanın. Sabit isimler ve tanıdık insanlar dünyayı bebek için öngörülebilir kılar. İsim sonra değişebilir; önemli olan herkesin aileden olması.

missing-your-own-parent-now =
    .title = Kendi anneni ya da babanı şimdi çok mu özlüyorsun?
    .body = Annen ya da baban vefat etti mi ya da hayatında değil mi, ve tam da şimdi onu özlüyor musun? Bebek beklemek eski bir yası uyandırabilir; bu çok yaygındır. Bugün ondan aktarmak istediğin bir şey seç: bir şarkı, bir yemek, bir hikâye, bebeğin odası için bir fotoğraf. Böylece bebeğin, senin nereden geldiğinden yine de bir parça alır. Onu özlediğini birine de anlat.

guess-aloud-what-your-baby-is-doing =
    .title = Bebeğinin ne yaptığını sesli tahmin et
    .body = Ritmik küçük vuruşlar ya da bir dönüş mü hissediyorsun? Bugün bebeğinin ne yaptığını sesli tahmin et: “Hıçkırık mı tuttu?” “Uyuyor musun?” “Kapı sesi seni mi ürküttü?” Doğru bilmen gerekmiyor. Böylece çocuğunun içinden neler geçtiğini merak etmeyi şimdiden çalışırsın; yakında bütün gün bunu yapacaksın: “Yoruldun mu? Acıktın mı?” Eş olarak sen de tahminlere katıl.

baby-photos-with-your-eldest =
    .title = Büyük çocuğunla bebeklik fotoğraflarına bakın
    .body = Bugün büyük çocuğunun bebekken çekilmiş fotoğraflarını çıkarın ve birlikte bakın: “Bak, ne kadar küçüktün. Burada sütünü içiyorsun, burada kucağımda yatıyorsun.” Böylece çocuğun bebeklerin nasıl olduğunu görür: çok uyurlar, ağlarlar, henüz oynayamazlar. Kendisine de aynı sevgiyle bakıldığını duyar. Birçok çocuk sonra “bebeklik fotoğraflarını” tekrar tekrar görmek ister.

mute-the-perfect-parents-online =
    .title = Kusursuz ebeveynleri biraz sessize al
    .body = İnternette çoğunlukla ışıl ışıl hamileler, kusursuz bebek odaları ve her şeyi biliyormuş gibi görünen ebeveynler mi görüyorsun? Bugün sana kendini yetersiz hissettiren iki hesabı sessize al. Gördüğün şey seçilmiş bir an, sıradan bir gün değil. Bebeğinin kusursuz bir ebeveyne değil; yanında olan, hata yapan ve sonra onaran birine ihtiyacı var. Onların yerine seni güldüren birini takip et.

a-hard-date-during-this-pregnancy =
    .title = Bu hamilelikte zor bir tarih mi var?
    .body = Acı veren bir tarih mi yaklaşıyor; kaybettiğin bir bebeğin vefat günü ya da beklenen doğum tarihi, ya da o zaman işlerin kötüye gittiği hafta gibi? O günü şimdiden yumuşak bir şekilde planla: mümkünse izin al, yanında biri olsun, anmak için bir şey. Ebene (verloskundige) de söyle, neden gergin olduğunu bilsin. Böyle bir günün ağır geçmesi, bu bebekle bağın hakkında hiçbir şey söylemez.

collect-the-happy-moments =
    .title = Güzel anları biriktir
    .body = Dikkatinin çoğu endişelere, listelere ve randevulara mı gidiyor? Bugün bebek için sevindiğin bir anı yaz: bir şey hissettiğin ilk an, bir isim üzerine yapılan bir şaka, bir mağazada gördüğün minicik bir zıbın. Bunu bir deftere ya da telefonuna yazarak alışkanlık hâline getir. Sevinç de yer hak eder ve doğumdan sonra zor bir günde bunları yeniden okumak iyi gelir.

a-prayer-or-blessing-for-the-bump =
    .title = Karındaki bebeğe bir dua ya da bir dilek
    .body = Ailenin ya da inancının hamilelikle ilgili sözleri var mı; bir dua, bir ayet, bir dize ya da ninenin hep söylediği bir dilek gibi? Bugün bunları, sık sık dönebileceğin sakin bir anda karındaki bebeğe usulca söyle. Böylece bebeğin, içinde büyüdüğün sesleri erkenden duyar. İnançlı değil misin? Çocuğun için kendi sözlerinle bir dilek de aynı işi görür.

far-away-during-the-pregnancy =
    .title = Hamilelik boyunca uzakta mısın?
    .body = Uzakta ya da yurt dışında mı çalışıyorsun, ya da hamile olan kişiyle aynı evde mi yaşamıyorsun? Bugün günün sonunda ara, telefonun bir anlığına karna tutulmasını rica et ve bebeğe gününden bir şey anlat. Bebek en çok yakınındaki sesi duyar, ama böylece bebek senin için daha gerçek olur, karşındaki de kendini daha az yalnız hisseder. Birkaç cümle yeter.

children-from-an-earlier-relationship =
    .title = Önceki bir ilişkiden olan çocuklar ve yeni bebek
    .body = Önceki bir ilişkiden olan, belki hep sizinle yaşamayan çocuklar var mı? Bebek gelince hâlâ aileye ait olup olmayacaklarını merak edebilirler. Bugün onlarla, kendi ebeveynleri de yanındayken, neyin değişip neyin kalacağını konuşun: yatakları, sofradaki yerleri, hafta sonları. Onlara bir rol verin: “Sen ablası ya da ağabeyi olacaksın.” Hesaba katıldığını hisseden çocuk bebeği daha kolay karşılar.

sway-while-you-sing =
    .title = Şarkı söylerken hafifçe sallan
    .body = Bugün sevdiğin bir müzik aç ya da kendin mırıldan; ayakta ya da bir sandalyede, ellerin karnın üstünde, yavaşça bir o yana bir bu yana sallan. Bebek bu sallanmayı zaten tanıyor: attığın her adımda o da sallanıyor. Birçok yenidoğanın kollarda yavaşça sallanınca sakinleşmesinin bir nedeni bu. Eş misin? Birlikte sallanın, kolların karnın etrafında.

a-doll-to-practise-with-for-your-eldest =
    .title = Büyük çocuğun için alıştırma bebeği
    .body = Bugün büyük çocuğuna “bebek” olabilecek bir oyuncak bebek ya da peluş ver ve birlikte oynayın: banyo, bez, sallamak ve bir şarkı. Bebek başının nasıl desteklendiğini ve yavaşça okşandığını göster. Böylece çocuğun alıştırma yapar ve ileride kendini seyirci değil, işi bilen abla ya da ağabey gibi hisseder. Oyuncak bebek arada bir odanın öbür ucuna mı uçuyor? Bu da olanları sindirmenin bir yolu.

partner-choose-your-own-care-moments =
    .title = Hangi bakım anları senin olacak?
    .body = Diğer ebeveyn emzirecek mi ve senin rolünün ne olacağını mı merak ediyorsun? Bugün baştan itibaren senin olacak iki bakım anı seç: banyo, sabah bezi, beslenmeden sonra gazını çıkarmak ya da tamamen uyanıkken ten tene temas gibi. Bebek yalnızca onu besleyene değil, ona sık ve sevgiyle bakan herkese bağlanır. Seçtiklerini eşine söyle.

after-a-loss-who-can-share-your-fear =
    .title = Bir kayıptan sonra: Korkunu kiminle paylaşıyorsun?
    .body = Önceki bir kayıptan sonra yeniden hamile misin ve herkes sevinirken sen de korkuyor musun? Bugün bu korkuyu paylaşabileceğin bir ya da iki kişi seç: hemen “Her şey yolunda gidecek” demeyen, sadece dinleyen biri. Zor bir günde onları arayabileceğin konusunda anlaşın. Korku günlerini giderek daha çok ele geçiriyorsa ebene (verloskundige) ya da aile hekimine (huisarts) anlat.

agree-how-to-share-the-nights =
    .title = Geceleri nasıl paylaşacağınızı şimdiden konuşun
    .body = Yenidoğan bir bebek geceleri sık sık uyanır. Bugün bunu nasıl paylaşmak istediğinizi konuşun: sırayla birer gece; biriniz gecenin geç saatlerini, diğeri sabahın erken saatlerini üstlenir; ya da her beslenmede ikiniz de kalkar, gündüz sırayla kestirirsiniz. Biriniz emziriyorsa, diğeri bebeği getirip bezini değiştirebilir. Kâğıda yazılmış bir plan, gece saat üçteki tartışmaları önler.

night-worries-on-a-notepad =
    .title = Geceleri kafan mı dönüyor? Bir kâğıda yaz
    .body = Gece yatağında bebek için kafa mı yoruyorsun: Her şey yolunda mı, ben bunu başarabilir miyim? Yatağının yanına bir kâğıt ve kalem koy. Endişeni yaz ve kendine “Bu yarın için” de. Sabah ne gerektiğine bak: ebene (verloskundige) sorulacak bir soru mu, biriyle paylaşılacak bir şey mi, yoksa bırakılabilir mi? Bebeğin daha az hareket etmesi gibi bekleyemeyecek bir şeyse ebeni hemen ara.

take-your-eldest-to-a-checkup =
    .title = Büyük çocuğunu bir kez kontrole götür
    .body = Ebene (verloskundige), büyük çocuğunun bir kez kontrole gelip bebeğin kalp atışını dinleyip dinleyemeyeceğini sor. Önceden ne olacağını anlat: “Ebe küçük bir aletle karnı dinleyecek, sen de hızlı bir küt küt sesi duyacaksın.” Birçok çocuk için bebek o an birden gerçek olur. Beklerken oyalanacak bir şey götür ve sonra çocuğuna ne duyduğunu sor.

one-goodnight-phrase-for-the-bump =
    .title = Her akşam aynı iyi geceler
    .body = Bugün karındaki bebek için sabit bir iyi geceler cümlesi seç, örneğin: “İyi uykular minik, yarın görüşürüz.” Her akşam uyumadan önce söyle; iki kişiyseniz sırayla. Sabit bir cümle, doğumdan sonra da kesintisiz sürebilecek küçük bir ritüeldir; kendi uyku ritüelinizin başlangıcı olur. Unuttun mu? Yarın yeniden söyle, o kadar.

what-each-of-you-needs-when-worn-out =
    .title = Tükendiğinde neye ihtiyacın var?
    .body = Biriniz yorgun ya da gergin olduğunda ona neyin iyi geldiğini biliyor musunuz? Kimi biraz yalnız kalmak ister, kimi konuşmak ya da omzunda bir kol. Bugün bunu birbirinize sorun ve cevapları yazın. Az uykulu ilk haftalarda tahmin etmek zorunda kalmazsınız ve birbirinize daha çabuk yardım edersiniz. Belki yıllardır tanıdığın biri hakkında yeni bir şey bile öğrenirsin.

ask-your-school-age-child-what-will-change =
    .title = Okul çağındaki çocuğuna nelerin değişeceğini sor
    .body = Okula giden bir çocuğun var mı? Bugün bir yürüyüşte ya da arabada sor: “Sence bebek gelince neler değişecek?” Dinle ve hemen düzeltme, “O zaman bana hiç vaktiniz kalmayacak” dese bile. Duyduğunu ve değişmeyecek olanı söyle: “Daha az vaktim olacak diye korkuyorsun. Ben senin için de buradayım.” Birçok çocuk yan yana yürürken daha rahat konuşur.

tell-each-other-what-you-see-in-the-other =
    .title = Birbirinizde gördüğünüz ebeveyni söyleyin
    .body = Bebeği biriyle birlikte mi bekliyorsun? Bugün birbirinize “Bebeğimiz bu yüzden şanslı” dediğiniz bir özelliği söyleyin: “Çok sabırlısın” ya da “Herkesi güldürüyorsun.” Yoğun ilk aylarda insan daha çok ters gidenleri görür; bugün duyduğun bir iltifata o zaman geri dönebilirsin. Üstelik iki yönlü işler: diğerinin sende zaten neler gördüğünü duyarsın.

eldest-suddenly-clingy-as-the-bump-grows =
    .title = Büyük çocuğun birden sana daha çok mu sokuluyor?
    .body = Büyük çocuğun birden yeniden kucakta taşınmak mı istiyor, bebek gibi mi konuşuyor ya da karın büyüdükçe daha kötü mü uyuyor? Çocuklar anlamasalar bile bir şeylerin değiştiğini çoğu zaman hissederler. Bugün gördüğünü söyle: “Bana yakın olmak istiyorsun, değil mi? Olur.” Taşımak artık daha zor olabilir ama kucağa oturmak her zaman mümkün. Bu genellikle kendiliğinden geçer.

a-phrase-for-please-take-over =
    .title = “Sen devralır mısın?” için bir cümle belirleyin
    .body = Bugün birlikte, ileride “Tükendim, bebeği biraz sen alır mısın?” anlamına gelecek kısa bir cümle belirleyin. Örneğin “Değişelim mi?” ya da “Sıra sende.” Diğeri o zaman soru sormadan ve yargılamadan devralır; açıklama sonra yapılır. Böylece bebeğiniz hâlâ biraz sakinliği kalmış birinin yanında olur. Bu cümleyi söylemek aileye iyi bakmaktır, başarısızlık değil.


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


another-child-cries-yours-too =
    .title = Başka bir çocuk ağlayınca seninki de mi ağlıyor?
    .body = Oyun parkında ya da arkadaşlarda başka bir çocuk ağlamaya başlayınca çocuğun da ağlıyor mu? Küçük çocuklar bazen başkasının üzüntüsünü kendi üzüntüleri gibi hisseder. Çocuğunu yanına al ve sakince söyle: “O çocuk üzgün. Babası onu teselli ediyor. Sen burada, benim yanımdasın.” Böylece başkasının üzüntüsünün tehlikeli olmadığını öğrenir. Bu duyarlılık, empatinin erken bir başlangıcıdır.

bath-over-a-warm-towel-waiting =
    .title = Banyodan çıkmak istemiyor mu? Havlu beklesin
    .body = Banyo biter bitmez çocuğun itiraz mı ediyor? Ona gidecek güzel bir yer ver: Sıcak bir havluyu kocaman aç, “Havlu yuvasına gel!” de ve çocuğunu sıkıca sar, bir de sarıl. Eğlenceli bir şeyi bırakmak, ardından güzel bir şey bekliyorsa daha kolaydır. Havluyu önceden kaloriferde ısıtabilirsin. Çocuğun suda olduğu sürece de hep yanında kal.

count-your-noes-change-the-room =
    .title = Hayırlarını say, sonra odayı değiştir
    .body = Bütün gün saksıya, kablolara, alt çekmeceye “hayır” dediğini mi duyuyorsun? Bir sabah kaç kez ve ne için hayır dediğini say. Tekrar tekrar gelen her hayır için çocuğunu değil, odayı değiştir: O şeyi yukarı kaldır ya da bir kapının arkasına koy. Küçüğün keşfetmek için daha çok alan bulur, geriye kalan hayırlar da daha çok ağırlık taşır. Üstelik ikiniz için de daha sakin olur.

scared-of-the-hand-dryer =
    .title = El kurutma makinesinden ya da sifondan mı korkuyor?
    .body = Umumi tuvalette gürleyen el kurutma makinesi ya da gürültülü sifon çocuğunu ürkütüyor mu? Onu buna zorlamak zorunda değilsin. Sifonu çocuğun kapıya varınca çek, elleri kâğıtla kurula ya da birlikte kulaklarınızı kapatın: “Şimdi gürültü geliyor… ve bitti!” Böylece çocuğun, önceden sadece korkutucu olan bir şeyi biraz kontrol edebilir. Birkaç ay sonra düğmeye kendisi basmak isteyebilir.

screaming-in-the-car-while-you-drive =
    .title = Sen araba kullanırken çocuğun çığlık mı atıyor?
    .body = Sen araba kullanırken çocuğun koltuğunda çığlık atıyor ya da kıvranıyor mu? Gözünü yoldan ayırma ve sakince konuş: “Seni duyuyorum. Kızgınsın. Birazdan duracağım.” İstersen bildik bir şarkı söyle. Güvenli olur olmaz bir otoparkta dur ve o zaman gerçekten teselli et. Yolda onu asla kemerden çıkarma, arkaya da uzanma. Güvenli bir koltukta, sesin yanındayken biraz ağlamak zarar vermez.

the-look-before-the-forbidden-thing =
    .title = Yasak şeyden hemen önceki o bakış
    .body = Çocuğun dokunmaması gereken saksıya yöneliyor ve önce sırıtarak sana mı bakıyor? Bu bir yaramazlık değil, bir soru: Kural hâlâ geçerli mi? Küçük eller toprağa girmeden o bakışa cevap ver: “Baktığını görüyorum. Toprak saksıda kalıyor.” Bunu nazikçe ve tıpkı dün olduğu gibi söyle. Her seferinde aynı şekilde söylenen bir sınır tutunacak bir yer verir. O sırıtışı komik bulmak da serbest.

say-what-they-can-do =
    .title = Neyin serbest olduğunu söyle
    .body = Çocuğun bugün blok mu fırlatıyor, yoksa kaşıkla cama mı vuruyor? Neyin yasak olduğunu değil, neyin serbest olduğunu söylemeyi dene: “Bloklar yerde kalıyor. Yumuşak topu atabilirsin.” Ya da: “Davulu tencereyle çalıyoruz.” “Atma” dediğinde küçük bir çocuk çoğunlukla “at”ı duyar. Neyin mümkün olduğunu gösteren bir cümle, o isteğe bir yön verir. Söylerken elinle de göster.

just-a-moment-then-really-come =
    .title = “Bir dakika”, sonra gerçekten gel
    .body = Sen bir cümleyi bitirirken ya da çamaşır makinesini boşaltırken çocuğun pantolonundan mı çekiştiriyor? Tuttuğun kısa beklemelerle alıştırma yap: “İki çorap daha, sonra geliyorum.” Sonra gerçekten, hemen gel. Küçük çocuklar henüz pek bekleyemez; “bir dakika”nın hep gerçekten kısa olduğunu gördükçe öğrenirler. Birkaç saniyeyle başla. Yine de gözyaşı mı? Bu başarısızlık değil, çocuğun hâlâ öğreniyor.

let-the-game-wait =
    .title = Oyun beklesin
    .body = Yemek hazır olduğu için çocuğunun oyunu bırakması mı gerekiyor ve itiraz mı geliyor? Oyunu ortadan kaldırma, bekletmeye al. Tren rayda kalsın, ayıcık da çocuğunun yanındaki sandalyeye otursun: “Tren burada bekliyor. Yemekten sonra yoluna devam edecek.” Oyunun sonra hâlâ orada olacağını bilen çocuk daha kolay bırakır. Kim bilir, belki ayıcık da yemeğe katılır.

dog-owner-says-come-and-stroke =
    .title = “Bir şey yapmaz, gel sev!”
    .body = Sokakta bir köpek size doğru geliyor, sahibi neşeyle çocuğunu sevmeye çağırıyor, çocuğun ise sana mı sarılıyor? Hızı köpeğin sahibi değil, sen ve çocuğun belirlersiniz. Çocuğunu kucağına al ya da önüne geç: “Önce buradan bakıyoruz.” Gördüklerinizi söyle: “Kuyruğunu sallıyor. Ağacı kokluyor.” Çocuğun, senin onu koruduğunu hisseder. Sevmek daha sonra, çocuğun kendisi isterse gelir.

hand-or-carry-in-the-car-park =
    .title = Otoparkta: ya el ya kucak
    .body = Çocuğun son zamanlarda otoparkta ya da kaldırım kenarında bile her yere koşup kaçıyor mu? Bunu her seferinde aynı şekilde söylediğin bir kural yap: “Arabaların yanında: ya el ya kucak. Sen seç.” El vermiyor mu? O zaman tartışmadan ve kızmadan kucağına al. Hiç değişmeyen kısa bir kural, küçük bir çocuğa tehlike üzerine açıklamalardan daha anlaşılır gelir. Sonra çimlerde yine doyasıya koşabilir.

play-with-no =
    .title = “Hayır!” ile oyna
    .body = Çocuğun “hayır!” kelimesini keşfetti ve şimdi her şeye mi söylüyor? Bu, kendi iradesini denemek; sen de bununla oynayabilirsin. Dizini göster: “Bu senin burnun mu?” “Hayır!” Dirseğini göster: “Bu senin burnun mu?” “Hayır!” Giderek daha çok şaşır. Çocuğun keyifle hayır der ve seninle hayır demenin güvenli olduğunu öğrenir. Bu, kabul edemediğin hayırları da biraz hafifletebilir.

after-their-no-wait-a-moment =
    .title = Bir “hayır”dan sonra biraz bekle
    .body = Çocuğuna bir kitap ya da elini uzatıyorsun ve hemen “hayır!” mı geliyor? “Tamam” de ve kitabı öylece orada bırak. Küçük bir çocuğun “hayır” demesi çoğu zaman önce bir reflekstir: Kendim karar vermek istiyorum. Yarım dakikalık alan tanınınca birçok çocuk kitabı yine de alır, ama bu kez kendi seçimiyle. Israr etme, alırsa da yorum yapma. Böylece çocuğunun hayır demesi değer taşımaya devam eder.

stranger-asks-your-child-something =
    .title = Bir yabancı çocuğuna bir şey sorduğunda
    .body = Kasiyer ya da bir komşu çocuğuna adını soruyor, çocuğun da bacağının arkasına mı saklanıyor? Onun yerine rahatça sen cevap ver: “Bu Sam. Önce seni bir güzel inceliyor.” Böylece çocuğun bir şey göstermek zorunda kalmaz ve bakmanın serbest olduğunu duyar. “Utanma” demekten kaçın; bu anı sadece büyütür. Evde sonra bakkalcılık oynayıp “merhaba” demeyi küçük ölçekte deneyebilirsiniz.

you-pressed-the-button-first =
    .title = Düğmeye sen bastın, şimdi kıyamet koptu
    .body = Alışkanlıkla asansörün ya da kapı zilinin düğmesine sen mi bastın, çocuğun da kendisi basmak istediği için teselli edilemiyor mu? Küçük bir çocuk için bu gerçek bir kayıptır. De ki: “Of, sen basmak istiyordun. Ben çok hızlı davrandım.” Tekrarlanabilir mi? Asansörden inin ve birlikte yeniden yapın. Olmuyorsa, kabul etmen yeterli. Böylece işlerin düzeltilebileceğini gösterirsin.

child-hits-you-when-cross =
    .title = Çocuğun kızınca sana mı vuruyor?
    .body = Çocuğun bir hayır duyunca sana mı vuruyor? Elini araya koy ve kısaca söyle: “Bana vurmak olmaz.” Sonra öfkenin nereye gidebileceğini göster: fil gibi yere tepinmek, avuçlarına var gücüyle itmek, bir yastığa vurmak. “Tepin, işte bu kadar kızgınsın!” Küçük bir çocuk öfkeyi bütün bedeninde hisseder ve o gücün bir yere gitmesi gerekir. Sen de onunla tepin; çoğu zaman iş bir kahkahayla biter.

your-child-bites-another-child =
    .title = Çocuğun başka bir çocuğu ısırdı: geri ısırma
    .body = Çocuğun, sen oradayken bir arkadaşını ya da kuzenini mi ısırdı? Nefesini ver ve kısaca, sakince söyle: “Dur. Isırmak acıtır.” Sonra ikiniz de sakinleşene kadar çocuğunu oyundan uzaklaştırıp yanına al. “Sen de onu ısır, görsün” diyenler mi var? Yapma: Çocuğun böylece en çok, büyüklerin can yakabileceğini öğrenir. Isırmak küçük çocuklarda sık görülür ve senin hakkında bir şey söylemez.

your-child-got-bitten =
    .title = Çocuğunu biri ısırdı
    .body = Çocuğunu başka bir çocuk mu ısırdı? Önce teselli et ve olanı söyle: “O çocuk kolunu ısırdı. Acıttı ve korktun.” Isırılan yeri suyla yıka ve ıslak bir bezle serinlet. Diğer çocuğa ya da ebeveynine olan öfkeni bir süre kendine sakla; o çocuk da daha küçük. Deri açıldıysa ya da orası sonradan kızarır, ısınır veya şişerse aile hekimine (huisarts) başvur.

tantrum-at-the-checkout =
    .title = Kasada bir öfke nöbeti
    .body = Çocuğun kasada şeker istediği için yerde çığlık çığlığa mı yatıyor? Kuyruğa değil, çocuğuna bak. Yanına çömel, tek bir cümle söyle, “Çok istiyorsun. Cevap yine hayır.”, ve yanında kal. Ödeme yapmak ve teselli etmek aynı anda olmuyor mu? Alışveriş arabasını bir süre bırak ve fırtına dinene kadar çocuğunla dışarı çık. Bir dahaki sefere alışverişe atıştırmalık ve uykudan sonra gitmek işe yarayabilir.

tantrum-on-the-floor-make-it-safe =
    .title = Yerde çırpınıyor mu? Ortamı güvenli hâle getir
    .body = Çocuğun öfke nöbetinde kendini yere atıp tekmeliyor, bazen başını yere mi vuruyor? Fırtınayı durdurmak zorunda değilsin; güvenle geçip gitmesini sağla. Sandalyeyi uzaklaştır, başının altına bir yastık koy, yakınında ve sakin kal. Önce güvenlik gelir. Çocuğun sık sık başını sertçe vuruyorsa ya da endişeleniyorsan consultatiebureau’ya (çocuk sağlığı merkezine) danış.

after-the-storm-comfort-not-a-lesson =
    .title = Fırtınadan sonra: ders değil, teselli
    .body = Öfke nöbeti geçti ve çocuğun hıçkırarak, terli ve bitkin hâlde mi oturuyor? Böyle bir fırtına küçük bir bedeni çok yorar. Önce o bedenle ilgilen: bir yudum su, yüzüne serin ıslak bir bez, kanepede biraz sana sokulmak. Ders vermenin şimdi sırası değil. Çocuğun şunu fark eder: En büyük fırtınadan sonra bile biri benimle ilgileniyor. Sonra küçük bir şeyle birlikte devam edin.

front-door-give-them-a-job =
    .title = Kapıda kriz mi? Ona bir görev ver
    .body = Sen zaten geç kalmışken çocuğun her sabah kapıda direniyor mu? Dışarı çıkışa çocuğuna ait bir amaç ver: anahtarı taşımak, mektubu kutuya atmak, komşunun kedisine el sallamak. “Anahtar sende. Kapıyı sen mi açacaksın?” Bir görevle, sürüklenmek katılmaya dönüşür. Bugün olmadı mı? Çocuğunu sakince kucağına al. Yarın yeni bir şans.

climbing-into-the-car-seat-themselves =
    .title = Araba koltuğuna kendi tırmansın
    .body = Onu araba koltuğuna kaldırmak istediğin anda küçüğün kaskatı mı kesiliyor? Kendisi binsin: kapıdan arka koltuğa, sonra kendi koltuğuna tırmanarak. “Sen tırman, kemeri ben klik diye takarım.” Kendisi yapabilen çocuk daha az direnir. Birkaç dakika fazla sürer; bunu hesaba kat. Kemerleri her zaman sen takarsın, sıkıca, ve her şey güvenle bağlanmadan yola çıkmazsın.

a-tantrum-is-not-a-plan =
    .title = Öfke nöbeti bir plan değil
    .body = Bir öfke nöbetinin ortasında bazen “Bunu beni kızdırmak için yapıyor” diye mi düşünüyorsun? Bugün bu düşünceyi şununla değiştir: Şu an ona her şey fazla geliyor. Beynin duyguları frenleyen bölümü küçük çocuklarda hâlâ gelişiyor; öfke nöbeti bir strateji değil, bir taşmadır. Böyle düşününce daha kolay sakin kalırsın, sakinliğin de o frenin gelişmesine yardım eder. Anlayış, boyun eğmek değildir.

pushed-away-mid-tantrum =
    .title = Nöbet sırasında seni itiyor mu?
    .body = Çocuğun öfke nöbeti sırasında dokunulmak istemiyor, seni itiyor ya da tekmeliyor mu? Buna saygı göster, ama gitme. Bir adım geri çekil, göz hizasına otur ve söyle: “Buradayım. Sarılmak istersen yanındayım.” Kimi çocuk sıkıca tutulmak ister, kimi biraz alan; böylece seninkinin neye ihtiyacı olduğunu öğrenirsin. Çoğu zaman çocuğun bir süre sonra kendiliğinden sana gelir.

told-to-ignore-tantrums =
    .title = “O nöbetleri boş ver gitsin”
    .body = Akrabalar ya da internet sana öfke nöbetlerini görmezden gelip uzaklaşmanı mı öğütlüyor? Sınırını, çocuğunu henüz çok büyük bir duyguyla yalnız bırakmadan da koruyabilirsin. Yakınında kal, az konuş ve boyun eğme. Çocuğun şunu öğrenir: Öfkem kuralı değiştirmiyor, ama onunla yalnız da değilim. Soranlara: “Boyun eğmiyorum. Sadece yakınında kalıyorum.”

a-week-of-tantrum-notes =
    .title = Bir hafta boyunca nöbetleri not et
    .body = Öfke nöbetleri birdenbire geliyormuş gibi mi görünüyor? Bir hafta boyunca ne zaman geldiklerini kısaca not et: saat, yer ve hemen öncesinde ne olduğu. Çoğu zaman bir düzen ortaya çıkar: yemekten hemen önce, yoğun bir sabahtan sonra, her geçişte. Bununla bir şeyler yapabilirsin, örneğin çantada bir atıştırmalık ya da daha sakin bir sabah. Her nöbet önlenemez, önlenmesi de gerekmez.

bit-someone-at-childcare =
    .title = “Çocuğunuz bugün ısırdı”
    .body = Kreşten alırken çocuğunun başka bir çocuğu ısırdığını mı duydun? Evde sonradan ceza verme: Saatler sonra küçük bir çocuk neyin söz konusu olduğunu anlamaz. Bunun yerine hemen öncesinde ne olduğunu sor: kalabalık, elinden alınan bir oyuncak, yorgunluk? Aynı kısa sözlerle nasıl tepki vereceğinizi birlikte kararlaştırın. Evde ve orada aynı yaklaşım en çok yardım eder. Çoğu zaman bu dönem geçer.

sad-about-the-lost-balloon =
    .title = Uçup giden balona üzülmek
    .body = Balon uçtu mu, dondurma yere mi düştü, çocuğun da derinden mi üzgün? Gördüğünü söyle: “Balonun gitti. Buna üzülüyorsun.” Birlikte arkasından bakın. Üzüntüyü hemen yeni bir balon ya da başka bir dondurmayla çözmek zorunda değilsin; bir süre kalmasına izin verilirse çoğu zaman kendiliğinden geçer. Çocuğun, üzüntünün yanında birinin kaldığı bir duygu olduğunu öğrenir.

everything-is-mine =
    .title = “Benim!” Birden her şey çocuğunun
    .body = Çocuğun bütün gün kendi bardağı için, ama senin telefonun ve başka bir çocuğun kovası için de “benim!” diye mi bağırıyor? Böylece kendi eşyaları olan ayrı bir kişi olduğunu keşfediyor. Bugün sakince neyin kime ait olduğunu söyle: “Evet, o bardak senin. Telefon benim. Kova Sem’in.” Paylaşmak üzerine nutuk çekmeden. Eşyalarının güvende olduğunu bilen çocuk, ileride daha kolay ödünç verir.

no-question-when-no-choice =
    .title = Seçenek yoksa soru da sorma
    .body = Cevap zaten belliyken “Montunu giyelim mi?” ya da “Yatalım mı?” diye sorduğunu mu duyuyorsun? O zaman “Hayır!” dürüst bir cevaptır. Bugün bunu dostça bir bildirim olarak söyle: “Mont zamanı.” Soruları, çocuğunun gerçekten söz hakkı olduğu anlara sakla. Böylece çocuğunun sesinin ne zaman sayıldığı netleşir, ve bu yeterince sık olur.

decide-before-you-say-no =
    .title = Önce karar ver, sonra hayır de
    .body = Bazen hayır deyip on dakikalık sızlanmadan sonra evet mi diyorsun? O zaman çocuğun en çok sızlanmanın işe yaradığını öğrenir ve her yeni hayır daha uzun bir mücadeleye dönüşür. Bugün cevap vermeden önce bir saniye dur: Bu gerçekten bir hayır mı? Öyleyse nazikçe arkasında dur. Zaten boyun eğeceksen hemen evet de. Arkasında durulan birkaç hayır, sallanan birçok hayırdan daha çok netlik verir.

say-it-once-then-help =
    .title = Bir kez söyle, sonra yardım et
    .body = Çocuğun oynamaya devam ederken beşinci kez, giderek daha yüksek sesle “Ellerini yıka!” mı diyorsun? Oyuna dalmış küçük bir çocuk seni çoğu zaman gerçekten duymaz. Bir kez, yakından ve göz hizasında söyle, sonra hemen yardım et: “Gel, ellerine yardım edeyim.” Sakin bir hareket, giderek yükselen sözlerden daha açıktır. Sesini de daha güzel şeylere saklarsın.

playdate-put-the-favourites-away =
    .title = Oyun arkadaşı mı geliyor? Gözdeleri kaldır
    .body = Bugün oynamaya başka bir çocuk mu geliyor? Önceden çocuğunla birlikte paylaşılamayacak kadar özel bir iki şey seçin, örneğin en sevdiği peluş, ve kaldırın. Küçük çocuklar henüz pek paylaşamaz, bu normaldir: Önce “benim” keşfedilir. Böylece çocuğun ziyaret boyunca hazinesini korumak zorunda kalmaz. Ama iki çocuğa yetecek kadar oyuncak hazırla.

taking-turns-first-with-you =
    .title = Sırayla oynamak, önce seninle
    .body = Başka çocuklarla birlikte oynamak küçük bir çocuk için hâlâ zor. Bu yüzden sırayla oynamayı önce seninle, güvenli hissettiği yerde dene: Bir topu ileri geri yuvarlayın, “Benim sıram… senin sıran!” deyin ya da kuleye sırayla birer blok koyun. Sıraları kısa tut, çünkü beklemek yorucudur. Seninle, sırasını vermenin onu kaybetmek olmadığını öğrenir: Sıra geri gelir.

your-child-snatches-a-toy =
    .title = Çocuğun bir oyuncağı kaptı
    .body = Çocuğun başka bir çocuğun elinden oyuncak mı aldı? Yanına otur ve oyuncağı birlikte geri verin: “Araba Mila’daydı. Geri veriyoruz.” Sonra şimdi hayal kırıklığına uğramış olan kendi çocuğunun yanında kal: “O arabayı çok istedin.” Birlikte başka bir şey bulun ya da sonra sıra ona gelebilir mi diye sorun. Böylece iki çocukla da ilgilenirsin ve çocuğun kendini “yaramaz olan” gibi hissetmez.

waiting-in-a-queue-game =
    .title = Kuyrukta mı bekliyorsunuz? Bir oyun oynayın
    .body = Fırında, postanede ya da eczanede çocuğunla kuyrukta mısın? Küçük bir çocuk için birkaç dakika bitmek bilmez. O yüzden birlikte bekleyin: “Kırmızı bir şey görüyor musun?” diye sorun ya da elinin üstünde bir parmak oyunu oynayın. Çocuğun beklemeyi tek başına taşımak zorunda değil; sen yanındayken daha kolay olur. Böyle beklemeyi de öğrenir mi? Azar azar, evet.

let-them-make-the-ending =
    .title = Bitişi çocuğun yapsın
    .body = Su oyununun bitmesi mi gerekiyor, şişme havuzda, mutfak lavabosunda ya da parktaki su pompasında? Son adımı çocuğunun eline ver: son kovayı bitkilere dökmek, musluğu kendisi kapatmak, ördekleri sepete koymak. “Bitirmek senin işin.” Bitişi kendisi yapan çocuk ona daha az direnir. Yine de itiraz mı ediyor? Olabilir, bitiş yine de değişmez.

me-do-it-but-running-late =
    .title = “Kendim yapacağım!”, ama zaten geç kaldınız
    .body = Çocuğun ayakkabılarını tam da acelen olan sabah mı kendisi giymek istiyor? İki tür gün yap. Sakin günlerde on dakika fazladan ayır, çocuğun ne kadar sürerse sürsün denesin. Aceleli günlerde dürüst ol: “Bugün ben yardım ediyorum, çünkü acele etmemiz lazım. Yarın sen yaparsın.” Sonra o yarını gerçekten tut. Böylece iradesine yer açılır, ama her sabah bir savaşa dönmez.

sit-down-strike-on-the-pavement =
    .title = Kaldırımda oturma eylemi mi? Kolundan çekme
    .body = Çocuğun yolda birden kaldırıma çöküp tek adım daha atmak istemiyor mu? Onu tek elinden ya da kolundan çekip kaldırma veya sürükleme: Küçük çocuklarda dirsek böyle yerinden çıkabilir. Yanına çömel: “Daha yürümek istemiyorsun, değil mi?” Gerekirse koltuk altlarından tutarak kaldır. Yola yakın mısınız? Hemen kaldır. Sonra bir kolunu kullanmıyor mu? Aile hekimini (huisarts) ara.

swapping-in-the-sandpit =
    .title = Kum havuzunda değiş tokuş
    .body = Çocuğun kum havuzunda illa başka bir çocuğun küreğini mi istiyor? “Güzelce paylaş” yerine değiş tokuşu öğretebilirsin: Çocuğunun eline başka bir şey ver ve söyle: “Sor bakalım: değişelim mi?” Öteki çocuk hayır derse bu da bir cevaptır; sen de hayal kırıklığında çocuğunun yanında kalırsın. Küçük bir çocuk değiş tokuşu paylaşmaktan daha iyi anlar. Yanında fazladan bir kürek götür.

everyone-laughs-except-your-child =
    .title = Herkes gülüyor, çocuğun hariç
    .body = Çocuğun komik bir ifadeyle mi düştü ya da tatlı bir şey mi söyledi, ve bütün aile gülerken dudağı mı titremeye başladı? Küçük bir çocuk için kendisine gülünmesi, iyi niyetle bile olsa, reddedilmek gibi hissettirebilir. Yanına git ve söyle: “Herkes güldü. Bu hoşuna gitmedi, değil mi?” Diğerlerine hafifçe: “Biraz ürktük.” Çocuğun senin onun tarafında olduğunu hisseder.

waiting-for-the-swing =
    .title = Salıncak sırası beklemek
    .body = Salıncak dolu ve çocuğun hemen şimdi mi binmek istiyor? Yan yana birlikte bekleyin ve beklemeyi görünür kılın: “O kız hâlâ sallanıyor. Biz de sayalım: bir, iki…” Öteki ebeveyne sor: “On kez daha itelim, sonra değişelim mi?” İzleyecek bir şeyle ve sonu görünen bir bekleyiş, küçük bir çocuğun tam da baş edebileceği bir şeydir. Yine de çok mu uzun sürüyor? Kaydırak da eğlenceli.

carried-in-a-crowd =
    .title = Kalabalıkta kucağa mı istiyor?
    .body = Çocuğun evde her yere kendisi yürüyor, ama pazarda, istasyonda ya da bir kutlamada birden sadece kucakta mı durmak istiyor? Kucağına al. Kalabalık, bir sürü bacak ve yüksek sesler, küçük bir çocuğun boyundan bakınca seninkinden çok daha korkutucudur. Kalçandan her şeyi görür, sen de onun güvenli yeri olursun. Bu bir geri adım değil; ortalık sakinleşince çoğu çocuk kendiliğinden inmek ister.

words-instead-of-a-push =
    .title = İtmek yerine sözler
    .body = Çocuğun kaydırakta ya da kum masasında başka bir çocuğu mu itiyor? Yanında dur, iten eli tut ve çocuğuna henüz eksik olan sözleri ver: “Sen de istiyorsun. De ki: ‘Ben de!’” Ya da: “De ki: ‘Dur!’” Bu küçük cümleyi birlikte deneyin. İtmek çoğu zaman henüz dışarı çıkamayan bir cümledir. Çocuğunun sözleri çoğaldıkça elleri daha az şey söylemek zorunda kalır. Aylar sürer; tekrar etmeye devam et.

no-forced-sorry =
    .title = Zorla “özür dilerim” yok
    .body = Çocuğun başka bir çocuğun canını mı yaktı, öteki ebeveyn de beklentiyle sana mı bakıyor? Çocuğunu “özür dilerim” demeye zorlama: Küçük bir çocuk kelimeyi söyler ama pek bir şey hissetmez. Bunun yerine öteki çocuğa kendin söyle: “Özür dilerim, bu acıttı. Kolunu okşayayım mı?” Çocuğun gönül almanın nasıl olduğunu görür. Çoğu zaman sonra kendiliğinden, bir okşamayla ya da oyuncakla seni taklit eder.

child-says-a-feeling-word =
    .title = Çocuğun kendisi “kızdım!” mı diyor?
    .body = Çocuğunun birden kendisi bir duygu kelimesi söylediğini mi duyuyorsun, “kızdım!” ya da “korktum”, belki daha yarım yamalak? Bu büyük bir adım: Duygu yalnızca bir çığlık değil, bir kelime oluyor. Ciddiye al ve sor: “Kızgınsın. Neye kızdın?” Çocuğun bir şeyi gösterirse anladığını söyle. Evde konuştuğunuz dildeki bir kelime de aynı değerdedir. Çocuğun şunu fark eder: Söylersem biri dinliyor.

scared-of-a-costumed-figure =
    .title = Palyaço ya da maskot mu gelecek? Önceden anlat
    .body = Palyaço, maskot ya da başka kostümlü kişilerin dolaştığı bir kutlamaya, geçit törenine ya da eğlence parkına mı gidiyorsunuz? Birçok küçük çocuk, yüzü hiç değişmeyen büyük bir figürden korkar. Önceden birkaç kelimeyle anlat: “Bir palyaço gelecek, kırmızı burunlu. İçinde sadece bir insan var.” Ve söz ver: “Korkarsan birlikte uzaklaşırız.” Sonra sözünü tut. Yaklaşmak zorunda değil.

too-high-at-the-top-of-the-slide =
    .title = Kaydırağın tepesinde birden çok yüksek
    .body = Çocuğun illa büyük kaydırağa çıkmak istedi ve tepede birden ağlamaya mı başladı? Geri inmek de bir seçimdir, başarısızlık değil. Yakınında dur ya da arkasından tırman ve söyle: “İstedin, şimdi çok yüksek geliyor. O zaman geri dönüyoruz.” Çocuğunu itmeden ya da ikna etmeye çalışmadan güvenle aşağı indir. Geri dönmesine izin verilen çocuk, bir dahaki sefere çoğu zaman biraz daha cesaret eder.

teach-the-word-help =
    .title = Çocuğuna “yardım!” demeyi öğret
    .body = Kutunun kapağı açılmayınca ya da çorap girmeyince çocuğun öfkeden çığlık mı atıyor? Ona yardım istemek için bir kelime ve bir hareket ver: “De ki: yardım!” ve birlikte ellerinizi uzatın. Sonra hemen karşılık ver ve sadece biraz yardım et. Böylece çığlık azar azar bir ricaya dönüşür. Çocuğun şunu öğrenir: Bir şey olmuyorsa birini çağırabilirim. Bu da bağımsızlaşmanın bir parçası.

dont-redo-their-job =
    .title = Onun yaptığını yeniden yapma
    .body = Çocuğun sofrayı kendisi mi “kurdu” ya da ayakkabılarını kendisi mi giydi, ama tam senin yapacağın gibi değil? Öyle bırak, kaşık yanlış tarafta ya da ayakkabılar ters ayakta olsa bile. Onun gözü önünde düzeltmek, sözsüz olarak “iyi olmamış” demektir. Gerçekten bir şeyin değişmesi gerekiyorsa sonra, görmediği bir anda yap. Bunun yerine o yüzdeki gurura bak; düzgün bir sofradan daha değerli.

picked-blue-now-wants-red =
    .title = Mavi bardağı seçti, şimdi kırmızıyı istiyor
    .body = Çocuğun mavi bardağı seçti ve şimdi kırmızıyı istediği için gözyaşlarına mı boğuldu? Küçük çocuklar, seçmenin diğerini alamamak anlamına da geldiğini yeni keşfediyor. Seçimin yanında nazikçe dur: “Maviyi seçtin. Şimdi kırmızıyı istiyorsun. Bu can sıkıcı.” Değiştirmek de kızmak da zorunda değilsin. Yanında biri varken hayal kırıklığını taşımayı öğrenmek, çocuğunun şu an çalıştığı şey.

name-their-pride =
    .title = Çocuğunun gururuna ad ver
    .body = Çocuğun bir şeyi başarıp ışıl ışıl sana mı dönüyor? “Aferin!” yerine bir kez çocuğunun kendi hissettiğini adlandır: “Gurur duyuyorsun, değil mi? Hepsini kendin yaptın.” Hemen bir şey eklemeden bu anın tadını çıkarmasına izin ver. Böylece çocuğun gururun yalnızca dışarıdan gelen bir övgü değil, içeriden bir duygu olduğunu öğrenir. Bu duyguyu ileride kimse bakmazken de bulabilir.

name-the-happy-feelings-too =
    .title = Mutlu duygulara da ad ver
    .body = Duyguları çoğu zaman öfke ya da üzüntü varken adlandırırız. Bugün güzel olanlara da dikkat et: “Zıp zıp zıplıyorsun! Dede geldi diye çok mutlusun.” Ya da: “Banyoda ne kadar rahatsın, sakin sakin.” Mutlu, heyecanlı ve hoşnut için de kelimeler alan bir çocuk, sadece zor olanların değil, bütün duyguların görüldüğünü öğrenir. Üstelik sen de neyin iyi gittiğini daha çok fark edersin.

new-toddler-group-arrive-early =
    .title = Yeni bir çocuk grubu mu? Biraz erken git
    .body = Başka küçük çocuklarla yeni bir yere mi gidiyorsunuz, örneğin bebek yüzmesi, bir müzik grubu ya da bir oyun sabahı? Ortalık henüz sessiz ve boşken, on dakika erken gidin. Çocuğun kalabalık başlamadan önce seninle birlikte mekânı sakince keşfedebilir. Yeri zaten tanıyan çocuk grupla daha kolay baş eder. İlk haftalarda hep aynı yere oturun; bu da orayı daha tanıdık kılar.

too-wild-slow-the-game =
    .title = Çok mu coştu? Oyun taşmadan yavaşlat
    .body = Koşmak, çığlık atmak, kovalamaca: Oyun giderek coşuyor ve genelde nasıl bittiğini biliyorsun. Taşmadan önce yavaşlat: daha yavaş hareket et, daha alçak sesle konuş, kovalamacayı parmak ucunda gizlice yaklaşma oyununa çevir. Sakin bir şeyle bitirin, örneğin yan yana uzanıp tavana bakmak. Küçük bir çocuk henüz kendi frenine basamaz; fren sensin. Gülmek serbest, inişi birlikte yaparsınız.

tantrums-mostly-at-home =
    .title = Nöbetler en çok seninle mi?
    .body = Kreşten ya da bakıcıdan çocuğunun orada melek gibi olduğunu duyuyor, ama evde bir nöbet bitip öteki mi başlıyor? Bu adaletsiz geliyor, ama güzel bir şey söylüyor: Çocuğun seninle her şeyi, gün boyu içinde tuttuklarını bile göstermeye cesaret ediyor. Almaya giderken bir atıştırmalık ve içecek al; aç karnına fırtına daha sert kopar. Kendine de iyi bak: Güvenli bir yer de yorulabilir.

coat-flip-trick =
    .title = Mont numarası: kendi başına giymek
    .body = Çocuğun montunu illa kendisi mi giymek istiyor, ama kollar hep dolaşıyor mu? Montu yere açık şekilde, iç tarafı yukarı ve yakası çocuğunun ayaklarına gelecek biçimde ser. Kollar kollara, sonra tek bir savuruşla başın üzerinden: mont giyildi! Birkaç kez göster ve çocuğun denesin. Önce olmayan bir şeyi kendi başına başarmak, küçük bir çocuğa kocaman bir his verir. Kapıda da bir kavga eksilir.

odd-socks-are-fine =
    .title = İki farklı çorap mı? Hiç sorun değil
    .body = Çocuğun bugün güneşte yağmur çizmesi, iki farklı çorap ya da markete prenses elbisesi mi istiyor? Sadece güvenli ve yeterince sıcak mı, ona bak. Öyleyse bırak öyle kalsın. Giysiler, küçük bir çocuğun kendi başına karar verebildiği ilk şeylerden biridir. Başkalarının yorumları mı? “Kendisi seçti” demek yeter. Ne olur ne olmaz diye yanına bir hırka al.

birthday-present-hard-to-hand-over =
    .title = Hediyeyi vermek istemiyor
    .body = Bir doğum günü partisine mi gidiyorsunuz ve hediyeyi verme zamanı gelince çocuğun ona sımsıkı mı sarılıyor? Çok anlaşılır: Hediye güzel, küçük bir çocuk da bir şeyi vermeyi henüz pek anlamaz. Hediyeyi elinden çekip alma. “Sen de çok beğendin, değil mi?” de ve birlikte verin, elin onun elinin üstünde. Olmuyor mu? O zaman sen ver, o da yanında dursun. İçten bir “buyur” sonra gelir.

comforting-another-child-together =
    .title = Başka bir çocuğu birlikte teselli etmek
    .body = Oyun parkında bir çocuk düşüyor ve seninki ürkmüş hâlde mi izliyor? Gördüğünü söyle: “O kız düştü. Ağlıyor, dizi acıyor.” Neyin yardım edebileceğini birlikte düşünün: şapkasını geri vermek, biraz el sallamak, annesi geliyor mu diye bakmak. Sen yanındayken çocuğun başkasını önemsemeyi dener. Sadece izlemeyi mi tercih ediyor? O da olur; empati fark etmekle başlar.

where-the-feeling-sits-in-the-body =
    .title = Duygu bedeninin neresinde?
    .body = Çocuğunda bir şeylerin kaynadığını, yumruklarının sıkıldığını, yüzünün kızardığını ya da yere tepindiğini mi görüyorsun? Bedeninde gördüğünü söyle: “Ellerin kaskatı olmuş. İçinde öfke mi var?” Ya da korkarken: “Bana öyle sıkı tutunuyorsun ki.” Çocuğun kendi işaretlerini, onları anlatabilmesinden çok önce, azar azar tanır. Bunları fark etmek, ileride kendi kendine sakinleşmenin ilk adımıdır.

a-scary-picture-in-the-book =
    .title = Kitapta korkutucu bir resim
    .body = Çocuğun kurt ya da canavar çıkınca sayfayı hızla mı çeviriyor, kitabı mı itiyor? Korkutucu kısma o karar versin: “Korkutucu mu? O zaman atlayalım.” Ya da resmi birlikte elinizle kapatın. Birçok küçük çocuk sonra kendiliğinden, sana sokularak geri döner: bir anlık bakış, sonra hemen kapatmak. Ne kadar korkacağına kendisi karar veren çocuk daha çok bakmaya cesaret eder. Yarın belki o kitabı ister.

practise-calm-breathing-in-play =
    .title = Ortalık sakinken sakin nefes almayı çalış
    .body = Küçük bir çocuk sakin nefes almayı öfke nöbetinin ortasında öğrenemez. İşler iyiyken, oyun gibi çalışın: baloncuk üflemek, birlikte bir tüyü masanın üzerinde üflemek ya da senin parmaklarında “mumları söndürmek”. Sen de çok yavaşça üfle. Sonra zor bir anda bunu gösterdiğinde, “Mumları söndürelim mi?”, çocuğun onu zaten tanır. Henüz olmuyor mu? O zaman ikiniz için sen yavaşça nefes al.

yes-later-instead-of-no =
    .title = “Hayır” yerine “Evet, sonra”
    .body = Çocuğun dışarı çıkmak, bir bisküvi ya da bir kitap daha mı istiyor, ama şimdi değil de biraz sonra uygun mu? O zaman “hayır” değil, “evet, sonra” de ve somutlaştır: “Evet, yemekten sonra dışarı çıkacağız.” İki yaşına yaklaşan birçok çocuk böyle bir “sonra”yı epey iyi takip eder. İsteği kapalı bir kapıya çarpmaz, ona bir yer açılır. Yemek bitince gerçekten montları getir: “Hadi gidiyoruz!”

gave-in-yesterday-start-again =
    .title = Dün boyun mu eğdin? Bugün yeniden başla
    .body = Dün, yorgun ve bitkin, uzun bir nöbetten sonra bisküviyi yine de verdin mi? Bu her ebeveynin başına gelir ve hiçbir şeyi bozmaz. Bugün dünü açıklamadan, sakince yeniden hayır de ve arkasında dur. Bir çocuğun her seferinde kusursuz bir ebeveyne değil, yeterince sık aynı şeyi yapan birine ihtiyacı vardır. Çocuğun bunu deneyecek; bugün neyin geçerli olduğunu böyle öğrenir.

left-out-by-bigger-children =
    .title = Büyük çocuklar onu oyuna almıyor
    .body = Çocuğun daha büyük çocuklara, kuzenlere ya da komşu çocuklarına katılmayı çok mu istiyor, onlar da kaçıyor ya da “Sen çok küçüksün” mü diyor? Bu acıtır. Gördüğünü söyle: “Katılmak istedin. İzin vermediler. Çok yazık.” Sonra birlikte ona ait bir rol bulun, topu geri atmak ya da gole sevinmek gibi, ya da bir süre seninle oynasın. Çocuğun görüldüğünü hisseder, büyükleri de zorlaman gerekmez.

the-easy-quiet-child =
    .title = Uysal, sessiz çocuk
    .body = Çocuğun çoğu zaman hoşnut mu, sakin sakin oynayıp az şey mi istiyor? Sessiz bir çocuğun da ilgine ihtiyacı var, tam da bunu istemediği için. Bugün birkaç kez kendiliğinden yanına otur ve izle: “Ne yapıyorsun?” Çocuğun şunu hisseder: Sessizken de görülüyorum. Çocuğun hoşnut olmaktan çok içine kapanık mı görünüyor? Bunu consultatiebureau’da (çocuk sağlığı merkezinde) anlat.

when-tantrums-worry-you =
    .title = Öfke nöbetleri seni endişelendiriyor mu?
    .body = Öfke nöbetleri bu yaşın bir parçasıdır ve çocuklar ne sıklıkta yaşadıkları konusunda farklıdır. Nöbetler sık sık çok uzun mu sürüyor, çocuğun sık sık kendine mi zarar veriyor ya da sonrasında zor mu teselli ediliyor? Ya da sen tükenmiş misin? Bunu consultatiebureau (çocuk sağlığı merkezi) ya da aile hekimiyle (huisarts) konuş. Emin olana kadar beklemen gerekmez; sormak ikinize de iyi gelir.

it-has-to-be-exactly-so =
    .title = Tam olarak böyle olmalı
    .body = Muzu illa çocuğun kendisi mi soymalı, ışığı hep aynı kişi mi kapatmalı, hep o tek bardak mı olmalı? İki yaş civarında birçok çocuk her şeyin tam da her zamanki gibi gitmesini ister. Bu, henüz pek kavrayamadıkları bir dünyada onlara tutunacak bir yer verir. Olabildiğince buna uy. Yine de farklı mı oldu? Bunu söyle, “Ah, bu senin istediğin gibi olmadı”, ve yanında kal.


cuddly-toy-may-join-the-bed =
    .title = Artık peluş oyuncak yatağa girebilir
    .body = Çocuğun bir yaşını doldurdu mu? O zaman küçük, yumuşak bir peluş oyuncak onunla yatağa girebilir; çıkabilen gözleri ya da uzun kurdeleleri olmasın. Yastık ya da yorgan ise henüz gerekmez. Çocuğun kendisi seçsin, sen de ona uyku ritüelinde bir yer ver: “Ayıcık da uyuyor.” Böylece sen odada değilken çocuğun gece tutunacağı tanıdık bir şey olur. İlgilenmiyor mu? Sorun değil: her çocuk peluş istemez.

a-taste-from-your-plate =
    .title = Senin tabağından bir lokma
    .body = Küçüğün aile yemeğinden giderek daha çok mu yiyor? Bugün kendi tabağından bir lokma ver ve önce sen, görebileceği şekilde tat: “Mmm, ıspanaklı pilav.” Çocuklar bir yiyeceğe güvenilip güvenilmeyeceğini senin yüzünden okur; senin yediğini yemek de aileye ait olmak gibidir. Çok tuz ya da acı baharat girmeden önce onun payını ayır. Üzüm gibi yuvarlak şeyleri uzunlamasına dörde böl.

drink-cup-within-reach =
    .title = Susadı mı? Bardak elinin altında
    .body = Çocuğun musluğu mu gösteriyor ya da “su!” mu diyor? Bugün kapaklı, kendine ait bir bardak suyu sabit ve alçak bir yere koy, örneğin oturma odasındaki bir taburenin üstüne, ve kendisi alsın. Böylece neye ihtiyacı olduğunu hisseder ve bununla ilgili bir şey yapabilir; olmazsa sen yakındasın. O küçük “kendim yapabilirim” duygusu çocuğa iyi gelir. Birlikte içmeyi mi tercih ediyor? O da olur.

jab-in-the-second-year =
    .title = İkinci yılda aşı: dürüstçe söyle
    .body = Yakında consultatiebureau’da (çocuk sağlığı merkezinde) bir aşı mı var? Çocuğun artık sandığından fazlasını anlıyor. O gün ona kısa ve dürüst söyle: “Sana küçük bir iğne yapılacak. Biraz acıtacak, ben de seni tutacağım.” Acımayacak diye söz verme. Peluşunu yanına al ve sonrasında ne kadar gerekirse teselli et. Böylece çocuğun senin sözlerine güvenebileceğini öğrenir.

hair-wash-look-at-the-ceiling =
    .title = Saç yıkama: “Şimdi!” demeyi ona bırak
    .body = Çocuğun saç yıkarken ağlıyor mu? Anın kontrolünü ona ver: “Su ne zaman gelsin, sen söyle.” Gerçekten o “Şimdi!” sözünü ya da baş sallamayı bekle, sonra kısaca durula. Tavandaki neşeli bir resim başını kendiliğinden geriye yatırır; gözlerine daha az su kaçar. Zor anın ne zaman geleceğine kendisi karar veren çocuk buna daha kolay dayanır. Küvette bir elin hep çocuğunun üzerinde olsun.

bedtime-bottle-before-brushing =
    .title = Akşam biberonu diş fırçalamadan önce
    .body = Çocuğun yatakta bir biberon sütle mi uyuyor? Bugünden itibaren biberonu kanepeye taşı: kucağında birlikte içmek, sonra diş fırçalamak, sonra yatak. Fırçaladıktan sonra sadece su; bu dişleri için daha iyi. Biberon eşliğindeki sarılma kalıyor, sadece yeri değişiyor. İlk akşamlar itiraz mı ediyor? O zaman yatakta onun yanında biraz daha uzun kal.

back-teeth-coming-through =
    .title = Azı dişleri çıkıyor: çiğnemek acıtıyor
    .body = Çocuğun birden ekmek kabuğunu çiğnemeyi bıraktı mı, elleri de sürekli ağzında mı? Belki azı dişleri çıkıyor. Birkaç gün muhallebi, yoğurt ya da muz gibi daha yumuşak yiyecekler ve ısırması için soğuk (dondurulmamış) bir sabun bezi ver. Gördüğünü söyle: “Ağzın acıyor, değil mi?” Böyle günlerde az yemesi sorun değil. Ağrı kesici konusunda emin değil misin? Aile hekimine (huisarts) sor.

food-on-the-floor-means-done =
    .title = Yemek yerde mi? Belki doymuştur
    .body = Küçüğün yemeğin ortasında yemeği tabaktan yere mi atıyor, ya da sadece etrafa mı sürüyor? Bu çoğu zaman “doydum” demektir. Sor: “Bitti mi? O zaman tabak kalkıyor.” Tabağı kızgın bir ses olmadan, sakince kaldır ve çocuğunu sandalyeden indir. Böylece işaretinin anlaşıldığını fark eder. Zamanla “bitti” demeyi ya da el işaretiyle göstermeyi öğrenir, atmak da azalır.

stomach-bug-night =
    .title = Gece kustu mu: önce teselli
    .body = Çocuğun gece uyanıp kustu mu? Bu küçük bir çocuk için korkutucudur. Önce onu kucağına al ve sakince söyle: “Kustun. Çok tatsız. Ben yanındayım.” Yatak bekleyebilir. Sonraki saatlerde sık sık küçük yudumlar sun. Az mı içiyor, çişi çok mu azaldı, ya da çok mu uyuşuk? Aile hekimini (huisarts), gece ise huisartsenpost’u (nöbetçi aile hekimini) ara.

undressing-is-the-new-skill =
    .title = Çoraplar her yerde çıkıyor mu? Yeni bir beceri
    .body = Küçüğün arabada ya da sokakta bile çoraplarını, ayakkabılarını ya da şapkasını sürekli çıkarıyor mu? Bu yeni bir beceri ve çocuğun bununla gurur duyuyor. Bugün ona ayrı bir an ayır: banyodan önce her şeyi kendisi çıkarabilir, sen de alkışlarsın. Dışarıda nazikçe söyle: “Ayakkabılar ayağında kalıyor. Evde çıkarabilirsin.” Soyunmak genelde giyinmekten çok önce gelir; bu normal.

short-bedtime-on-a-tired-night =
    .title = Çok mu yorgunsun? Kısa uyku ritüeli de olur
    .body = Bu akşam bitkin misin ve bütün ritüeli düşünmek bile yoruyor mu? Aynı adımları aynı sırayla yap, sadece daha kısa: bütün kitap yerine bir sayfa, şarkıdan bir kıta, kısa bir “İyi uykular, yarın görüşürüz.” Çocuğun sırayı tanır; huzur uzunlukta değil, o sırada. Kısa bir akşam başarısız bir akşam değildir; yarın yine uzun olabilir.

coughing-night-upright =
    .title = Öksürüklü bir gece: kollarında dik dursun
    .body = Çocuğun gece öksürüyor ve bu yüzden tekrar tekrar mı uyanıyor? Onu kaldır, göğsüne yaslayarak dik tut ve yumuşakça konuş: “Öksürmen gerekiyor, biliyorum. Seni tutuyorum.” Sana yaslanıp sakin nefes almak çocuğunun yatışmasına yardım eder. Sonra yatağına geri. Havlar gibi öksürük, hırıltı ya da zor nefes mi? Aile hekimini (huisarts), gece huisartsenpost’u (nöbetçi aile hekimini) ara.

painting-lotion-after-the-bath =
    .title = Banyodan sonra: krem sürmek resim yapmak gibi
    .body = Küçüğün banyodan sonra masaj için artık uzanmıyor mu? Bunu resim yapmaya çevir. İstersen parmağına biraz kokusuz krem ya da yağ al, asla fındık, fıstık ya da zeytinyağı değil, ve kollarına ve karnına birlikte “resim yapın”: “Dizine bir çizgi!” Sonra çocuğun da senin eline sürsün. Dokunmak sessiz ve ciddi olmak zorunda değil. Çocuğun kaçıyor mu? O zaman resim bitti.

second-wind-at-bedtime =
    .title = Yatmadan hemen önce birden çok hareketli
    .body = Çocuğun akşamları birden odada çılgınca mı koşuyor, aşırı mı gülüyor, daha sık mı tökezliyor? Bu enerji gibi görünür ama çoğu zaman aşırı yorgunluktur. Yarın uyku ritüeline on beş dakika erken başla, ışıkları zamanında kıs ve sakin oyunlar seç. Küçük bir çocuk ne zaman yorulduğunu henüz iyi hissedemez; sen bunu ilk esnemeden ya da göz ovuşturmasından okursun.

clamped-mouth-teddy-brushes-first =
    .title = Ağız kapalı mı? Önce ayıcık
    .body = Diş fırçası görünür görünmez çocuğun dudaklarını sımsıkı mı kapatıyor? Önce bir peluşun dişlerini bol sesle fırçala: “Fırrr, fırrr, üst, alt.” Sonra çocuğun ayıcığı fırçalasın, ardından sıra çocuğuna gelsin. Her taraf için yüksek sesle ona kadar say ki ne zaman biteceğini bilsin. Geldiğini görebildiğin bir son, kıpırdamadan durmayı kolaylaştırır. Bugün yarım mı oldu? Yarın yine dene.

still-breastfeeding-your-own-pace =
    .title = İlk yaş gününden sonra hâlâ emziriyor musun?
    .body = Hâlâ emziriyor ve “Hâlâ mı?” gibi sorular mı duyuyorsun? Ne kadar süreceğine sen ve çocuğun karar verirsiniz; bitmesi gereken belli bir yaş yok. Güler yüzle “Bize böyle uyuyor” demek yeter. Kendin azaltmak mı istiyorsun? O da olur, kendi hızında. Beslenme konusunda emin değil misin ya da bırakmak için yardım mı istiyorsun? Consultatiebureau (çocuk sağlığı merkezi) seve seve yardımcı olur.

not-everything-is-teething =
    .title = Her şey diş yüzünden değil
    .body = Çocuğun günlerdir huysuz mu ve herkes “azı dişleridir” mi diyor? Bugün biraz daha dikkatli bak. Ateş, kulağını çekiştirme, az içme ya da hiç kendisi gibi olmama var mı? O zaman aile hekimini (huisarts), akşam ve hafta sonu huisartsenpost’u (nöbetçi aile hekimini) ara. Diş çıkarmak çocuğu biraz huzursuz eder ama gerçekten hasta etmez. Çocuğunu en iyi sen tanırsın; içindeki ses de önemli.

no-more-one-more-bite =
    .title = Artık “bir lokma daha” yok
    .body = Yemekler sık sık pazarlıkla mı bitiyor: bir lokma daha, sonra tatlı? Bugün farklı bir paylaşım dene: sofraya ne zaman ne geleceğine sen karar verirsin, ne kadar yiyeceğine çocuğun. Küçük porsiyonlar koy; fazlası her zaman olur. Böylece çocuğun kendi karnını dinlemek için savaşmak zorunda kalmaz. Büyüme ya da kilo konusunda endişen mi var? Consultatiebureau’da (çocuk sağlığı merkezinde) konuş.

chickenpox-itch-stay-close =
    .title = Su çiçeği: kaşıntı var, sen yanındasın
    .body = Çocuğun su çiçeği geçiriyor ve sürekli kaşınıyor mu? Tırnaklarını kısa kes, bol pamuklu giysiler seç, kaşınan yerlere serin, ıslak bir bezle hafifçe bastır. Kucağında bir kitap, ellerine başka bir uğraş verir. Kaşıntı huysuz yapar; sakin ilgin yardım eder. Çok hasta ya da uyuşuk mu, bir yer kızarıp ısınıyor ve acıyor mu? Aile hekimini (huisarts), akşam nöbetçi aile hekimini (huisartsenpost) ara.

head-shoulders-knees-drying-off =
    .title = “Başım, omuzlarım, dizlerim” ile kurulanmak
    .body = Bugün çocuğunu banyodan sonra “Başım, omuzlarım, dizlerim, ayaklarım” şarkısıyla kurula: her kelimede o yere havluyla hafifçe bastır. Önce yavaş, sonra hızlı, sonunda çok yumuşak. Şarkı ve dokunuş birlikte bir işi oyuna çevirir, çocuğun da bu arada bedenini tanır. Sen gelmeden dizini kendisi mi gösteriyor? O zaman ritmi o tutsun.

wide-awake-at-three-am =
    .title = Gece saat üçte tamamen uyanık
    .body = Çocuğun gecenin ortasında bir saat boyunca neşeyle uyanık mı yatıyor, oynamaya hazır mı? Yakınında kal ama sıkıcı tut: az ışık, yumuşak ses, oyuncak ya da ekran yok. Gerekirse gözlerin yarı kapalı yatağın yanında otur. Çocuğun yalnız değildir ama yine de gecenin dinlenmek için olduğunu fark eder. Böyle gece eğlenceleri genellikle kendiliğinden geçer.

light-evenings-or-clock-change =
    .title = Aydınlık akşamlar ya da saat değişikliği mi?
    .body = Saatler yakında değişecek mi, ya da çocuğun yatarken akşamları hâlâ aydınlık mı? Uyku ritüelini bir kerede bir saat yerine, birkaç gün boyunca her gün on dakika kaydır. Yazın pencereye karartan bir şey as ki yatak odası her zamanki gibi hissettirsin. Birkaç gün erken uyanmak ya da zor uykuya dalmak işin parçası. Tanıdık ritüel de onunla birlikte kayar.

cuddly-toy-lost =
    .title = Peluş oyuncak kayıp
    .body = Peluş otobüste mi, büyükannede mi, yoksa evde bir yerde mi kayboldu? Üzüntüyü ciddiye al: “Ayıcığını özlüyorsun. Bu gerçekten üzücü.” Birlikte arayın, gittiğiniz yerleri arayıp sorun. Yatma vakti geldi ve ayıcık hâlâ yok mu? Dürüstçe söyle: “Ayıcığı henüz bulamadık. Bu gece yanında biraz daha uzun kalacağım.” Ve kal. Gerçekten bulunmazsa çocuğun yenisini seçsin; tanıdık olması biraz zaman alır.

toddler-in-your-bed-at-night =
    .title = Gece senin yatağında
    .body = Çocuğun gece senin yatağına mı geliyor, ya da herkes çabuk sakinleştiği için onu sen mi alıyorsun? Yakın uyumak şımartmaz, ama dikkatli ol: o yataktaki bir yetişkin alkol, uyuşturucu ya da uyku ilacı aldıysa veya sigara içiyorsa asla; kanepede birlikte de asla. Duvarla arada boşluk olmasın, düşemesin, yastığının ya da yorganının altında kalmasın. Dar mı? Yatağının yanında bir şilte de yakındır.

medicine-without-tricks =
    .title = Hilesiz ilaç içirmek
    .body = Çocuğun hekimin verdiği şurubu içmeli ama ağzını sımsıkı mı kapatıyor? Tadını dürüstçe söyle: “Biraz kötü tadı var, ama iyileşmene yardım ediyor.” Küçüğüne seçim şansı ver: “Şırıngayı sen mi bastırırsın, ben mi?” Yardım edince kendini daha az çaresiz hisseder. İlaca asla şeker deme ve sonra yüksek, kapalı bir yere kaldır. Hepsini tükürdü mü? Kendi başına tekrar verme; aile hekimine (huisarts) sor.

set-snack-times =
    .title = Sabit ara öğünler, sofrada iştah
    .body = Çocuğun bütün gün azar azar atıştırıp akşam yemeğinde neredeyse hiç yemiyor mu? Bugün ara öğün için sabit zamanlar seç, örneğin sabahın ortası ve öğleden sonra, ve bunu birlikte, masada oturarak yiyin. Aralarda su var. Yemeğin ne zaman geleceğini bilen bir çocuk sürekli istemek zorunda kalmaz ve sofraya iştahla gelir. Oturarak yemek, elde yiyecekle dolaşmaktan daha güvenlidir de.

nap-only-in-the-buggy =
    .title = Çocuğun sadece pusette mi uyuyor?
    .body = Çocuğun gündüz sadece pusette ya da arabada mı uyuyor, yatakta uyumuyor mu? Şimdilik bu sorun değil. Bunu aynı saatte, aynı yoldan sabit bir yürüyüşe çevir, sonra çocuğun olduğu yerde uyumaya devam etsin, sen de yakınında ol. Yatağı sonra yeniden deneyebilirsin. Yürüyüşü kendin için de kullan: temiz hava ve biraz hiçbir şey yapmamak.

hot-night-feel-the-neck =
    .title = Sıcak bir gece: ensesine dokun
    .body = Çocuğun sıcak bir yaz gecesinde dönüp duruyor ve terlemiş halde mi uyanıyor? Ensesine ya da sırtına dokun; serin eller pek bir şey söylemez. İnce bir uyku tulumu ya da sadece bir body seç, gündüz perdeleri kapalı tut, akşam bir pencere aç. Su ver ve ılık, ıslak bir bezle kollarını ve bacaklarını sil. Çocuğun çok sıcakladığını henüz söyleyemez; sen bunu bedeninden okursun.

hiding-to-poo =
    .title = Kakasını yapmak için saklanmak
    .body = Çocuğun kakasını yapmak için yüzü kızarmış halde perdenin arkasına ya da bir köşeye mi çekiliyor? Bu güzel bir işaret: çocuğun vücudunun ne yaptığını hissediyor. Onu biraz kendi haline bırak, sonra sadece şunu söyle: “Kakanı yaptın, değil mi? Hadi, temiz bir bez.” Yüzünü buruşturma; çocuğun senin onun vücudu hakkında nasıl konuştuğunu fark eder. Lazımlık sonra gelir; hissetmek başladı bile.

eating-from-a-shared-dish =
    .title = Aynı tabaktan birlikte yemek
    .body = Ailen ekmekle ya da elle, ortak bir tabaktan yemeyi sever mi? Bugün çocuğun da katılsın: batırması için bir parça ekmek, tabağın ona ait bir köşesi. Evde nasıl yiyorsanız öyle yemek, çocuğuna sofraya ve aileye ait olduğunu hissettirir. Sıcak tabakları uzak tut ve önce tat: fazla sıcak ya da fazla acı olmasın.

dinner-falls-apart-eat-earlier =
    .title = Akşam yemeği gözyaşıyla mı bitiyor? Erken yiyin
    .body = Çocuğun her akşam sofrada ağlıyor, bir şeyler atıyor ya da yayılıp kalıyor mu? Çoğu zaman yemek yorgun küçük bir beden için fazla geç geliyor. Bu hafta daha erken yemeyi dene, ya da saat beş civarı çocuğuna küçük, sıcak bir tabak ver ve sonra küçük bir şeyle size katılsın. Dinlenmiş bir çocuk daha sakin yer ve birlikte olmaktan daha çok keyif alır. Size neyin uyduğuna bak.

showering-together =
    .title = Küvet yerine birlikte duş
    .body = Evde küvet yok mu, ya da tatilde sadece duş mu var? Birlikte duş alın: ılık su, yumuşak akış, çocuğun ayaklarının dibinde kaymaz bir paspasın üstünde. Duş başlığını bir süre kendisi tutsun ve senin bacaklarına doğrultsun. Heyecan verici su seninle bir oyun olur. İstemiyor mu? Önce sadece eller ve ayaklarla başla, sen yanında ol. Suyun sıcaklığını her zaman önce kendin kontrol et.

fever-night-mattress-beside-them =
    .title = Ateşli bir gece: çocuğuna yakın uyu
    .body = Çocuğunun ateşi var ve gece sürekli ağlayarak mı uyanıyor? Bir iki gece için çocuğunun yatağının yanına bir şilte ser, ya da yatağını kendi odana al. Böylece evi dolaşmadan hemen yanında olursun, çocuğun da nefesini duyar. Sık sık bir şeyler içmesini öner. Çok hasta ya da uyuşuk mu, az mı içiyor, endişeli misin? Aile hekimini (huisarts), gece huisartsenpost’u (nöbetçi aile hekimini) ara.

following-you-to-the-toilet =
    .title = Çocuğun seninle tuvalete geliyor
    .body = Tuvalete gittiğinde çocuğun arkandan mı geliyor? Sana uygunsa izlemesine izin ver ve ne yaptığını sakince anlat: “Tuvalette çiş yapıyorum. Şimdi kâğıt, sifon, el yıkama.” Böylece çocuğun tuvalette ne olduğunu adım adım, baskı olmadan öğrenir. Senin için fazla mı özel? O zaman nazikçe söyle: “Biraz tuvaletteyim, hemen geliyorum.” İkisi de olur.

from-high-chair-to-a-big-chair =
    .title = Mama sandalyesinden büyük sandalyeye
    .body = Çocuğun mama sandalyesine oturmak istemiyor ve masada “senin gibi” mi oturmak istiyor? Normal bir sandalyeye kemerli bir yükseltici takılabilir mi bak, böylece çocuğun güvenle ve doğru yükseklikte oturur. Sandalyeyi masaya itmene yardım etsin. Büyük masada kendine ait bir yer birçok küçük çocuğu gururlandırır, çoğu zaman da sakinleştirir. Yine mama sandalyesi mi istiyor? O da olur.

suddenly-picky-one-safe-food =
    .title = Birden seçici mi oldu? Tanıdık bir yiyecek ekle
    .body = Çocuğun eskiden sevdiği yiyecekleri birden reddediyor mu? Bu ikinci yılda sık görülür ve genellikle geçer. Bugün tabağına neredeyse her zaman yediği bir şey koy, ekmek ya da pilav gibi, yanına da biraz yeni yiyecek. Yeniyi yorum yapmadan tekrar tekrar sun; yemeyebilir. Büyümesiyle ilgili endişen mi var? Consultatiebureau’ya (çocuk sağlığı merkezine) sor.

clinic-visit-wont-perform =
    .title = Kontrolde çocuğun katılmıyor mu?
    .body = Çocuğun consultatiebureau’da (çocuk sağlığı merkezinde), evde yaptığı halde blok dizmek ya da tek kelime söylemek istemiyor mu? Çok normal: yabancı oda ve yabancı sorular birçok küçüğü susturur. Evde ne gördüğünü anlat ya da kısa bir video göster; bu da önemlidir. Çocuğunun “gösteri” yapması gerekmiyor. Sonra ona sevecen bir şey söyle: “Heyecanlıydı, değil mi? Sadece izlemen yeterdi.”

stopping-night-feeds-another-carer =
    .title = Gece beslemesini bırakmak: başka biri gitsin
    .body = Gece emzirmeyi ya da biberonu bırakmak mı istiyorsun? Bir süre geceleri çocuğunun iyi tanıdığı başka biri gitsin: varsa eşin ya da birkaç gece kalan bir büyükanne. O kişi kollarıyla ve yumuşak bir şarkıyla teselli eder, gerekirse su verir. Çocuğun muhtemelen itiraz eder: güzel bir şeyi özlüyor. Kendi hızında, teselli etmeye devam edin. Yine de biri geliyor.

a-bad-dream =
    .title = Kötü bir rüyayla uyandı
    .body = Çocuğun gece korkunç bir şey görmüş gibi ağlayarak mı uyanıyor? Hemen git, onu kucağına al ya da elini sırtına koy ve söyle: “Korktun. Kendi yatağındasın ve ben buradayım.” Güvende, görülmüş, yatıştırılmış: şu an gereken bu kadar. Açıklama bekleyebilir. İşe yarıyorsa loş bir ışık yak ve çocuğun yeniden sakin nefes alana kadar yanında kal.

picky-eater-helps-prepare =
    .title = Seçici mi? Mutfakta yardım etsin
    .body = Çocuğun yeni bir şeyi neredeyse hiç yemiyor mu? Bugün sofraya gelecek bir şeye yardım etsin: çeri domatesleri yıkamak, marulu koparmak, bezelyeleri tencereye dökmek. Koklaması ya da tatması için bir parça ver, zorunlu olmadan. Çocuğunun kendi elleriyle tuttuğu şey tabakta daha az yabancı görünür. Mutfakta birlikte olmak da zaten keyiflidir. Bıçaklar ve sıcak tencereler sende kalsın.

washing-the-cuddly-toy =
    .title = Peluşun yıkanması gerekiyor
    .body = Peluş gerçekten kirlendi ve yıkanması mı gerekiyor? Bunu uykudan hemen önce değil, gündüz yap ve çocuğun izlesin: “Ayıcık banyo yapıyor.” Makinenin önünde birlikte oturun ya da ayıcığı birlikte ipe asın. Temiz bir peluşun kokusu birden değişir, bu da çocuğu huzursuz edebilir. Sonra bir süre göğsüne bastır ya da bir gece yastığının yanında tut: yeniden tanıdık kokar.

body-curiosity-in-the-bath =
    .title = Kendi bedenini merak ediyor
    .body = Çocuğun banyoda ya da bez değişiminde penisine ya da vulvasına mı dokunuyor? Bu, ayak parmaklarıyla ya da kulaklarıyla oynamak gibi sıradan bir meraktır. Sakin tepki ver ve vücut bölümlerini “diz” ya da “burun” der gibi adlarıyla söyle. Böylece çocuğun bedeninde kirli ya da gizli bir şey olmadığını öğrenir. Soruların mı var? Consultatiebureau (çocuk sağlığı merkezi) bunları sık duyar.

evening-at-the-huisartsenpost =
    .title = Akşam nöbetçi aile hekimine
    .body = Çocuğun bir düşmeden sonra ya da yüksek ateşle akşam huisartsenpost’a (nöbetçi aile hekimine) mı gitmeli? Önce ara; gelmeniz istenirse peluşunu, bir bez ve içecek al. Pijamayla gelebilir. Çocuğunu kucağında tut, sakin konuş ve ne olduğunu söyle: “Doktor kulağına bakıyor.” Şu an senin sakinliğin çocuğunun en tanıdık dayanağıdır. Evde: ikiniz için de bir sarılma.

dummy-only-in-bed-for-now =
    .title = Emziği azaltmak: şimdilik sadece yatakta
    .body = Çocuğunun gündüz ağzında sık sık emzik mi var ve bunu azaltmak mı istiyorsun? Küçük başla: emzik artık yatağa ait. Yatağın yanına bir kutu koy, çocuğun sabah emziği oraya kendisi bıraksın: “Emzik dinleniyor, akşama kadar.” Gündüz kollarınla, bir şarkıyla ya da peluşla teselli et. Yatakta emzik olabilir, ipsiz ve klipssiz. Bir gün olmadı mı? Yarın yine. Tamamen bırakmak sonra gelir.

lying-beside-them-until-asleep =
    .title = Çocuğun uyuyana kadar yanında mı kalıyorsun?
    .body = Her akşam çocuğun uyuyana kadar yanında uzanıyor ya da oturuyor musun? Sana iyi geliyorsa bu gayet normal. Değiştirmek mi istiyorsun? Küçük adımlarla ilerle: önce elin sırtında, birkaç akşam sonra yatağın yanında oturmak, daha sonra kapının yanında. Mırıldanmaya devam et ki çocuğun orada olduğunu duysun. Gerçekten çok mu üzülüyor? Yeniden bir adım yaklaş. Hızı birlikte bulacaksınız.

brushing-side-by-side-at-the-mirror =
    .title = Aynanın önünde yan yana diş fırçalamak
    .body = Çocuğun dişlerini “kendim!” diye mi fırçalamak istiyor? Onu aynanın önünde sağlam bir basamağa, yanına çıkar, ikinizin de kendi fırçası olsun. Aynı anda fırçalayın ve aynada birbirinize komik fırçalama yüzleri yapın. Önce çocuğun kendisi fırçalar, sonra sen kısaca üstünden geçersin: “Şimdi parlatıyorum.” Kendi başına ve birlikte yan yana gayet iyi gider. Basamaktayken hep yanında dur.

late-nap-late-bedtime =
    .title = Geç öğlen uykusu, yatarken savaş mı?
    .body = Çocuğun öğleden sonra dörde beşe kadar uyuyup gece saatlerce uyanık mı yatıyor? Bu hafta öğlen uykusunu biraz öne al, öğle yemeğinden kısa süre sonra, ya da uzun süredir uyuyorsa çocuğunu yavaşça uyandır: perdeler açık, senin sesin, kucağında ağır ağır uyanmak. O zaman akşam her zamanki saatte yine yorgun olur. Her çocuğun kendi ritmi var; seninkine neyin uyduğuna bak.

scared-to-poo-after-it-hurt =
    .title = Acıttığı için kaka yapmaktan korkuyor
    .body = Kakası gelince çocuğun kalçasını sıkıp parmak uçlarına mı kalkıyor, ya da ağlayarak bir köşeye mi çekiliyor? Çoğu zaman daha önce sert bir kaka canını yakmıştır ve şimdi korkuyordur. Gördüğünü söyle: “Yine acıyacak diye korkuyorsun. Ben yanındayım.” Bol su, meyve ve sebze ver; acele ve baskı olmasın. Böyle sürüyor mu, kan ya da çok karın ağrısı mı var? Aile hekimine (huisarts) danış.

telling-you-after-a-wee =
    .title = “Çiş!” Çocuğun sana söylüyor
    .body = Çocuğun olay olduktan sonra bezini mi gösteriyor ya da “çiş” veya “kaka” mı diyor? Teşekkür et: “Söylemen çok iyi! Hadi, temiz bir bez.” Bu ilk küçük adım: çocuğun vücudunun ne yaptığını fark ediyor ve seninle paylaşıyor. Henüz önceden söylemesi gerekmiyor, lazımlığa da henüz gerek yok. En çok da anlatmanın her zaman hoş karşılandığını göster.

bath-too-exciting-move-it =
    .title = Banyo çocuğunu uyandırıyor mu?
    .body = Banyo çocuğunu daha çok coşturup sıçratıyor ve sonra uyuması uzun mu sürüyor? O zaman banyonun uyku ritüelinde olması gerekmez. Öğleden sonraya ya da hafta sonuna al, akşamı da diş fırçalama, pijama ve bir şarkıyla sakin tut. Bir çocuğa banyo huzur verir, bir başkasına enerji. Seninkine ne yaptığını sen görürsün.

afraid-of-the-dark =
    .title = Karanlıktan korkuyor
    .body = Çocuğun birden karanlıkta yatmak istemiyor ya da bir gölgeyi korkuyla mı gösteriyor? Gündüz yatak odasına birlikte bakın: kapıdaki mont, lamba, perdeler. Akşam ışığı bir kapatıp yeniden aç: “Bak, sadece senin montun.” Küçük, loş bir gece lambası olabilir. Orada hiçbir şey olmadığını bilsen de korkuyu ciddiye al. Sen yanındayken karanlık küçülür.

last-breastfeed-mixed-feelings =
    .title = Son emzirme: rahatlama ve özlem
    .body = Emzirme bitmek üzere mi, ya da bugün son mu oldu? Birçok ebeveyn aynı anda rahatlama ve hüzün hisseder, bazen hormonlara bağlı bir moral düşüklüğü de. Hepsi olabilir. Bunu küçük bir ana dönüştür: bir fotoğraf, çocuğuna birkaç söz ya da kanepede birlikte uzun uzun oturmak. Yakınlık bitmiyor, yeni bir biçim alıyor. Haftalardır mı moralin bozuk? Aile hekiminle (huisarts) konuş.

small-operation-day =
    .title = Küçük bir ameliyat: sen de git
    .body = Çocuğun örneğin kulaklarından küçük bir ameliyat mı olacak? Hastaneye çocuğun uyuyana kadar yanında kalıp kalamayacağını ve uyandığında orada olup olamayacağını sor. O sabah yemek yememesi mi gerekiyor? Yiyecekleri gözden uzak tut, oyalayıcı şeyler ve kucağını sun. Peluşunu ve kendi battaniyesini yanına al. Çocuğun ne olduğunu anlamak zorunda değil; uykuya dalarken ve uyanırken senin yüzün yeter.

scooping-their-own-food =
    .title = Yemeğini kendisi koysun
    .body = Bugün çocuğunun önüne, içinde pirinç ya da bezelye gibi bir şey olan küçük bir kâse ve kaşık koy, kendi tabağına kendisi koysun. Yavaş gider ve biraz yanına düşer; bu işin parçası. Sofrada bir şeyi kendisi halledebilen küçük bir çocuk kendini büyük ve ciddiye alınmış hisseder. Gördüğünü söyle: “Yemeğini kendin koydun!” Sıcak tencere ve tabaklar sende kalsın.

no-nap-today-quiet-hour =
    .title = Bugün öğlen uykusu yok mu? Sakin bir saat
    .body = Ne kadar uğraşsan da çocuğun bugün uyumuyor mu? Öğlen zamanını yine de sakin bir saat olarak koru: kanepede ya da yatakta birlikte, perdeler yarı kapalı, bir kitap ya da hafif müzik. Birçok çocuğun ikinci yılda hâlâ öğlen uykusuna ihtiyacı vardır ama her gün olmayabilir. Seninle sakin bir saat de dinlendirir. Akşam çocuğunu biraz erken yatır.

hair-brushing-without-a-battle =
    .title = Gözyaşı olmadan saç taramak
    .body = Saç taramak her sabah kavga mı? Bir de banyodan sonra, saçlar ıslak ve yumuşakken dene ya da önce düğümleri biraz nemlendir. Çocuğunu bir kitapla kucağına al ya da tutması için ona kendi tarağını ver. Bir tutamı düğümün üstünden tut ki kafa derisini çekmesin, ve alttan yukarı doğru küçük parçalar halinde tara. Hiç olmuyor mu? Bugün biraz dağınık saç da olur.

only-one-parent-at-night =
    .title = Gece sadece o tek ebeveyn gelsin istiyor
    .body = Geceleri ikiniz mi paylaşıyorsunuz, çocuğun sadece birinizi çağırıp diğeri gelince daha çok mu ağlıyor? Bu çok yaygın. Kimin ne zaman gideceğini kararlaştırın. Giden, diğerinin nerede olduğunu kısaca söylesin ve: “Buradayım, yanında kalıyorum.” Çocuğun önce itiraz etse de sakin ve sıcak kal. Böylece tesellinin ikinizden de gelebileceğini fark eder. Biriniz de sonunda deliksiz uyur.

nappy-free-time =
    .title = Biraz bezsiz zaman
    .body = Hava mı sıcak, oda mı ılık? Bugün çocuğun bir süre bezsiz oynasın, bir çişin sorun olmayacağı bir yerde: bahçede, banyoda ya da eski bir havlunun üstünde. Böylece çocuğun çiş yaptığında ne olduğunu fark eder: “Bak, çiş yapıyorsun!” Beklenti ya da alıştırma yok, sadece keşif. Yerde bir gölcük mü? “Hop, hemen silelim.” Fazlası gerekmiyor.

climbing-out-of-the-cot =
    .title = Çocuğun parmaklıklı yataktan tırmanıyor mu?
    .body = Çocuğun bacağını parmaklıklı yatağın kenarından mı atıyor, ya da birden senin yatağının yanında mı beliriyor? O zaman alçak bir yatağın ya da yere serilmiş bir şiltenin zamanı gelmiştir, düşerse yüksekten düşmesin. Odayı güvenli hale getir, kapıya ya da merdivene bir kapı bariyeri koy. Peluşu, uyku tulumunu ve alışık olduğu ritüeli yeni yatağa taşı. Her şey yeni, tutunduğu şeyler hariç.

one-more-drink-at-bedtime =
    .title = Yatırdıktan sonra durmadan sesleniyor
    .body = Yatırdıktan sonra çocuğun sürekli mi sesleniyor: su, çiş, bir öpücük daha? Bu akşam bunları ritüelin parçası yap: yatağın yanında bir bardak su, kapıda son bir sarılma. Yine de seslenirse, kısa ve hep aynı şekilde cevap ver: “Suyun var, ayıcığın var. Ben yakındayım. İyi uykular.” Böylece çocuğun yalnız değildir, akşam da bitmek bilmez hale gelmez.

along-to-your-dentist =
    .title = Senin diş hekimine birlikte
    .body = Kendi kontrolün için diş hekimine mi gideceksin? Mümkünse çocuğunu da götür, kucağından ya da yanından izlesin. Bunun senin için sıradan olduğunu göster, sonra çocuğun büyük koltuğa biraz otursun ve ağzını açsın: “Aaa!” Böylece diş hekimi, senin de olduğun tanıdık bir yer olur. Çocuğunun ilk kez ne zaman kendi muayenesine gelebileceğini hemen sor.

screaming-but-not-awake =
    .title = Uykusunda çığlık atıyor ama uyanık değil
    .body = Çocuğun gece gözleri açık, çığlık atarak yatakta mı doğruluyor, ama seni görmüyor gibi ve teselli edilemiyor mu? Bazen çocuk o sırada gerçekten uyanık değildir. Onu uyandırma; yanında kal, bir yere çarpmamasını sağla ve yumuşakça konuş. Çoğu zaman birkaç dakikada geçer ve çocuğun hatırlamadan yeniden uyur. Sık mı oluyor, ya da endişeli misin? Aile hekimine (huisarts) sor.

potty-as-a-chair-first =
    .title = Şimdilik sadece üstüne oturmak için bir lazımlık
    .body = Evde henüz lazımlık yok mu? Bugün banyoya ya da oturma odasına bir tane koy ve çocuğun onunla ne isterse yapsın: giyinik halde üstüne otursun, ayıcığı oturtsun, yanında kitap baksın. Böylece hiçbir beklenti olmadan eşyanın kendisine alışır. Sen dişlerini fırçalarken üstünde oturmayı mı seviyor? Ne güzel, birlikte. İçine henüz hiçbir şey yapması gerekmiyor.

bedtime-like-a-frog =
    .title = Kurbağa gibi yatağa
    .body = Yatma saati gelir gelmez çocuğun “hayır!” mı diyor? Yatağa giden yolu oyuna çevir: kurbağa gibi yatak odasına zıplayın, kollarında uçak gibi uçsun ya da sırtında at gibi gitsin. Yatma saati yine yatma saati; sadece oraya giden yol komik olabilir. Çocuğun eğlence ve ilgi alır, kimse de sürüklenmez. Bu akşam oyun havasında değil misin? O zaman çocuğunu sakince yatağa taşı.

potty-readiness-signs =
    .title = Tuvalet eğitimi mi? Kendi çocuğuna bak
    .body = Lazımlık zamanı geldi mi diye mi düşünüyorsun? İkinci yaş günü civarında pek çok çocuk hâlâ bez kullanır ve bu normaldir. Sen kendi çocuğuna bak: bezi daha uzun süre kuru kalıyor mu, yapması gerektiğini söylüyor mu, lazımlığa oturmak istiyor mu? O zaman sakince başlayabilirsin. Bunları henüz görmüyorsan biraz daha bekle. Baskı çoğu zaman işi zorlaştırır.

first-nights-in-a-big-bed =
    .title = Büyük yatakta ilk geceler
    .body = Çocuğun büyük yatağa yeni mi geçti ve sürekli yatağın yanında ya da koridorda mı beliriyor? Onu sakince geri götür, her seferinde aynı kısa cümleyle: “Gece oldu. Yatağa geri, seni örtüyorum.” Kızgın ses yok, uzun konuşma yok. İlk akşamlar kapının yanında biraz daha uzun otur. Yeni yatak sabit bir yer olur, sen de ona eşlik eden tanıdık ses.

sick-but-restless-quiet-basket =
    .title = Hasta ama huzursuz mu? Sakinlik dolu bir sepet
    .body = Çocuğun evde hasta, oynamak için fazla yorgun ama uzanmak için fazla huzursuz mu? Bir sepeti sakin şeylerle doldur: birkaç kitap, yumuşak bir top, çıkartmalar, eski bir fotoğraf albümü. Kanepede yanında bir yuva yap ve her seferinde tek bir şey çıkar. Hasta beden böylece dinlenir. Az mı içiyor, giderek uyuşuk mu? Aile hekimini (huisarts) ya da huisartsenpost’u (nöbetçi aile hekimini) ara.

own-room-play-there-first =
    .title = Kendi odasına mı geçiyor? Önce orada oynayın
    .body = Çocuğun senin yatak odandan kendi odasına mı geçiyor? Yeni odayı önce gündüz tanıdık hale getir: orada birlikte oynayın, yerde kitap okuyun, ayıcığın nerede oturacağını çocuğun seçsin. Öğlen uykularıyla orada başla ve alışık olduğunuz uyku ritüelini de yanında götür. Birlikte güldüğünüz bir oda akşam daha az yabancı gelir. İlk geceler biraz huzursuz mu? Alışmanın bir parçası.

first-wee-in-the-potty =
    .title = Lazımlıkta ilk çiş
    .body = Çocuğun belki de kazara ilk kez lazımlığa mı çiş yaptı? Şaşkınlığı paylaş: “Hey, bu senin çişin! Lazımlıkta!” Küçük tut: büyük kutlama yok, ödül yok, “Artık hep böyle, tamam mı?” yok. Böylece bu, senin için yapması gereken bir şey değil, çocuğunun kendi işi olarak kalır. Yarın yine bez mi? O da olur: tuvalete alışmak inişli çıkışlı gider.

show-me-where-it-hurts =
    .title = Neren acıyor? Göster bana
    .body = Çocuğun huysuz ama nedenini bilmiyor musun? Sor: “Bir yerin acıyor mu? Göster bana.” Nazikçe dokun: “Kulağın mı? Karnın mı? Ağzın mı?” Küçük çocuk çoğu zaman söylemekten iyi gösterir ve böylece bilmek istediğini anlar. Neresini gösterdiğini aklında tut; bu doktora yarar. Ağrı sürüyor mu, farklı mı ağlıyor, ateşi mi var? Aile hekimini (huisarts) ya da nöbetçi aile hekimini (huisartsenpost) ara.


moving-up-to-a-new-group =
    .title = Kreşte yeni bir gruba geçiş
    .body = Küçüğün kreşte büyük çocukların grubuna mı geçiyor? Hangi tanıdık şeylerin onunla birlikte taşınabileceğini sor: kendi uyku tulumu, kendi kutusu, yemekten önceki şarkı. Bir de ilk haftalarda eski grubuna kısaca el sallamaya gidip gidemeyeceğini. Böylece bütün yeniliklerin arasında bir şey aynı kalır. Böyle bir geçişte birkaç hafta bırakırken daha çok gözyaşı olması sık görülür.

after-separation-keep-both-grandparents =
    .title = Ayrılıktan sonra: iki tarafın büyükanne ve dedesi de kalsın
    .body = Ayrıldınız ve çocuğun öbür taraftaki büyükanne ve dedesini sık mı görüyordu? O bağ da önemli: Çocuk ailenin bir tarafına değil, sık gördüğü insanlara bağlanır. Bu büyükanne ve dedenin çocuğu ne zaman görmeye devam edeceğini diğer ebeveynle konuşun, örneğin sabit bir öğleden sonra. Yetişkinler arasında ne olmuş olursa olsun, çocuğun kimseyi kaybetmek zorunda değil.

evening-out-sitter-joins-bedtime =
    .title = Akşam dışarı mı çıkıyorsun? Bakıcı yatma saatine katılsın
    .body = Bu akşam dışarı mı çıkıyorsun, bir bakıcı mı geliyor? Bakıcı, çocuğun uyumadan önce gelsin ve uyku ritüelini birlikte yapın: pijamayı sen, kitabı bakıcı, şarkıyı yine sen. Sonra söyle: “Ben çıkıyorum, Ayşe burada kalıyor. Sabah yine buradayım.” Çocuğun gece uyanırsa, uykuya dalarken gördüğü bir yüzle karşılaşır. Biraz ağlasa bile gizlice çıkıp gitme.

settling-in-still-hard-after-weeks =
    .title = Haftalardır alışıyor ama hâlâ her gün teselli edilemiyor mu?
    .body = Çocuğun altı haftadır kreşe ya da gündüz bakıcısına (gastouder) gidiyor ve orada hâlâ günün çoğunu ağlayarak, zor teselli edilerek mi geçiriyor? Sabit bakıcısıyla ya da gündüz bakıcısıyla bir görüşme iste: Ne görüyorlar, çocuğunu kim teselli ediyor, ne işe yarıyor? Daha kısa günler ya da hep aynı yüzler işe yarayabilir. İçin rahat değil mi? consultatiebureau’ya (çocuk sağlığı merkezine) danış.

grandparent-stops-babysitting-keep-the-visits =
    .title = Büyükanne artık bakmıyor mu? Bağ sürebilir
    .body = Büyükanne ya da dede hastalık, taşınma ya da yorgunluk yüzünden artık her hafta çocuğuna bakmıyor mu? Küçüğünün haftasından biri eksilir. Basitçe söyle: “Ben işteyken artık ninene gitmeyeceksin. Pazar günü onu ziyaret edeceğiz.” Bu ziyareti, hep birlikte yaptıkları bir şeyle, örneğin ördek beslemekle bir alışkanlığa çevir. Böylece bağ başka bir biçimde sürer.

serious-illness-at-home-one-steady-carer =
    .title = Ailede ağır bir hastalık mı? Tek bir sabit yardımcı
    .body = Ebeveynlerden biri ağır hasta mı? Küçüğün için mümkün olduğunca onu iyi tanıyan tek bir sabit yardımcı ayarla. Neler olduğunu birkaç dürüst kelimeyle söyle: “Baban hasta. Doktorlar ona yardım ediyor. Bugün seni ninen yatıracak.” Çocuğunun bunu anlaması gerekmez, ama hep tanıdık birinin yanında olduğunu hissetmesi gerekir. Kendin için de destek ara, örneğin aile hekiminde (huisarts).

just-separated-say-it-simply =
    .title = Yeni mi ayrıldınız? Basitçe ve hep aynı şekilde söyle
    .body = Yeni mi ayrıldınız ve çocuğun evde artık orada yaşamayan ebeveyni mi arıyor? Basitçe ve her seferinde aynı şekilde söyle: “Baban artık başka bir evde oturuyor. Cumartesi ona gideceksin.” Günün geri kalanını olabildiğince olağan tut: aynı yemekler, aynı uyku şarkısı. Çocuğun her şeyi anlamaz ama büyüklerin her şeyi kontrol altında tuttuğunu hisseder.

holiday-kids-club =
    .title = Tatilde çocuk kulübü mü?
    .body = Tatil yerinizde bakıcılı bir çocuk kulübü ya da mini kulüp mü var? Küçük bir çocuk için yabancı bir yerde yabancı bakıcılar, aynı anda çok fazla şey demektir. İlk sefer yanında kal ya da hiç gitme: Çocuğun yanında kumda oynarken de dinlenebilirsin. Yine de kendine bir saat mi istiyorsun? O zaman tercihen çocuğunun zaten tanıdığı biriyle, örneğin yolculuğa katılan bir büyükanne ya da teyzeyle.

sitter-at-home-while-you-work-from-home =
    .title = Sen evden çalışırken evde bir bakıcı
    .body = Sen evde çalışırken çocuğuna bir bakıcı ya da büyükanne mi bakıyor? Kreşte yapacağın gibi gerçekten vedalaş, sonra “işe git”: kapısı kapalı bir odaya ya da kısa bir süre evden dışarı. Arada bir içeri girmek sevimli gelir ama her ziyareti yeni bir vedaya çevirir. Yine de arada sarılmak mı istiyorsun? Sabit bir an belirleyin, örneğin öğle yemeği.

calls-the-carer-mama =
    .title = Çocuğun bakıcısına “anne” mi diyor?
    .body = Çocuğun gündüz bakıcısına (gastouder), kreşteki bakıcısına ya da büyükannesine “anne” veya “baba” mı diyor? Bu biraz içini acıtabilir. Çoğu zaman bu sadece “bana bakan biri” demektir, hele de az kelime bildiği bu dönemde. Rahat bir tavırla adını ekle: “Evet, bu Fatma.” Çocuğunun orada kendini evinde hissetmesi iyi bir haber. Yeni isimler geldikçe kelimeler kendiliğinden yerine oturur.

give-childcare-your-words-for-a-big-change =
    .title = Evde büyük bir değişiklik mi? Kreşe kendi sözlerini ver
    .body = Evde büyük bir şey mi oluyor: bir taşınma, bir ayrılık ya da hasta bir aile büyüğü? Bunu kreşe ya da gündüz bakıcısına kısaca anlat ve evde kullandığın cümleyi de ilet: “Deden hasta, hastanede yatıyor.” Çocuğun orada birini arar ya da huzursuzlanırsa, evdekiyle aynı sözleri duyar. İki yerde aynı hikâye, çocuğa tutunacak bir şey verir.

carer-invites-at-drop-off =
    .title = Bırakırken bakıcı çocuğunu gelip alsın
    .body = Küçüğün bırakırken bacağına mı yapışıyor? Kreşteki bakıcıdan yanınıza gelip çocuğunu sevdiği bir şeye davet etmesini rica et: “Balıkları beslemeye gelir misin?” Sonra veda sarılmanı yap ve çık. Böylece çocuğun senden öylece ayrılmaz, onu almaya gelen biriyle gider. Bugün olmadı mı? O zaman bakıcı onu kucağına alsın; bu da iyi.

different-house-different-rules =
    .title = Büyükannede işler başka
    .body = Çocuğun büyükannesinde koltukta zıplayabiliyor ya da fazladan bisküvi yiyebiliyor, ama evde yasak mı? Bunu kavgaya çevirme, sadece yüksek sesle söyle: “Ninende olur. Evde biz böyle yapıyoruz.” Çocuklar, her ev kendi içinde tutarlı olduğu sürece farklı yerlere ve farklı alışkanlıklara gayet iyi uyum sağlar. Güvenlikle ilgili konularda ise birlikte anlaşın, tercihen çocuğun duymadan.

drop-off-easier-with-someone-else =
    .title = Başkası bırakınca veda daha mı kolay?
    .body = Çocuğun her sabah onu kreşe sen bıraktığında ağlıyor, ama diğer ebeveyni ya da dedesi bıraktığında neşeyle el mi sallıyor? Bu, seni ne kadar sevdiği hakkında hiçbir şey söylemez. Bazen birinden ayrılmak sadece daha zordur. Mümkünse bir süre sabahları daha çok diğeri götürsün, almayı sen üstlen. Gün daha hafif başlar, kavuşma da senin olur.

staying-with-family-you-do-bedtime =
    .title = Akrabalarda mı kalıyorsunuz? Çocuğunu sen yatır
    .body = Hepsi yardım etmek isteyen amcalar, teyzeler ve kuzenlerle dolu bir evde birkaç hafta akrabalarda mı kalıyorsunuz? Gündüz onlar da bolca katılsın, ama çocuğu yatırmayı sende ya da diğer ebeveynde tut, kendi şarkınızla. Yabancı bir evde küçük bir çocuk, kendi insanlarını en çok uyku saatinde arar. Geç ve kalabalık mı oldu? Kısa bir ritüel de olur, yeter ki sen yap.

the-other-parent-does-not-come =
    .title = Diğer ebeveyn sözleştiğiniz gibi gelmiyor mu?
    .body = Çocuğun bugün diğer ebeveynine gidecekti ve o gelmiyor ya da çok geç mi geliyor? Dürüstçe ve yargılamadan söyle: “Annen bugün gelemiyor. Çok yazık, değil mi? Sen benimle kalıyorsun.” Üzülürse teselli et, sonra birlikte sıradan bir şey yapın, örneğin dışarı çıkın. Kendi öfken çok anlaşılır; bunu sonra, çocuğun duymadan konuş. Böylece çocuğun kendisine ait olmayan bir kavgayı taşımaz.

handover-between-homes-keep-it-calm =
    .title = İki ev arasında geçiş: Kapıda sakin kalın
    .body = Diğer ebeveyne teslim anı sık sık gergin mi geçiyor? Para, düzenlemeler ve tartışmalar hakkında başka bir zaman konuşun, çocuğunuzun yanında kapıda değil. Vedayı kısa ve dostça tut: “Annende iyi eğlenceler, pazar görüşürüz.” Bazen geçişi kreş üzerinden yapmak işe yarar: biri bırakır, diğeri alır. O zaman çocuğun sevdiği iki insan arasında seçim yapmak zorunda kalmaz.

grieving-let-others-do-the-play =
    .title = Yas ve oynamak isteyen bir küçük
    .body = Bir yakınını mı kaybettin, anneni ya da babanı, bir arkadaşını, bir gebeliği? Ve küçüğün sadece koşup oynamak mı istiyor? Neşeli görünmek zorunda değilsin. Hareketli oyunları ve gezmeleri başkası üstlensin, sakin şeyler senin olsun: kitap okumak, birlikte kanepede oturmak, uyku şarkısı. Böylece verebildiğinle yakın kalırsın. Haftalar sonra hâlâ çok mu ağır? Aile hekiminle (huisarts) konuş.

a-small-job-in-the-family-feast =
    .title = Aile kutlamasında küçük bir görev
    .body = Kutlamanızın sabit bir geleneği var mı; Ramazan Bayramı’nda misafirlere şeker ikram etmek ya da Sinterklaas için ayakkabı koymak gibi? Küçüğüne bunda küçük ve güvenli bir görev ver: sen ikram ederken küçük tabağı taşısın ya da havucu ayakkabıya koysun. Bir de söyle: “Biz bunu her yıl yaparız.” Böylece çocuğun ailenize ait olduğunu hisseder. Kucağından izlemeyi mi tercih ediyor? Bu da katılmaktır.

waking-the-night-worker-together =
    .title = Gece vardiyası mı? Uyandırmayı bir ritüele çevir
    .body = Ebeveynlerden biri gece vardiyasından sonra gündüz mü uyuyor ve küçüğün sürekli “şşşt” mı duyuyor? Bunu sabit bir ana çevirin: Saat üçte çocuğun, uyuyanı seninle birlikte uyandırabilir; kapıya bir tıklama ve bir şarkıyla. O zamana kadar yatak odasının kapısı kapalı kalır, üstünde bir resim asılı. Böylece beklemek daha anlaşılır olur ve öğleden sonra neşeli bir kavuşmayla başlar.

new-baby-keep-the-toddlers-week-the-same =
    .title = Bebek mi doğdu? Küçüğünün haftası olağan kalsın
    .body = Yeni bir bebek mi doğdu? Küçüğün alışık olduğu haftasını olabildiğince korusun: kreşin sabit günleri, çarşamba günleri büyükanne, aynı uyku ritüeli. Toparlanmak için ek yardıma mı ihtiyacın var? Birden yeni yerler yerine, çocuğunun iyi tanıdığı biri, sizin evde, daha iyidir. Böylece küçüğün, evde aileye yeni biri katılırken kendi dünyasının yerinde durduğunu fark eder.

visiting-a-seriously-ill-relative =
    .title = Ağır hasta bir akrabayı ziyaret
    .body = Çocuğunla birlikte çok hasta bir büyükanneyi, büyükbabayı ya da başka bir akrabayı evde, hastanede veya bakımevinde mi ziyaret ediyorsun? Önceden birkaç kelimeyle ne göreceğini anlat: “Dede yatakta, çok yorgun.” Ziyareti kısa tut, vermek için bir şey götür, örneğin bir resim, ve çocuğunu kucağında ya da elinden tut. Çocuğun gitmek mi istiyor? O zaman bu kadarı yeterliydi, yine de değerdi.

a-morning-in-the-childcare-group =
    .title = Grupta bir saat izlemek
    .body = Bir gün kreşte ya da gündüz bakıcısının yanında bir saat izleyip izleyemeyeceğini sor ya da bir veli sabahına katıl. Özellikle şunlara bak: Çocuğun kiminle oynuyor, kimin kucağına tırmanıyor, meyve saatinde hangi şarkılar söyleniyor? Evde de gerçek görüntüler aklındayken konuşabilirsin: “Anouk’un kucağındaydın, değil mi?” Sonra çıkarken ağlıyor mu? Orada veda biraz farklı hissettirir, bu normal.

off-to-childcare-while-the-baby-stays-home =
    .title = Küçüğün kreşe, bebek evde kalıyor
    .body = Doğumdan beri küçüğün kreşe gitmeye devam ediyor, bebek ise seninle evde mi kalıyor? Bazı çocuklar bu durumda kendini biraz uzaklaştırılmış hisseder. Gününüzü dürüstçe anlat: “Bebek süt içiyor ve uyuyor, ben de çamaşır yıkıyorum. Öğle uykundan sonra gelip seni alacağım.” Kulağa sıkıcı geliyor; çoğu zaman öyledir de. Almaya gitmeyi, mümkünse bebeksiz, ikinize ait bir ana çevir.

a-moving-box-of-their-own =
    .title = Kendine ait bir taşınma kutusu
    .body = Taşınıyor musunuz? Küçüğüne kendine ait bir kutu ver ve birlikte doldurun: en sevdiği peluş, birkaç kitap, kendi bardağı. Üstüne bir resim karalasın. Yeni evde ilk açılan kutu bu olsun, yerde birlikte: “Bak, eşyaların da gelmiş!” Böylece çocuğun, her şey kutulara girdiğinde kendine ait olanların kaybolmadığını görür.

last-day-at-the-old-childcare =
    .title = Eski kreşteki son gün
    .body = Çocuğun bir taşınma ya da yeni bir yer yüzünden kreşten veya gündüz bakıcısından mı ayrılıyor? Son günü gerçek bir vedaya çevir: dağıtmak için bir ikram, sabit bakıcısıyla bir fotoğraf, kapıda el sallamak. O fotoğrafı eve götür. Bir daha hiç gitmemek, bir çocuk için birinin aniden ortadan kaybolması gibidir. Gerçek bir sonu olan veda, yeni başlangıca yer açar.

tears-when-leaving-grandmas =
    .title = Büyükanneden ayrılırken gözyaşları
    .body = Çocuğun, onu büyükanne ve büyükbabasından alırken ağlıyor ve gelmek istemiyor mu? Bu biraz içini acıtabilir, ama her şeyden önce orada güzel bir gün geçirdiği anlamına gelir. Üzüntüsüne bir ad ver: “Ninende biraz daha kalmak istiyorsun.” Büyükanne sizinle arabaya ya da bisiklete kadar gelsin ve köşeyi dönene kadar el sallasın. Yolda da ne zaman yeniden gideceğinizi anlat.

first-meeting-with-the-new-baby-arms-free =
    .title = İlk tanışma: kollar boş
    .body = Küçüğün yeni bebeği ilk kez hastanede ya da evde mi görmeye geliyor? Bebeğin beşikte ya da başka birinin kucağında olmasını sağla ki kolların büyüğün için boş kalsın. Önce sarıl, sonra birlikte bak: “Bak, bu senin kardeşin. Ne minik elleri var, değil mi?” Küçüğün şunu fark eder: Yanındaki yerim hâlâ duruyor. Henüz bakmak istemiyor mu? Zamanla gelir.

when-the-pet-dies =
    .title = Evcil hayvan öldüğünde
    .body = Kedi, tavşan ya da kobay mı öldü? Dürüstçe ve kısaca söyle: “Pisi öldü. Artık kıpırdamıyor ve geri gelmeyecek.” “Uyuyor” demekten kaçın: Bu, uyumayı korkutucu hâle getirebilir. Vedalaşmak için birlikte küçük bir şey yapın: bir çiçek bırakmak, bahçedeki yerine el sallamak. Çocuğun haftalar sonra hâlâ hayvanı mı arıyor? O zaman aynı sakinlikle yeniden söyle.

grandparent-under-the-same-roof =
    .title = Büyükanne sizinle yaşıyor ve çocuğun ona koşuyor
    .body = Evde bir büyükanne mi yaşıyor ve çocuğun senin “hayır”ından sonra hemen ona mı koşuyor? Büyükannenin “hayır”ı bozmayacağı ama teselli edebileceği konusunda anlaşın: “Baban hayır dedi. Gel, biraz yanıma otur.” Böylece çocuğun iki yetişkin arasında seçim yapmak zorunda kalmaz, yine de teselli bulur. Tersi de olur: Büyükanne hayır derse sen teselli edersin. Bunu çocuk yokken konuşun.

ramadan-iftar-on-your-lap =
    .title = Ramazan: iftarın başlangıcı kucakta
    .body = Ramazan ayında iftar, küçüğünün yatma saatine mi denk geliyor? Çocuğunu daha erken doyur ve iftar başlarken, herkes birlikte orucunu açarken, onu bir süre sofrada kucağına al. Ardından alışık olduğu uyku ritüeli gelsin. Böylece küçüğün o özel anı açlık ya da çok geç bir akşam olmadan yaşar. İftar yatma saatinden çok sonra mı? O zaman önceden tüm aileyle bir iyi geceler turu.

moving-day-with-a-familiar-person =
    .title = Taşınma günü: çocuğun tanıdık biriyle
    .body = Bugün taşınma günü mü? Küçüğün o günü iyi tanıdığı biriyle geçirsin: büyükannede, bir arkadaşta ya da alışık olduğu kreşte, kolilerden ve eşya taşıyan insanlardan uzakta. Çocuğunu ancak yatağı yeni evde kurulduğunda al. Böylece yeni evle ilgili ilk izlenimi, kendi yatağının olduğu bir oda ve orada sakin duran sen olur. O günün karmaşasını çocuğunun görmesi gerekmez.

walks-in-without-looking-back =
    .title = Çocuğun arkasına bakmadan mı içeri giriyor?
    .body = Küçüğün sen hâlâ bir sarılma beklerken, arkasına bile bakmadan kreşe ya da büyükannesinin evine mi koşuyor? Bu içini burkabilir. Ama çoğu zaman bir güven işaretidir: Çocuğun geri geleceğini biliyor. El sallamasa da yine de hoşça kal de: “Hoşça kal canım, öğle uykusundan sonra seni alacağım.” Böylece gidişin, sana ihtiyaç duyduğu günlerde de öngörülebilir kalır.

a-drawer-of-their-own-at-grandmas =
    .title = Büyükannede kendine ait bir çekmece
    .body = Çocuğun büyükanne ve büyükbabasına ya da başka bir düzenli bakıcının evine sık mı gidiyor? Orada ona ait bir çekmece ya da sepet olup olamayacağını sor; içinde birkaç eşyası olsun: bir kitap, bir bardak, bir kazak, biraz oyuncak. Her seferinde çocuğun kendisi baksın: “Bak, eşyaların hâlâ burada.” Böylece çocuğunun o evde de kendine ait ve onu bekleyen bir köşesi olur. Bu, orayı biraz da ev yapar.

visitors-greet-the-big-one-first =
    .title = Bebeğe ziyaretçi mi? Önce büyüğü selamlayın
    .body = Yeni bebeği görmeye misafirler mi geliyor ya da lohusa bakıcısı (kraamverzorgende) evde mi? Herkesten içeri girince önce küçüğünü selamlamasını, ancak sonra bebeğe bakmasını rica et. Büyük için küçük bir hediye hoştur ama ilgi daha önemlidir: “Ne kadar büyümüşsün! Bebeği bana gösterir misin?” Böylece küçüğün ayak altındaki çocuk değil, kardeşinin ev sahibi olur.

asks-to-go-back-to-the-old-house =
    .title = “Eve gidelim!” Ama kastettiği eski ev
    .body = Yeni mi taşındınız ve küçüğün sürekli “eve gitmek” istiyor, ama eski evi mi kastediyor? Gülüp geçme, fazla açıklama da yapma. Gördüğünü söyle: “Eski evimizi özledin. Orada oturuyorduk. Şimdi burada oturuyoruz.” Birlikte eski evin bir fotoğrafına bakın ya da bir gün önünden geçin. Özlem duymak serbest. Burada geçen her günle yeni odalar biraz daha ev olur.

let-them-show-you-round-at-pick-up =
    .title = Alırken: Sana etrafı gezdirsin
    .body = Küçüğün almaya geldiğinde henüz gitmek istemiyor mu? Arada bir iki dakika ayır ve çocuğunun sana kendi yerini göstermesine izin ver: “Bugün nerede oynadın? Göster bakalım.” Blok kuleye, kum havuzuna, yatağına bak. Çocuğun bir an kendi dünyasında rehber olur, sen de orada misafir. Sonra birlikte eve gitmek, onu oyunundan koparmaktan çoğu zaman daha kolaydır.

feast-day-tell-it-beforehand =
    .title = Bayram mı geliyor? Günün nasıl geçeceğini önceden anlat
    .body = Ramazan Bayramı, Noel, Divali ya da bir aile düğünü gibi büyük bir gün mü yaklaşıyor? Bir gün önce küçüğüne günün nasıl geçeceğini birkaç cümleyle anlat: “Yarın güzel kıyafetlerini giyeceğiz. Sonra ninene gideceğiz. Orada çok insan olacak, ben de hep yanında olacağım.” Bayramlıklarını önceden bir kez denesin. Biraz tanıdığı şeyler, o gün çocuğunu daha az bunaltır.

a-relative-who-smacks =
    .title = “Bir şaplaktan bir şey olmaz”
    .body = Bir akraban çocuğuna şaplak mı attı ya da bunun zararsız olduğunu mu söyledi? Çocuğunu yanına al ve önce teselli et. Sonra sakin ve net söyle: “Bizde kimse vurmaz, hafifçe bile.” Bir seçenek sun: “Hayır de ve onu kaldırıp uzaklaştır.” Şaplak daha çok korku öğretir. Çocuğunu vurmaya devam eden biriyle yalnız bırakma. Zor mu, tekrarlanıyor mu? consultatiebureau (çocuk sağlığı merkezi) yardımcı olur.

share-bedtime-before-the-baby-comes =
    .title = Bebek mi geliyor? Yatırmayı şimdiden paylaşın
    .body = Küçüğünü çoğunlukla bir ebeveyn mi yatırıyor ve o kişi yakında bebekle meşgul mü olacak? Tahmini doğum tarihinden birkaç hafta önce, uyku ritüelini ara sıra diğer ebeveyn ya da güvendiğin bir büyükanne yapsın, tam çocuğunun bildiği gibi. Önce birlikte, sonra sırayla. Böylece küçüğün doğum olunca birden yatma saatindeki kişisini kaybetmez. Başta itiraz etmesi çok olağandır.

empty-house-when-your-child-is-at-the-other-home =
    .title = Çocuğun diğer ebeveyndeyken sessiz bir ev
    .body = Çocuğun birkaç günlüğüne diğer ebeveyninin yanında mı ve ev birden boş mu geliyor? Sessizliğin tadını çıkarsan bile onu özlemen çok normal. Nasıl gittiğini öğrenmek için sürekli arama; kısa, sabit bir iyi geceler anı çocuğun için daha sakindir. Kendine bir şey planla: uyumak, spor, bir arkadaşla buluşmak. Böylece çocuğun orada gönül rahatlığıyla kalır ve döndüğünde seni yine bulacağını bilir.

a-suitcase-in-the-hall =
    .title = Koridorda bir valiz
    .body = Bir yolculuk, hastanede yatış ya da bir hafta sonu için valiz mi çıktı? Pek çok küçük birinin gideceğini hemen anlar ve yapışkanlaşır. O yüzden kimin gidip kimin kaldığını yüksek sesle söyle: “Bu valiz babanın. Üç gece uzakta olacak, sen benimle evde kalıyorsun.” Hep birlikte mi gidiyorsunuz? O zaman çocuğun valize kendisi bir şey koysun.

may-i-hold-the-baby =
    .title = “Bebeği ben de tutabilir miyim?”
    .body = Küçüğün yeni bebeği kucağına almak mı istiyor? Onu yere ya da kanepeye iyice yaslanarak oturt, kolunun altına bir yastık koy ve bebeği kucağına yatır; senin ellerin bebeğin başını ve gövdesini desteklemeye devam etsin. Gördüğünü söyle: “Sana bakıyor. Kız kardeşini sen tutuyorsun.” Kısa tut; biri huzursuzlanınca bitir. Böylece küçüğün kendini büyük ve güvenilen biri gibi hisseder.

a-goodbye-that-keeps-stretching =
    .title = Bir öpücük daha, bir tane daha…
    .body = Kreşte ya da bakıcıyla veda giderek uzuyor mu: bir öpücük daha, bir sarılma daha, bir el sallama daha? Sabit bir sayı belirleyin ve yüksek sesle sayın: “İki öpücük, bir sarılma. Bir, iki… sarıl. Hoşça kal!” Sonra gerçekten çık. Net bir sonu olan veda, çocuğun için sürekli yeniden başlayan bir vedadan daha kolaydır. Yine de gözyaşı mı? O zaman bakıcı devralır.

tell-where-you-were-today =
    .title = Bugün nerede olduğunu anlat
    .body = İş gününden sonra kavuştuğunuzda sadece çocuğunun gününü sorma, kısaca kendi gününü de anlat: “İşteydim. Büyük bir masada oturdum ve öğle yemeğinde seni düşündüm.” Böylece senin gidişin bir kara delik değil, sadece bulunduğun bir yer olur. Çocuğun da aklında olduğunu duyar. Belki yarın kendisi sorar: “İş?”

big-sibling-starts-school =
    .title = Ağabey ya da abla okula başlıyor
    .body = Büyük bir kardeş ilk kez ilkokula mı başlıyor ve küçüğün bütün sabah “Sem?” diye mi dolaşıyor? Bırakırken ve alırken küçüğünü de okul kapısına götür, el sallasın. Gördüğünü söyle: “Sem’i özledin. Sem okulda; öğle yemeğinden sonra onu alacağız.” Büyük olan okuldan sonra bir şey göstersin ya da anlatsın. Böylece birbirinden ayrılmak, gününüzün olağan bir parçası olur.

a-worry-about-childcare-raise-it =
    .title = Kreşle ilgili içini kemiren bir his mi var?
    .body = Alırken seni rahatsız eden bir şey mi gördün, örneğin uzun süre tek başına ağlayan bir çocuk ya da sert bir ses tonu? İçinde biriktirme. Aynı hafta mentörle ya da yöneticiyle bir görüşme iste ve gördüğünü hemen yargılamadan anlat: “Bunu gördüm. Ne olmuştu?” Çoğu zaman bir açıklaması vardır, yoksa bir şey yapılır. Orada çocuğunun sesi sensin.

when-visiting-family-fly-home =
    .title = Sizde kalan aile geri döndüğünde
    .body = Uzaktan gelen aile haftalarca sizde kaldı ve şimdi evlerine mi döndüler? Küçüğün onları özleyip bunu söyleyemeyebilir: misafir odasında arar, mızmızlanır, huzursuz uyur. Gördüğünü söyle: “Nineni arıyorsun. Ninen evine giden uçakta.” Büyükannenin hırkasını ya da bir fotoğrafını bir süre ortada bırak. Sabit bir telefon saati, ikinizin de ilk haftayı atlatmasına yardım eder.

toddler-wants-to-be-the-baby-again =
    .title = Küçüğün yeniden bebek mi olmak istiyor?
    .body = Doğumdan beri küçüğün birden yeniden biberon mu istiyor, kucakta taşınmak ya da bebek arabasına binmek mi, ya da bebek gibi mi konuşuyor? Bu çok olağan. Arada bir oyuna katıl: “Gel bakalım, benim kocaman bebeğim”, birkaç dakika salla, sonra yine büyük. Çocuğun seni sınamıyor, yanında hâlâ yeri olup olmadığını yokluyor. Bundan emin olan bir çocuk kendiliğinden yeniden büyür.

a-few-nights-at-the-grandparents =
    .title = Büyükannede birkaç gece kalmak
    .body = Bir yere gitmeniz ya da dinlenmeniz gerektiği için küçüğün birkaç gün büyükanne ve dedesinde mi kalacak? Seçme şansın varsa kısa tut: Bu yaşta bir iki gece bile uzun bir süredir. Çocuğunun anlayacağı şekilde söyle: “Ninende iki kere uyuyacaksın, sonra seni alacağım.” Sonra da söz verdiğin gibi gel. Ardından daha mı yapışkan? Çok olağan: Gerçekten geri dönüp dönmediğini yokluyor.

calling-for-the-absent-parent-at-bedtime =
    .title = Uyurken orada olmayanı çağırmak
    .body = Çocuğun yatarken diğer evde yaşadığı, çalıştığı ya da yolculukta olduğu için orada olmayan ebeveynini mi çağırıyor? Bunu geçiştirmeye çalışma. Söyle: “Anneni özledin. Annen de seni düşünüyor. Yarın onu göreceksin.” Birlikte fotoğrafına bir öpücük gönderin ya da “annenin de baktığı” aya el sallayın. Özlemeye hakkı var; sen de bu duygu geçene kadar yanında kal.

new-house-show-where-you-sleep =
    .title = Yeni ev: nerede uyuduğunu göster
    .body = Yeni mi taşındınız? Yeni evde küçüğün geceleri senin nerede olduğunu henüz bilmiyor. Gündüz birkaç kez birlikte onun yatağından seninkine yürüyün, oyun gibi: “Baban nerede uyuyor? İşte burada!” Yatırırken söyle: “Ben yan odada uyuyorum.” Çocuğun gece seslenirse cevap ver ve yanına git. Kendi insanlarının nerede uyuduğunu bilen çocuk için yabancı bir evdeki gece daha az korkutucudur.

say-who-picks-up-today =
    .title = Bugün onu kimin alacağını sabahtan söyle
    .body = Bugün çocuğunu her zamankinden farklı biri mi alacak, örneğin dedesi, komşu ya da diğer ebeveyni? Bunu sabah bırakırken söyle: “Bugün seni öğle uykusundan sonra deden alacak. Yarın yine ben geleceğim.” Bakıcıdan öğleden sonra bunu bir kez daha söylemesini rica et. Böylece kapıda bir sürpriz değil, haber verilmiş biri durur. Sıradışı bir gün bile böylece öngörülebilir olur.

labels-at-family-gatherings =
    .title = “Ne inatçı şey”
    .body = Bir akraban çocuğunun duyabileceği yerde “Amma inatçı” ya da “Hep bu kadar zor” mu diyor? Çocuğun sandığından fazlasını anlar. Hafif bir tavırla daha nazik bir kelimeyle karşılık ver, çocuğun da duysun: “Ne istediğini çok iyi biliyor.” Ya da: “Yorgun, uzun bir gün oldu.” Böylece çocuğun, senin ona nasıl baktığını duyar. Çocuklar çoğu zaman kendileri hakkında duyduklarına inanmaya başlar.

the-baby-can-wait-a-moment =
    .title = Bazen bebek biraz bekleyebilir
    .body = Küçüğün, bebek emmek istediği ya da bezi değişeceği için sürekli mi bekliyor? Bugün bilerek bir an seç; bebek yeni beslenmiş, beşikte ya da minderde güvendeyken biraz beklesin: “Bebek, biraz bekle, önce ablana yardım ediyorum.” Küçüğün duysun diye yüksek sesle söyle. Bir bebek biraz mızmızlanabilir, küçüğün de bazen kendisinin önce geldiğini duyar.

will-you-look-after-this-for-me =
    .title = “Bunu benim için saklar mısın?”
    .body = Birkaç günlüğüne mi gidiyorsun? Küçüğüne saklaması için senden bir şey ver: eski bir bere ya da senin kokunu taşıyan bir tişört. “Bunu benim için saklar mısın? Döndüğümde gelip senden alacağım.” Böylece eve dönüşün, elinde gerçek bir şeyle beklenen bir şey olur. Döndüğünde de: “Beremi hâlâ sakladın mı? Koruduğun için teşekkür ederim!”

stepchildren-for-the-weekend =
    .title = Hafta sonu üvey kardeşler
    .body = Eşinin çocukları iki haftada bir hafta sonu kalmaya mı geliyor ve ev birden doluyor mu? Küçüğün için birkaç şeyi hafta içindeki gibi tut: kendi yatağı, kendi bardağı, seninle uyku şarkısı. Kimin geleceğini önceden söyle: “Yarın Nur ve Deniz geliyor.” Böylece dolu ev bir baskın değil bir şenlik gibi gelir ve küçüğün kendi yerini korur.

one-family-visit-a-day-at-the-holidays =
    .title = Bayramlarda günde tek bir aile ziyareti
    .body = Noel’de, Ramazan Bayramı’nda ya da yılbaşında aynı güne üç aile ziyareti mi planlandı? Küçüğün için birini seç ve öğle uykusunu evde ya da alışık olduğu yerde yaptır. Bu yaştaki bir çocuk ev ev, yüz yüz dolaşmaktan çabucak fazla uyarılır. Aile hayal kırıklığına mı uğradı? “Gelmeyi çok isteriz, ama günde bir ev onun kaldırabileceği kadar.”

gentle-hands-with-the-baby =
    .title = Bu kadar sevgi, bu kadar sıkı: bebeğe yumuşak eller
    .body = Küçüğün bebeğe sarılmak istiyor ama öyle sıkı ki irkiliyor musun: sıkıştırmak, itmek, bir ayağını çekmek? Çoğu zaman bu, fazla güçle gelen sevgidir. Elini çocuğunun elinin üstüne koy ve birlikte okşayın: “İşte böyle, bacağını yavaşça.” Sıkı sarılmalar bir oyuncak bebeğe ya da yastığa gidebilir. İkisi bir aradayken hep yanlarında ol. Yumuşak dokunmayı yasaktan değil, senin ellerinden öğrenir.

keep-talking-about-who-died =
    .title = Ölen kişiyi anlatmaya devam et
    .body = Çocuğunun dedesi, büyükannesi ya da sevilen başka bir akrabanız mı vefat etti? Ondan bahsetmeye devam et, küçüğüne de: “Deden bu şarkıyı sana hep söylerdi.” Birlikte söyleyin ya da bir fotoğrafa bakın: “Bu deden. Deden öldü, onu özlüyoruz.” Böylece o kişi, çocuğun ileride pek hatırlamasa da onun hikâyesinin bir parçası olarak kalır. Bunu yaparken üzülmen de çok doğal.

a-first-friend-at-childcare =
    .title = Kreşte ilk arkadaş
    .body = Çocuğun evde sürekli kreşten bir isim mi söylüyor, ya da bakıcı hep aynı çocuğun yanına oturmak istediğini mi anlatıyor? Merakla sor ve bir gün o çocukla ve ebeveyniyle parkta buluşun. Başka bir çocuğa ilk yakınlık, arkadaşlığın güzel bir başlangıcıdır ve çocuğunun yanında hissettiği güvenden doğar. Bu yaşta birlikte oynamak çoğu zaman yan yana oynamaktır; gayet iyi.

speak-warmly-about-the-other-home =
    .title = Diğer ev hakkında sıcaklıkla konuş
    .body = Çocuğun diğer ebeveyninin yanında da mı yaşıyor? Evinde, çocuğunun göz hizasına, çocuğunla o ebeveynin bir fotoğrafını as ve ondan sevgiyle bahset: “İşte baban. Babanda mavi bir bardağın var, değil mi?” Aranız gergin olsa bile. Böylece çocuğun, birinizi daha az sevmesi gerektiğini hissetmez. Bu sana zor mu geliyor? Güvendiğin biriyle konuş, çocuğunun yanında değil.

tell-the-baby-about-the-big-one =
    .title = Bebeğe büyüğü anlat
    .body = Yeni bebekle mi konuşuyorsun? Küçüğün, onunla ne kadar gurur duyduğunu duysun: “Bak bebek, bu senin ablan. Merdivenleri tek başına çıkıyor ve bütün şarkıları biliyor.” Onun hakkında nasıl konuştuğunu duyan bir küçük, tam da bebek çok ilgi görürken kendini görülmüş hisseder. Hiçbir ek çabası yok: Zaten bebekle konuşuyorsun.

make-a-welcome-home-drawing =
    .title = Birlikte bir “hoş geldin” hazırlayın
    .body = Yolculuktaki ebeveyn yarın mı dönüyor? Bugün küçüğünle bir karşılama hazırlayın: kapıya bir resim, bahçeden bir bardağa çiçekler, hazır bekleyen terlikler. Bir de söyle: “Bir kere daha uyuyunca baban gelecek.” Böylece beklemek birlikte yaptığınız bir şeye dönüşür ve çocuğun özlemin bitmek üzere olduğunu bilir. Eve dönüşte yine de biraz çekingen mi? Çok normal; biraz zaman tanı.

the-week-in-pictures =
    .title = Resimlerle bir hafta
    .body = Çocuğunun haftası bir yapboz gibi mi: iki gün kreş, bir gün büyükanne, bir gün ev? Yedi kutucuklu bir şerit yap, her güne bir fotoğraf ya da resim koy: kreşin binası, büyükannenin yüzü, sizin ev. Her sabah birlikte bakın: “Bugün nine günü.” İki yaşına yaklaşan bir çocuk böyle bir resmi “çarşamba”dan daha iyi anlar. Küçük bir çocuk için öngörülebilir olan güvenlidir.

walk-past-the-new-playgroup =
    .title = Yakında oyun grubuna mı? Önünden bir geçin
    .body = Çocuğun yakında, iki yaş civarında, oyun grubuna (peuterspeelzaal) ya da okul öncesine (voorschool) mi başlayacak? Önceki haftalarda birkaç kez yürüyerek ya da bisikletle önünden geçin. Çitin arasından kum havuzuna ve çocuklara birlikte bakın: “Yakında sen de orada oynayacaksın.” Bir kez birlikte içeri bakıp bakamayacağınızı sor. Çocuğunun dışarıdan tanıdığı bir yer, ilk gün daha az yabancı gelir.

second-birthday-everyone-sings =
    .title = Herkes şarkı söylüyor, çocuğun saklanıyor
    .body = Çocuğun yakında iki yaşına mı giriyor ve hep bir ağızdan şarkı söyleyecek misafirler mi gelecek? Pek çok küçük üzerindeki bunca bakışı heyecanlı bulur: yüzünü saklar ya da emekleyip uzaklaşır. Bu nankörlük değil. Şarkı sırasında çocuğunu kucağına al, başka yere bakmasına izin ver ve mumları birlikte üfleyin, ya da üflemeyin. Kutlama çocuğun için, fotoğraf için değil.


first-word-was-not-your-name =
    .title = İlk kelimesi senin adın değil miydi?
    .body = Çocuğunun ilk kelimesi “kedi”, “araba” ya da başka birinin adı mıydı, senin adın değil mi? Bu biraz içini burkabilir; bu çok normal. İlk hangi kelimenin geldiği, çocuğunun en çok kimi sevdiği hakkında hiçbir şey söylemez: çoğu zaman sadece kolay bir sestir ya da sık gördüğü bir şey. Bugün gelen her kelimeye sevinçle karşılık ver. Senin adın da gelecek, belki hiç beklemediğin bir anda.

cant-sing-say-the-rhyme =
    .title = Şarkı söylemek sana göre değil mi? Tekerleme söyle
    .body = Şarkı söylerken rahatsız mı hissediyorsun, ya da pek çocuk şarkısı bilmiyor musun? O zaman şart değil. Bugün ritmi bol kısa bir tekerleme söyle ve tempoyu çocuğunun dizine hafifçe vur. Ya da bir melodi mırıldan. Çocuğun için önemli olan ritim ve senin sesin, güzel çıkıp çıkmaması değil. Aklına tekerleme gelmiyor mu? Bir tane uydur: “Montu giy, ayakkabı da, hadi çıkalım dışarıya.”

reading-while-they-wander =
    .title = Kitap okurken çocuğun kalkıp gidiyor mu?
    .body = Çocuğun bir sayfadan sonra kitabı bırakıp gidiyor mu? Bugün okumaya devam et, kitap yerde açık dursun. Birçok küçük çocuk dolaşırken de dinler ve sevdiği bir resim için geri gelir. Kitabı bitirmek gerekmez, yerinde oturmak da gerekmez: birlikte kısa bir süre bakmak da okumaktır. Bütün bir kitap boyunca kucakta oturmak birçok çocukta daha sonra gelir.

video-call-toddler-runs-off =
    .title = Büyükanne ve büyükbabayla görüntülü arama, çocuğun kaçıyor
    .body = Büyükanne ve büyükbaba görüntülü aramak istiyor ama çocuğun on saniye sonra kaçıyor mu? Telefonu çocuğunun oynadığı yere götür ki onlar da izleyip tepki verebilsin: “Orada ne yapıyorsun?” Ya da çocuğun oyuncak ayısını veya kulesini kameraya göstersin. Bir videodan farklı olarak burada gerçekten biri çocuğuna karşılık veriyor. Beş güzel dakika yeter.

at-your-limit-with-a-toddler =
    .title = Takatin mi kalmadı? Güvenli bir mola ver
    .body = Patlamak üzere misin? Çocuğunu asla sarsma, ona asla vurma. Onu oyun parkı, karyolası ya da tehlikesiz bir oda gibi güvenli bir yere koy ve “Biraz sakinleşeceğim. Hemen döneceğim” de. Birkaç dakika başka bir odaya geç, yavaşça nefes ver ya da birini ara. Böyle bir mola iyi bakımdır, başarısızlık değil. Sakinleşince geri dön. Sık mı oluyor? Consultatiebureau’ya (çocuk sağlığı merkezine) anlat.

pots-and-pans-band =
    .title = Tencere ve kaşıklardan bir orkestra
    .body = Bugün birkaç tencereyi yere ters çevir ve çocuğuna tahta bir kaşık ver. Önce sen kısa bir ritim çal, dur ve bekle: şimdi sıra çocuğunda. Sırayla çalın, bazen gürültülü, bazen çok hafif. Sırayla ses çıkarmak sözsüz bir sohbettir ve çocuğun onu beklediğini fark eder. Gürültü fazla mı geldi? Bir yastık harika, sessiz bir davul olur.

book-brought-while-you-cook =
    .title = Tam yemek yaparken gelen kitap
    .body = Sen yemek yaparken çocuğun elinde kitapla mı geliyor? Onu kitabıyla birlikte yakında, ocaktan güvenli uzaklıkta yere ya da alçak bir tabureye oturt ve resimleri sana göstermesine izin ver. Karıştırmaların arasında gördüğünü söyle: “İtfaiye arabası! Ne yapıyor?” Böylece çocuğun, sen meşgulken bile önemli olduğunu fark eder. Yemekten sonra kitabı kucağında birlikte okuyun.

not-enjoying-today-is-allowed =
    .title = Bugün keyif alamıyor musun? Olabilir
    .body = Herkes her anın tadını çıkar diyor ama bugün her şey ağır ve sıkıcı mı? Bu olabilir. Bunu güvendiğin bir yetişkine yüksek sesle söyle: “Bugün zorlanıyorum.” Hemen ardından “ama çocuğumu çok seviyorum” diye eklemeden. Keyif almamak, kötü bir ebeveyn olduğun anlamına gelmez. Yarın büyük ihtimalle yine güzel bir an olacak.

what-do-you-hear-listening =
    .title = Şşş… ne duyuyorsun?
    .body = Bugün dışarıda ya da açık bir pencerenin önünde bir an dur, elini kulağının arkasına koy ve fısılda: “Şşş… ne duyuyorsun?” Birlikte bekleyin. Bir kuş, bir motosiklet, havlayan bir köpek: ne olduğunu söyle ve sesin nereden geldiğine birlikte bakın. Birlikte dinlemek aynı şeye birlikte dikkat etmektir ve çocuğun seslerin adlarını öğrenir. Yarın içeride: çamaşır makinesi, kapı zili.

pointing-and-whining-give-the-word =
    .title = İşaret edip ses mi çıkarıyor? Kelimeyi ekle
    .body = Çocuğun tezgâhtaki bardağı gösterip “ı, ı!” mı diyor? Kelimeyi de bardağı da ver: “Su mu? Su istiyorsun. Al, işte suyun.” Önce kendisinin söylemesini şart koşma. Böylece istemenin işe yaradığını görür ve tam aradığı kelimeyi duyar. Kelimeler, doğru anda sık duyularak gelir; hak edilerek değil.

doesnt-look-up-when-you-call =
    .title = Seslendiğinde çocuğun dönüp bakmıyor mu?
    .body = Seslendiğinde çocuğun çoğu zaman dönüp bakmıyor mu, “bisküvi!” dediğinde bile? Ya da bir soğuk algınlığından beri daha az mı ses çıkarıyor? Oyuna dalmış bir çocuk bazen seni gerçekten duymaz; bu normal. Bugün dikkat et: arkasından hoş bir şey fısılda ya da kısık sesle müzik aç. Sesler sık sık ulaşmıyor mu? Consultatiebureau’ya (çocuk sağlığı merkezine) işitmesini sor. Konuşmak duymakla başlar.

video-just-before-bedtime =
    .title = Uyumadan hemen önce video mu?
    .body = Çocuğun yatmadan hemen önce video izliyor, sonra uykuya dalması uzun mu sürüyor, ya da kapatmak her akşam kavgaya mı dönüyor? Bugün videoyu akşam yemeğinden önceye al. Yatmadan önceki son yarım saat sizin olsun: banyo, kitap, kucakta bir şarkı. Hızlı görüntülerden sonra birçok çocuk zor sakinleşir; senin sesin bedeninin yavaşlamasına yardım eder. Her akşam olmuyor mu? Çoğu akşam yeter.

picture-book-in-your-own-words =
    .title = Resimli kitabı kendi sözlerinle anlat
    .body = Felemenkçe senin dilin değil mi, ya da kendi dilinde pek kitap yok mu? Yazıyı okumak zorunda değilsin. Bugün resimleri kendi sözlerinle, kendi dilinde anlat: “Bak, ayı annesini arıyor.” Çocuğun için önemli olan senin sesin ve aranızdaki hikâye. Kütüphanede senin dilinde kitap olup olmadığını da sor.

low-mood-in-the-second-year =
    .title = Çocuğun büyüdü ama sen hâlâ çökkün müsün?
    .body = Çökkünlük ya da kaygı daha sonra da gelebilir, her ebeveynde. İki hafta ya da daha uzun süredir kendini çoğunlukla gri, sinirli, kaygılı ya da boş mu hissediyorsun, hiçbir şeyden keyif alamıyor musun? Bu hafta aile hekimine (huisarts) ya da consultatiebureau’ya (çocuk sağlığı merkezine) anlat. Birçok ebeveynde olur, kimsenin suçu değil. Destekle çoğu zaman hafifler; yardım istemek güçtür.

their-name-not-only-for-no =
    .title = Çocuğun adını en çok “hayır” ile mi duyuyor?
    .body = “Can, hayır!” “Can, dokunma!” Çocuğun adını en çok bir şey ters gittiğinde mi duyuyor? O zaman adı kısa sürede bir uyarı gibi gelmeye başlar. Bugün adını sık sık, sıcak bir sesle, hiçbir şey istemeden söyle: “Can! İşte buradasın.” “Can, ne güzel gülüyorsun.” Böylece çocuğun adını sevgiyle duyar ve adının bir uyarı değil, kendisi olduğunu hisseder. Uyarmak olur, ama adını alarm zili yapma.

a-weekly-hour-of-your-own =
    .title = Haftada bir saat, sadece senin
    .body = Bugün haftada sabit bir zaman planla, sadece sana ait: spor, koroda şarkı, bir kurs, bir arkadaşla yürüyüş. O sırada çocuğuna kimin bakacağını konuş ve bunu bir randevu gibi takvime yaz. Sabırsızlıkla beklediğin bir şey, çalınmış dakikalardan daha çok dinlendirir. Çocuğun da kendine ait bir şeyi olan bir ebeveynden kazançlı çıkar.

compare-with-three-months-ago =
    .title = Üç ay öncesiyle karşılaştır
    .body = Bugün daha çok konuşan ya da daha çok şey yapan başka bir çocuk gördün ve bu içini mi kemiriyor? Bu akşam kendi çocuğunun üç ay önceki bir videosunu ya da fotoğrafını bul. O zamandan beri nelerin eklendiğine bak ve yarın çocuğuna söyle: “Artık koltuğa kendin tırmanıyorsun!” Her çocuk kendi hızında büyür. Yine de içine kurt mu düştü? Consultatiebureau’ya (çocuk sağlığı merkezine) sor.

your-language-out-loud-in-public =
    .title = Kendi dilin, parkta da
    .body = Dışarıda Felemenkçeye mi geçiyorsun, ya da izleniyormuş gibi hissettiğin için daha alçak sesle mi konuşuyorsun? Bugün parkta ve markette çocuğunla kendi dilini, her zamanki tonunla konuş. Böylece çocuğun, senin dilinin her yerde duyulabileceğini öğrenir, sen de kendin gibi konuşursun. Biri sorarsa? “Evde iki dil konuşuyoruz” demen yeterli.

books-within-reach =
    .title = Kitaplar elinin altında
    .body = Bugün birkaç sağlam kitabı alçak bir sepete ya da alçak bir rafa, kapakları öne bakacak şekilde koy. Böylece çocuğun kendisi seçip canı istediğinde sana bir tane getirebilir. Kitap getirmek bir davete dönüşür: yanıma oturur musun? Her hafta birkaç kitabı değiştir. Kapaklı, narin kitaplar birlikte okumak için daha yukarıda durabilir.

your-own-postponed-appointment =
    .title = Kendin için o randevuyu bugün al
    .body = Çocuğun geldiğinden beri kendi diş hekimi, aile hekimi ya da fizyoterapist randevunu erteleyip duruyor musun? Bugün ara ve o randevuyu al, o sırada çocuğuna kimin bakacağını da hemen ayarla. Ağrı, kötü uyku ya da bedenin hakkındaki endişeler sabrını tüketir ve çocuğunun da o sabra ihtiyacı var. Yani kendine bakmak, çocuğuna da bakmaktır.

every-animal-is-a-dog =
    .title = Her hayvan köpek mi? Doğrusunu söyleyerek karşılık ver
    .body = Çocuğun dört ayaklı her hayvana “hav hav” ya da her arabaya “otobüs” mü diyor? Bu akıllıca: zaten bildiğini kullanıyor. Bugün “hayır, yanlış” deme, doğru kelimeyi ekle: “Evet, dört ayağı var, tıpkı köpek gibi! Bu bir inek. Möö!” Böylece konuşmak keyifli kalır ve çocuğun doğru kelimeyi tam zamanında duyar. Doğrusunu söylemek, tekrar ettirmekten daha iyi işler.

home-late-child-asleep =
    .title = Eve geç geldin ve çocuğun uyuyor mu?
    .body = Bu akşam eve geldiğinde çocuğun çoktan uyumuş muydu? Yatak odasının kapısından bir göz at ve sabah anlat: “Dün akşam gelip sana baktım. Mışıl mışıl uyuyordun.” Böylece çocuğun, o uyurken de senin yanında olduğunu bilir. Arada bir yatma vaktini kaçırmak hiçbir şeyi bozmaz. Sık mı geç kalıyorsun? O zaman kahvaltıyı ikinizin sabit anı yap.

toddler-asks-for-a-song =
    .title = Çocuğun şarkı istiyor
    .body = Çocuğun ellerini döndürüp ya da el çırpıp sana umutla mı bakıyor? Belki bir şarkı istiyordur. Yüksek sesle tahmin et: “Otobüsün tekerleri mi?” ve hemen söyle. Bugün birkaç şarkı kartı da çiz: bir otobüs, bir örümcek, bir ördek. Böylece çocuğun dinlemek istediğini gösterebilir. Şunu keşfeder: bir şey isteyebilirim ve sen beni anlarsın.

torn-page-mend-together =
    .title = Sayfa mı yırtıldı? Birlikte yapıştırın
    .body = Çocuğun bir kitaptan sayfa mı yırttı? Ne olduğunu sakince söyle: “Hay aksi, sayfa yırtıldı. Hadi onaralım.” Bant al ve çocuğun yardım etsin: parçayı tutsun, bandı bastırsın. Böylece kırılan bir şeyin yeniden düzelebileceğini öğrenir, üstelik sadece kitaplarda değil. Değerli kitaplar bir süre daha yukarıda durabilir.

threatened-to-leave-without-them =
    .title = “Sensiz gidiyorum!” Sözünü geri al
    .body = Parkta “Ben gidiyorum, sen burada kal o zaman!” diye seslendin mi, çocuğun da panikle sana mı koştu? Böyle bir tehdit hızlı işe yarar, çünkü çocuğun seni kaybetmekten korkar. Bugün sözünü geri al: “Gerçekten gitmiyordum. Seni asla geride bırakmam.” Bir dahaki sefere doğru olanı söyle: “Şimdi seni almaya geliyorum, sonra birlikte gideceğiz.” Böylece senin gidişin asla bir cezaya dönüşmez.

say-thank-you-to-your-toddler =
    .title = Sen de çocuğuna teşekkür et
    .body = Çocuğun sana bir taş, bir küp ya da anahtarlarını mı veriyor? Bugün içten bir “teşekkür ederim!” de ve ondan bir şey isterken “…yapar mısın?” ve “lütfen” kullan. Sürekli “ne denir?” diye sorma. Çocuklar nezaketi en çok kendileriyle nasıl konuşulduğundan öğrenir ve çocuğun kendini gerçek bir sohbet ortağı gibi hisseder. Belki yakında kendiliğinden küçük bir “teşekkürler” duyarsın.

evening-scrolling-instead-of-sleep =
    .title = Akşamları bitmeyen ekran kaydırma mı?
    .body = Çocuğun sonunda uyudu ve sen sonra geç saatlere kadar telefonda mı geziniyorsun, çünkü kendine ait tek zaman bu mu? Çok anlaşılır. Bu akşam telefonu belli bir saatte yatak odasının dışına bırak ve kendin için ekransız bir şey daha yap: bir duş, bir kitap, bir çay. Sabır uykudan yapılır. Bu hafta bir akşam erken yatmak bile kazançtır.

family-photos-who-is-that =
    .title = Bu kim? Aile fotoğrafları
    .body = Bugün aile fotoğraflarını çıkar ya da birkaçını buzdolabına alçak bir yere as. Göster ve anlat: “Bu büyükannen, çok uzakta oturuyor. Bak, bu da benim, senin kadar küçükken!” Böylece çocuğun ailenize kimlerin ait olduğunu öğrenir, uzakta yaşayanları da. Belki yakında albümü sana kendisi getirir: “Bu kim?”

saw-something-scary-on-a-screen =
    .title = Ekranda korkutucu bir şey mi gördü?
    .body = Çocuğun onu korkutan bir şey mi gördü: haberler, ağabeyinin ya da ablasının izlediği bir film, beklediğinden farklı çıkan bir video? Bu her ailede olur. Sakince kapat, çocuğunu yanına al ve ne gördüğünü söyle: “Çok yüksek bir gürültüydü. Korktun. Buradasın, benim yanımdasın.” Küçük çocuklar gerçekle hayali henüz iyi ayıramaz. Haberleri bundan sonra çocuğun uyurken ya da kulaklıkla izle.

your-voice-instead-of-the-speaker =
    .title = Hoparlör yerine senin sesin
    .body = Evinizde çocuk şarkıları sık sık hoparlörden ya da tabletten mi çalıyor? Bugün bir kez kapat ve o şarkılardan birini çocuğun kucağındayken kendin söyle. Hoparlör durmadan çalar; sen bekleyebilir, yavaşlayabilir, çocuğunu güldüren kısmı tekrarlayabilir ve yüzünü görebilirsin. Böylece şarkı ikinize ait bir şey olur. Güzel söylemen gerekmiyor.

restart-a-bad-morning =
    .title = Berbat bir sabah mı? Güne yeniden başla
    .body = Saat daha on ve her şey çoktan ters mi gitti: ağlamalar, dökülen süt, senin de fitilin kısa? Bugün yeniden başlat düğmesine bas. On dakika dışarı çıkın, bir şey ye, müzik aç ve yüksek sesle söyle: “Hadi, baştan başlıyoruz.” Saat onda bir gün kaybedilmiş sayılmaz ve çocuğun karışık bir başlangıcın düzelebileceğini görür. Saat dörtte yine mi gerekti? O da olur.

parenting-questions-at-the-clinic =
    .title = Çocuk yetiştirme soruları için de consultatiebureau var
    .body = Çocuğunun yaptığı bir şeyle ya da kendi sabrınla ilgili tıkandın mı? Consultatiebureau (çocuk sağlığı merkezi) sadece tartmak, ölçmek ve aşı için değil; çocuk yetiştirmeyle ilgili sorularınla da, randevular arasında bile başvurabilirsin. Bugün aklındakini yaz ve ara ya da bir sonraki ziyarette sor. Sormak başarısızlık değildir: birlikte bakmak çoğu zaman işe yarar.

voice-messages-with-grandparents =
    .title = Büyükanne ve büyükbabayla sesli mesajlaşma
    .body = Büyükanne ve büyükbaba uzakta, belki başka bir ülkede mi yaşıyor? Onlardan kendi dillerinde bir şarkı ya da tekerleme içeren kısa bir sesli mesaj göndermelerini iste. Çocuğunla birlikte birkaç kez dinle. Sonra birlikte bir cevap kaydedin: bir kelime, bir gülüş, şarkıdan bir parça. Böylece gerçekten karşılıklı bir şey olur ve çocuğun ailenin seslerini ve dilini daha sık duyar.

notice-your-anger-building =
    .title = Öfken patlamadan önce geldiğini hisset
    .body = Öfkeni çoğu zaman ancak bağırdıktan sonra mı fark ediyorsun? Bugün bedeninin hemen öncesinde ne yaptığına dikkat et: yanan bir yüz, kasılmış bir çene, yükselen bir ses. Kendine bir dur işareti seç: ellerini tezgâha koymak, uzun bir nefes vermek, içinden “bekle” demek. Ne kadar erken hissedersen, seçmek için o kadar alanın olur. Yine de patladın mı? Gönül almak da sayılır.

reading-side-by-side =
    .title = Yan yana okumak, herkesin kendi kitabı
    .body = Bugün kendi kitabını ya da dergini al ve kanepeye otur, yanında da çocuğun için küçük bir kitap yığını olsun. Bir süre herkes kendi kitabını ‘okusun’. Çocuğun sana bir resim gösterince gerçekten başını kaldır ve karşılık ver: “Aa, bir fil!” Sonra okumaya devam et. Çocuklar büyüklerin sevdiği şeyleri taklit etmeyi sever, sen de birkaç sayfa okursun. Sadece iki dakika mı sürdü? O da sayılır.

too-much-noise-for-you =
    .title = Bütün bu gürültü seni çıldırtıyor mu?
    .body = Çığlıklar, vurma sesleri, susmak bilmeyen bir oyuncak korna: gün sonunda gürültü seni çıldırtıyor mu? Birçok ebeveyn bundan sinirlenir; bu, sevginle ilgili bir şey söylemez. Bugün daha sakin bir çeyrek saat bul: sesin dağıldığı dışarıda oynayın, en çok öten oyuncağı bir süre kaldır ya da çocuğunu hâlâ iyi duyabileceğin, sesi yumuşatan kulak tıkaçları tak. Kafan sakinleşince sabrın da artar.

two-languages-few-words-worry =
    .title = Evde iki dil ve çocuğun henüz az mı konuşuyor?
    .body = İki dilin çocuğu şaşırttığını ya da geç konuşturduğunu mu duydun? Doğru değil: bir çocuk az kelime söylüyorsa, nedeni iki dil değildir. Kendi dilini konuşmaya devam et. Birçok çocuk bazı kelimeleri yalnızca bir dilde bilir: hepsini birlikte say. Consultatiebureau’da (çocuk sağlığı merkezinde) hangi dilleri konuştuğunuzu ve çocuğunun hangi kelimeleri söylediğini anlat. Endişen mi var? Sor.

library-story-time-on-your-lap =
    .title = Kütüphanede masal saati, senin kucağında
    .body = Yakınındaki kütüphanede küçük çocuklar için bir masal saati var mı? Bir gün birlikte gidin, çocuğun kucağında ya da yanında otursun. Birçok küçük çocuk önce sadece izler, o güvenli yerden. Çocuğun dolaşıyor ya da on dakika sonra gitmek mi istiyor? Sorun değil; bir dahaki sefere çoğu zaman daha iyi gider. Böylece kitap dinlemek, sen yanındayken başka çocuklarla da yaptığı bir şey olur.

laugh-the-tension-away =
    .title = Gergin bir öğleden sonra mı? Biraz saçmala
    .body = Hava gergin mi; inatlaşan bir küçük çocuk ve fitili kısalmış bir ebeveyn mi var? Taktiği değiştir: banyoya penguen gibi yürü, ince bir sesle konuş, bir çorabın “merhaba” demesini sağla. Birlikte gülmek hem senin hem çocuğunun bedenini gevşetir ve çoğu zaman tıkanmış bir anı çözer. Çocuğun gerçekten üzgün mü? O zaman önce teselli.

blamed-them-wrongly =
    .title = Çocuğunu haksız yere mi suçladın?
    .body = Bardağı çocuğunun devirdiğini ya da bitkiyi onun yolduğunu mu düşündün, sonra bunun köpek, ablası ya da kendi dirseğin olduğu mu anlaşıldı? Bunu açıkça söyle: “Sen yaptın sandım ama yanılmışım. Sana kızdığım için özür dilerim.” Böyle bir cümle hiçbir şeye mal olmaz ve çok şey öğretir: büyükler de yanılır, gönül almak da işin parçasıdır. Bu seni küçültmez; bağınızı güçlendirir.

mixing-two-languages =
    .title = İki dil karışık mı? Gayet normal
    .body = Çocuğun küçük bir cümlede iki dilden kelimeleri karıştırıyor mu? Gayet normal: aklına ilk gelen kelimeyi kullanıyor. Bugün çocuğunun ne demek istediğine, kendi dilinde karşılık ver ve önce ‘doğru’ dili seçmesini bekleme. Böylece konuşmak başarılı olunan bir şey olarak kalır. Zamanla çoğu çocuk kimin hangi dili konuştuğunu kendiliğinden çözer.

if-youre-happy-a-song-of-feelings =
    .title = Mutluysan… duygularla dolu bir şarkı
    .body = Bugün “Mutluysan ve biliyorsan ellerini çırp” şarkısını söyle ve başka duygular ekle: kızgınsan ayaklarını yere vur; üzgünsen “ıhı ıhı” de; korkuyorsan gel, bana sokul. Bütün yüzünle, abartarak göster. Böylece çocuğun güvenli bir anda duygularla oynar ve ileride işine yarayacak kelimeler ve hareketler edinir. Çocuğun kendisi yeni bir kıta mı uyduruyor? Sen de eşlik et.

your-toddler-is-listening-in =
    .title = Çocuğun da dinliyor
    .body = Çocuğun yanında oynarken telefonda onun bugün ne kadar zor olduğunu mu anlatıyorsun? Küçük çocuklar çoğu zaman söyleyebildiklerinden çok daha fazlasını anlar. Zor kısımları çocuğun uyuduktan sonraya sakla. Şimdi, duyabileceği şekilde iyi giden bir şeyi anlat: “Bugün ne oldu biliyor musun? Fırına kadar bütün yolu kendisi yürüdü!” Böylece çocuğun, iyi yaptıklarını gördüğünü duyar.

hearing-your-parents-in-your-voice =
    .title = Kendi sesinde anne babanı mı duyuyorsun?
    .body = Kendini, annenin ya da babanın eskiden söylediği ve senin asla söylemek istemediğin bir şeyi söylerken mi duydun? Bu, özellikle yorgunken birçok ebeveynin başına gelir. Bu akşam bir dahaki sefere ne demek istediğini seç, bir kâğıda yazıp buzdolabına as: “Hadi çabuk!” yerine “Sana yardım edeyim.” Böylece hazır olur. Çocukluğun zor muydu ve bu şimdi ağır mı geliyor? Aile hekiminle (huisarts) konuş.

tell-each-other-what-went-well =
    .title = Birbirinize neyin iyi gittiğini söyleyin
    .body = Birbirinize çoğunlukla neyin daha iyi olabileceğini mi söylüyorsunuz: “Bezleri unuttun” ya da “Bir bisküvi daha yememeliydi”? Bu akşam eşine ya da diğer ebeveyne bugün iyi giden bir şeyi söyle: “O öfke nöbetinde ne kadar sakin kaldın.” Görülmek cesaret verir; birbirine destek olan ebeveynler çocuğa huzur verir. Çocuğunu tek başına mı büyütüyorsun? Seni tanıyan birine neyi iyi yaptığını sor.

looking-at-phone-photos-together =
    .title = Telefondaki fotoğraflara birlikte bakın
    .body = Telefonun hafta sonundan fotoğraflarla mı dolu? Bugün birlikte oturun ve birkaç fotoğrafa yavaşça bakın: “Bak, burada keçilerin yanındasın. O keçi ne yaptı?” Çocuğun bir kelimeyle ya da bir sesle işaret etsin ve anlatmaya katılsın. Birlikte geriye bakmak, çocuğunun yaşadıklarından bir hikâye çıkarmasına yardım eder. Sonra telefon yine kaldırılır.

a-book-about-their-big-interest =
    .title = Kepçelere mi bayılıyor? Onlar hakkında bir kitap bul
    .body = Çocuğun kepçelere, atlara ya da çöp kamyonlarına mı bayılıyor? Kütüphanede bunların gerçek fotoğraflarının olduğu bir kitap bul ve birlikte dalın. Çocuğun anlatsın, sen de kelimeleri onunla öğren: kova, palet, vinç. Çocuğunu büyüleyen şeye eşlik etmek şunu söyler: senin sevdiğin şey benim için önemli. Bir bakmışsın, sen de uzman olmuşsun.

a-promise-you-cannot-keep =
    .title = Tutulamayan bir söz
    .body = Öğle uykusundan sonra parka gideceğinizi söylemiştin ve şimdi olmuyor mu? Bunu dürüstçe ve kısaca söyle: “Parka gideriz demiştim. Şimdi olmuyor ve bu çok yazık. Yarın sabah gideceğiz.” Hayal kırıklığına izin ver ve yarın gerçekten git. Güven, hiçbir şeyin aksamamasından değil, dürüst olmaktan ve telafi etmekten büyür.

chatty-at-home-quiet-at-childcare =
    .title = Evde konuşuyor, kreşte sessiz mi?
    .body = Çocuğun evde senin dilinde gittikçe daha çok şey söylüyor ama kreşte çoğunlukla sessiz mi? Yeni bir dil öğrenen birçok çocuk, o dili konuşmaya başlamadan önce bir süre izler ve dinler. Bugün çocuğunun orada kendini nasıl anlattığını sor: işaret ederek, şarkılara ya da oyuna katılarak mı? Evde kendi dilini konuşmaya devam et. Emin değil misin? Consultatiebureau’ya (çocuk sağlığı merkezine) danış.

watching-a-video-together =
    .title = Çocuğun video mu izliyor? Sen de izle
    .body = Arada bir çocuğuna kısa bir video açıyor musun? Bugün yanına otur ve birlikte izleyin. Gördüklerinizi konuşun: “Köpek zıplıyor! Tıpkı senin gibi.” Önceden anlaşın: “Bir video, sonra kapanıyor” ve el sallayarak birlikte kapatın: “Hoşça kal video!” Birlikte izlemek onu ortak bir şeye dönüştürür ve önceden söylenen bir son daha az kavga demektir.

say-out-loud-how-you-handle-a-setback =
    .title = Bir aksiliği nasıl çözdüğünü yüksek sesle söyle
    .body = Çocuğun yanındayken bir şey mi ters gitti: süt taştı, anahtar kayıp mı? İçinde ne olduğunu ve ne yaptığını yüksek sesle söyle: “Of, canım sıkıldı. Derin bir nefes. Önce montumun cebine bakayım.” Çocuğun büyüklerin aksiliklerle başa çıkışını dikkatle izler; kendi duygularına kelimeler ve devam etmenin bir yolunu bulur. Sakin kalamadın mı? Bunu da söyle: “Sesim çok yükseldi, değil mi? Şimdi iyiyim.”

your-child-as-the-hero =
    .title = Hikâyenin kahramanı çocuğun olsun
    .body = Bugün başrolde çocuğunun olduğu çok kısa bir hikâye uydur: “Bir varmış bir yokmuş, Nur adında bir kız varmış. Kocaman bir su birikintisi bulmuş. Peki ne yapmış? Şlap!” Çocuğunun adını, bildiği şeyleri ve güzel bir sonu kullan. Kendisi hakkında bir hikâye küçük bir çocuk için dünyanın en heyecanlı şeyidir ve şunu söyler: sen önemlisin. Yarın yine mi? Seve seve.

toddler-conducts-the-song =
    .title = Şef çocuğun olsun
    .body = Bugün bilinen bir şarkı söyle ve çocuğunu orkestra şefi yap. Kollar yukarı kalkınca yüksek sesle söyle; aşağı inince fısılda; çocuğun kollarını hızlı sallarsa hızlı söyle. Önce bir kez sen göster. Çocuğun, gösterdiği şeyi takip ettiğini fark eder ve bu ona bir şeyleri etkileyebildiği harika bir duygu verir. Sonra sıra sende, sen yönet.

partner-seems-low-for-weeks =
    .title = Eşin haftalardır çökkün mü görünüyor?
    .body = Eşin ya da çocuğun öbür ebeveyni haftalardır sessiz, sinirli ya da çökkün mü? Sakin bir anda, suçlamadan gördüğünü söyle: “Son zamanlarda çok yorgun ve mutsuz görünüyorsun. Gerçekten nasılsın?” Aile hekimine (huisarts) birlikte gitmeyi teklif et. Çökkünlük birçok ebeveynin, annelerin de babaların da başına gelir ve kimsenin suçu değildir; yardım istemek güçtür. Kendin için de destek bul.

toddler-answers-in-dutch =
    .title = Çocuğun sana Felemenkçe mi cevap veriyor?
    .body = Sen kendi dilini konuşuyorsun ve çocuğun giderek daha sık Felemenkçe mi cevap veriyor? Kreşte çok Felemenkçe duyuyorsa bu çok normal. Sakince kendi dilini konuşmaya devam et ve kelimeyi tekrar ettirmeden kendi dilinde geri söyle. Dilini her şeyden önce eğlenceli kıl: şarkılar, hikâyeler, aileyle görüşmeler. Zorlamak dili ağırlaştırır; keyif onu yaşatır.

others-cant-understand-your-child =
    .title = Başkaları çocuğunu anlamıyor mu? Kısaca çevir
    .body = Çocuğun büyükannesine ya da komşuya bir şey anlatıyor, o da şaşkın şaşkın sana mı bakıyor? Kısaca çevir; onun hakkında değil, onunla konuş: “Köpek kaçtı diyorsun! Öyle, değil mi?” Böylece konuşmak işe yarar, karşıdaki de ne demek istediğini duyar. Küçük çocukları başkaları çoğu zaman zor anlar; bu normal. Konuşması seni endişelendiriyor mu? Consultatiebureau’ya (çocuk sağlığı merkezine) sor.

talk-to-yourself-like-a-friend =
    .title = Kendinle bir arkadaşınla konuşur gibi konuş
    .body = Bir hatadan sonra hemen “ben kötü bir ebeveynim” mi diye düşünüyorsun? Aynı şeyi yaşayan bir arkadaşına ne derdin, kendine sor. Muhtemelen şöyle bir şey: “Çok yorgundun ve sonra telafi ettin.” Bugün bu cümleyi kendine söyle. Kendine yumuşak davranmak zayıflık değildir: telafi etmek için güç verir ve çocuğun hatalarla nasıl başa çıkılacağını senden öğrenir.

toddler-reads-to-you =
    .title = Bu sefer çocuğun sana okusun
    .body = Çocuğun bazen tek başına bir kitabın başında mırıldanarak ‘okuyor’ mu? Bugün rolleri değişin: kitabı çocuğun tutsun ve sana ya da oyuncak ayıya seslerle, küçük kelimelerle ve bolca işaret ederek ‘okusun’. Sen seyircisin: “Aa! Sonra ne oldu?” Çocuğun bildiği her şeyi gösterir ve okuyan olmak onu gururlandırır. Hikâye kitaptakinden farklı gidebilir.

let-the-other-parent-do-it-differently =
    .title = Öbür ebeveyn farklı yapsın
    .body = Eşin ya da çocuğun öbür ebeveyni banyoyu, giydirmeyi ya da yatırmayı mı devralıyor? O zaman gerçekten bir süreliğine uzaklaş ve güvenlik sorunu yoksa düzeltme. Farklı bir yol daha kötü bir yol değildir. Çocuğun her biriyle kendine özgü bir bağ kurar, tam da bu kişisel tarz sayesinde, öbür ebeveynin de özgüveni artar. Sen de kendine on dakika kazanırsın.

holiday-with-a-toddler-is-not-rest =
    .title = Küçük çocukla tatil: dinlenme bekleme
    .body = Tatilin daha az uykuyla, yabancı bir yerde aynı iş gibi mi geliyor? Küçük bir çocukla bu çok normal. Beklentilerini düşür: hiçbir şey yapmadan geçen bir öğleden sonra da tatildir. Birlikte seyahat ettiğin kişilerle, herkesin sırayla bir sabah uyuyabileceği ya da bir saat tek başına çıkabileceği konusunda anlaş. Küçük çocukla tatil bir dinlenme kürü değildir ve bu yeterince iyi.

long-car-trip-songs-and-stops =
    .title = Uzun araba yolculuğu mu? Şarkılar, molalar ve dışarı bakmak
    .body = Önünüzde uzun bir araba yolculuğu mu var? Koşmak ve sarılmak için molalar planla ve çocuğunun bir süredir görmediği kitap ya da oyuncaklarla küçük bir çanta hazırla. Yolda birlikte şarkı söyleyin ve “orada ne görüyorum?” oynayın: bir inek, bir kamyon, bir köprü. Böylece yolculuk birlikte yaptığınız bir şey olur. Yolun bir kısmında bir video da olabilir.

a-story-from-your-childhood =
    .title = Küçükken başından geçen bir hikâyeyi anlat
    .body = Bugün kitapsız, küçükken başından geçen çok kısa, gerçek bir hikâyeyi kendi dilinde anlat: “Ben küçükken bir tavuğumuz vardı. Bir gün öylece mutfağa girdi!” Çocuğunun gözlerine bak, ellerini ve sesini kullan. Böylece çocuğun nereden geldiğini duyar. Yarın yine “tavuğu” mu istiyor? O zaman bir klasiğin oldu.

threw-away-their-treasure =
    .title = Çocuğunun bir hazinesini mi attın?
    .body = Buruşmuş bir yaprağı, bir sopayı ya da kırık bir oyuncak arabayı attın ve şimdi çocuğun teselli edilemiyor mu? “Alt tarafı bir sopa” deme; şöyle de: “O senin güzel sopandı ve ben onu attım. Özür dilerim.” Mümkünse geri getir ya da birlikte yenisini bulun. Bundan sonra önce sor: “Bu atılabilir mi, yoksa bir hazine mi?” Böylece çocuğun, eşyalarının senin için de önemli olduğunu fark eder.

toddler-says-a-rude-word =
    .title = Çocuğun birden kaba bir kelime mi söyledi?
    .body = O minik ağızdan birden sokakta, kreşte ya da düpedüz evde kaptığı bir küfür mü çıktı? Çocuğun ne anlama geldiğini bilmez, sadece kelimenin bir etki yarattığını bilir. Sakin ve kısa tepki ver: “Bu hoş bir kelime değil. Onun yerine ‘Hay aksi!’ de.” Büyük bir şaşkınlık ya da kahkaha kelimeyi daha da heyecanlı yapar. Komik kelimeyi sen de sık söyle; kaba olan çoğu zaman birkaç günde unutulur.

read-it-wrong-on-purpose =
    .title = Bilerek yanlış oku
    .body = Çocuğun bir kitabı iyi biliyor mu? Bugün bilerek saçma bir şey söyle: “Ve inek diyor ki… miyav!” Biraz bekle. Birçok küçük çocuk itirazla “hayır, möö!” diye bağırır ve gülmekten kırılır. Şaşırmış gibi yap: “Öyle mi? İnek ne diyor peki?” Çocuğun daha iyi bilsin; kelimelere birlikte gülmek hem dil hem bağdır. Bu akşam kitabın tam her zamanki gibi okunmasını mı istiyor? O da olur.

sing-along-their-version =
    .title = Çocuğun şarkıyı farklı mı söylüyor? Eşlik et
    .body = Çocuğun “Küçük kurbağa, küçük kurbağa, kuyruğun… pastada!” mı diyor, ya da kendi kelimeleriyle bir şarkı mı mırıldanıyor? Bugün çocuğunun versiyonuna eşlik et ve birlikte gülün. Düzeltmene gerek yok: şarkıyı olması gerektiği gibi yeterince sık söylüyorsun, çocuğun da böyle kendiliğinden öğrenir. Onun versiyonuna katılmak şunu söyler: senin sesin önemli. Belki sizin aile versiyonunuz olur.

a-week-alone-with-your-toddler =
    .title = Çocuğunla bir hafta yalnız mısın? Çıtayı düşür
    .body = Eşin iş ya da aile için bir haftalığına uzakta ve sen tek başına mısın? Çıtayı bilerek düşür: kolay yemekler, günde bir gezinti, büyük işler yok. Bir kişiden tek bir şey iste, örneğin bir kez yemek yapmasını ya da bir sabah çocuğa bakmasını. Sen de erken yat. Çocuğun dolu bir programdan çok sakin bir ebeveynden kazançlı çıkar. Böyle bir haftanın sonunda kendinle gurur duyabilirsin.

let-your-toddler-finish-talking =
    .title = Çocuğunun sözünü bitirmesine izin ver
    .body = Çocuğun sesleri ya da kelimeleri tekrarlıyor mu, “ben-ben-ben istiyorum…”, ya da bir kelimeyi uzun uzun mu arıyor? Birçok küçük çocukta düşünceler ağızdan hızlı gider. Sakince bekle, ona bakmaya devam et ve cümlesini onun yerine bitirme. “Yavaş konuş” da deme. Böylece çocuğun zaman olduğunu hisseder. Konuşmak ona zahmetli ya da gergin mi geliyor? Consultatiebureau’ya (çocuk sağlığı merkezine) sor.

clap-the-names =
    .title = Evdeki herkesin adını alkışla
    .body = Bugün evdeki herkesin adını hecelerin ritmiyle birlikte alkışlayın: “De-de”, iki alkış; “Mu-ham-med”, üç alkış. Sonra oyuncak ayı, kedi, komşu. Çocuğun belki henüz ritme uygun alkışlayamaz, buna gerek de yok. Amaç, tanıdığı insanların adlarıyla, ses ve ritimle birlikte oynamak. Yarın: çocuğunun kendi adı.

a-letter-at-two =
    .title = İki yaşına az kaldı: çocuğuna bir mektup yaz
    .body = Çocuğun yakında iki yaşına mı giriyor? Bu akşam ileride birlikte okumak için kısa bir mektup yaz: şimdi neye güldüğünü, hangi kelimeleri söylediğini, neyin zor olduğunu ve birlikte neler öğrendiğinizi. Kimse bu iki yılı kusursuz geçirmedi, buna gerek de yoktu. Hatalardan sonra da hep yeniden oradaydın ve bir çocuk bununla büyür. Mektubu iyi sakla.
