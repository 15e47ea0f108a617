carer-takes-over-in-their-arms =
    .title = Senin kollarından tanıdık kollara
    .body = Bebeğini bugün kreşe ya da bakıcıya mı götürüyorsun? Vedalaşırken onu yere ya da oyun parkına bırakıp gitme; doğrudan sabit bakıcısının kollarına ver, teselliyi hemen o devralsın. Böylece senin kollarınla onunkiler arasında boş bir an kalmaz. Yine de ağlıyor mu? Olabilir: Amaç gözyaşsız bir veda değil, yumuşak bir iniş.

keep-your-return-promise-out-loud =
    .title = Yüksek sesle söyle: söz verdiğim gibi döndüm
    .body = Vedalaşırken yalnızca doğru olanı söz ver: Öğle uykusundan sonra geleceksen “Hemen dönerim” deme, “Uykundan sonra seni almaya geleceğim” de. Almaya gittiğinde tekrar söyle: “Uykundan sonra demiştim, işte geldim.” Bebeğin sözcükleri henüz anlamaz ama düzeni fark eder: Giden geri gelir. Bu her doğru çıktığında, o düzen biraz daha sağlamlaşır.

staying-behind-say-what-happens =
    .title = Geride kalan, olanı anlatır
    .body = Bugün biri kapıdan çıkarken bebeğin kucağında mı ağlıyor? Hemen bir oyuncakla dikkatini dağıtmaya çalışma. Önce olanı söyle: kim gitti, ne zaman dönecek, ve “Üzüldün, değil mi? Ben yanındayım.” Böylece bebeğin özlemi tek başına taşımak zorunda kalmaz. En kötü ağlama geçince bir şarkı ya da pencereden dışarı bakmak iyi gelir.

pulling-to-stand-you-close-by =
    .title = Kendi kendine kalkmak, sen hemen yanında
    .body = Bebeğin kanepeye ya da oyun parkının kenarına tutunup kalkıyor mu? Onu kendin ayağa kaldırma; kanepenin hemen yanında yere otur. Elini bir güvenlik ağı gibi hazır tut ve sadece bebeğin isterse yardım et. Belki ancak onuncu denemede olur, ve tam da böyle olması iyi: Bebeğin kendi başına neler yapabildiğini keşfeder, sen de güvende hissetmesini sağlarsın.

stuck-standing-help-them-down =
    .title = Kalkmak kolay, ama nasıl inilir?
    .body = Bebeğin ayakta duruyor ve nasıl oturacağını bilemediği için ağlıyor mu? Onu her seferinde kucağına alma, inmesine yardım et: bir elin poposunda, dizlerini yavaşça bük, “Dizler bükülüyor… ve oturduk!” Böylece yardım çağrısına cevap verir, bebeğine yakında bunu kendi başına nasıl yapacağını gösterirsin. O güne kadar aşağı inen asansör sensin.

twins-both-want-you-at-once =
    .title = İkizler ve ikisi birden seni istiyor
    .body = İkizlerin var ve bugün ikisi de aynı anda sana mı gelmek istiyor? Birini kucağına al, öbürünün yanına yere otur ve boştaki elini onun sırtına koy. İkisiyle de konuş: “Seni de duyuyorum, sıra birazdan sende.” Kimin önce kucağa geleceğini sırayla değiştir. Sesin ve elin, bekleyen bebeğe unutulmadığını söyler. Beklerken biraz ağlaması sorun değil; iki bebeği aynı anda kusursuz teselli edebilen yok.

brushing-first-teeth-together =
    .title = Birlikte diş fırçalama, herkese bir fırça
    .body = İlk diş çıkıyor mu, ya da çıktı mı? Bugün birlikte fırçalayın: Banyoda bebeğini kucağına al, kendi dişlerini fırçala ve bu arada ona kemirmesi için yumuşak bir bebek diş fırçası ver. Sonra bebeğinin dişlerini kısaca fırçala ve ne yaptığını söyle: “Önce üst, sonra alt. Bitti!” Böylece diş fırçalamak boğuşma değil, birlikte yaptığınız bir şey olur. İtiraz olağan; kısa fırçalamak da olur.

cruise-along-the-sofa-to-you =
    .title = Kanepe boyunca sana doğru
    .body = Bebeğin kanepeye tutunarak yan yan yürümeye başladı mı? Kanepenin ucunda diz çök, kollarını aç ve bekle. Yanına vardığında yüzün ışıldasın: “Ta bana kadar geldin!” Onu görünce sevinen birine varmak, bebeğine hoş karşılandığı hissini verir. Evde başka biri de var mı? O zaman ikiniz kanepenin iki ucuna geçin.

wave-bye-bye-to-the-bath-water =
    .title = Banyo suyuna bay bay
    .body = Bebeğin el sallıyor mu, ya da sen salladığında büyülenmiş gibi mi bakıyor? Bugün bir şey bittiğinde birlikte el sallayın: akıp giden banyo suyuna, boş tabağa, kitabın son sayfasına, eve giden bakıcıya. “Bay bay, banyo suyu!” Böylece bir son, bir söz ve bir hareketle tanıdık bir şeye dönüşür. Bu, kreşteki büyük vedayı da biraz daha az ani yapar.

baby-swing-push-from-the-front =
    .title = Bebek salıncağında: önden it
    .body = Bugün çocuk parkına mı gidiyorsunuz? Bebeğini bir bebek salıncağına oturt ve arkasına değil, önüne geç. Yavaşça it, her sallanışta “Ve… işte yine geldin!” de ve yüzün de oyuna katılsın. Böylece bebeğin seni her seferinde yeniden görür ve yüzünden bunun eğlenceli olduğunu okur. Ciddi mi bakıyor, sıkı mı tutunuyor, başını mı çeviriyor? Demek ki fazla hızlı ya da yüksek: yavaşla ya da ara ver.

danger-calm-hands-not-a-shout =
    .title = Tehlike mi? Bağırmak yerine sakin eller
    .body = Bebeğin bugün merdivene, fırına ya da bir kabloya mı yöneliyor? Uzaktan “Hayır!” diye bağırmak yerine yanına git. Kucağına al, kısaca “Orası olmaz, tehlikeli. Burada oynayalım” de ve onu biraz ötede ilginç bir şeyin yanına bırak. Uzaktan bağırmak ürkütür ama pek bir şey öğretmez; sakin ellerin aynı mesajı korkutmadan iletir. Bir merdiven kapısı seni çok yoldan kurtarır.

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

family-party-quiet-breaks =
    .title = Kalabalık kutlamada arada sessizliğe çekil
    .body = Bugün büyük bir kutlamaya mı gidiyorsunuz, bir düğüne, bayrama ya da ailece Noel’e? Aşağı yukarı saatte bir, bebeğinle beş dakikalığına sessiz bir odaya ya da dışarı çık, sadece ikiniz. Müzik, sesler ve onu kucağa almak isteyen eller bir anda çok fazla; kısa bir mola yükün taşmasını önler. Bebeğin gözlerini ovuşturup sürekli başını mı çeviriyor? Daha uzun bir mola zamanı.

working-nights-your-fixed-moment =
    .title = Gece mi çalışıyorsun? Sabit anını seç
    .body = Gece ya da vardiyalı mı çalışıyorsun ve bu yüzden bebeğinin gününün çoğunu kaçırıyor musun? Uygun olan günlerde sana ait sabit bir bakım anı seç: vardiyadan sonraki kahvaltı, çıkmadan önceki banyo, öğle uykusundaki şarkı. Hep yeniden gelen bir an, saatler değişse bile bağınızı sıcak tutar. Uzun olması gerekmez: Gerçekten birlikte geçen on dakika sayılır.

two-homes-same-bedtime-song =
    .title = İki ev, aynı uyku şarkısı
    .body = Bebeğin dönüşümlü olarak bir seninle, bir diğer ebeveyniyle mi kalıyor? Birkaç şeyin iki evde de aynı gitmesi için anlaşın: uyku şarkısı, yatarken söylenen sözler. Teslim ederken günün nasıl geçtiğini kısaca anlat ya da çantada gidip gelen bir defter kullanın. Böylece bebeğin her evde neyin geleceğini yeniden tahmin etmek zorunda kalmaz. Geçişte ağlıyor mu? Bu bir vedalaşma, kötü bir işaret değil.

moving-house-set-up-the-cot-first =
    .title = Taşınma: önce bebek yatağı
    .body = Taşınıyor musunuz? Yeni evde önce bebeğinin yatağını kur, eski evde durduğu gibi, aynı uyku tulumuyla. Uyku ritüelini tamamen aynı tut: aynı şarkı, aynı sözler, aynı sıra. Bebeğinin etrafında her şey yeniyken, tanıdık ritim ona tutunacak bir şey verir. Birkaç huzursuz gece normal; o zaman bebeğinin yanında biraz daha uzun kal.

moving-house-tour-of-the-rooms =
    .title = Yeni evde bir tur
    .body = Yeni bir eve mi taşındınız? Bugün bebeğini kucağında bütün odalarda dolaştır ve gördüklerinizi anlat: “Burası mutfak. Yatağın burada. Bak, pencere, dışarıdaki ağaç.” Bunu birkaç gün üst üste yap. Sesin ve kolun yabancı bir yeri yavaş yavaş tanıdık bir yere çevirir. Sonra bebeğin yerde keşfe çıkabilir, ama önce prizleri, merdiveni ve kabloları kontrol et.

when-the-familiar-carer-leaves =
    .title = Tanıdık bakıcı ayrılınca
    .body = Bebeğinin kreşteki sabit bakıcısı ayrılıyor mu, ya da gruba yeni bir yüz mü geliyor? Tanıdık kişinin birkaç kez yeni kişiyle birlikte çalışıp çalışamayacağını sor; böylece bebeğin yeni kollara alışabilir. Bebeğinin nasıl teselli edilmeyi sevdiğini yeni kişiye kendin anlat ve ilk zamanlarda bırakırken daha çok zaman ayır. Daha çok mu ağlıyor? Bu özlem, gerileme değil.

first-night-at-the-grandparents =
    .title = Büyükannede, büyükbabada ilk gece
    .body = Bebeğin ilk kez büyükanne ve büyükbabasında mı yatacak? Önce orada, sen hâlâ evdeyken bir öğle uykusu uyusun. Uyku ritüelini de yanında götür: aynı uyku tulumu, aynı şarkı, aynı sözler. Güvenli uykuyu da birlikte konuşun, çünkü eskiden farklı yapılırdı: sırtüstü, kendi yatağında, içinde yumuşak hiçbir şey, yastık ya da oyuncak yok. Böylece sen de içi rahat uyursun.

tidy-up-one-block-together =
    .title = Birlikte kutuya bir blok
    .body = Yer bloklarla mı dolu? Bugün toplamayı küçük bir oyuna çevir: Birlikte bir blok alın, kutuyu uzat ve “Kutuya… güm!” de. Blok içine düşünce alkışla. Geri kalanı sen toplarsın, bebeğin de izler ya da bir tane daha getirir. Böylece oyunun sonu, kendiliğinden olan bir şey değil, seninle sabit ve keyifli bir an olur. Her seferinde aynı toplama şarkısını söyle.

two-languages-speak-your-own =
    .title = Evde iki dil mi? Kendi dilini konuş
    .body = Evde kreştekinden farklı bir dil mi konuşuyorsun? Bebeğinle kalbinin diliyle konuş: teselli ettiğin, şakalaştığın, şarkı söylediğin dille. Bebeğin artık sözcükleri anlamaya başlıyor ve bunu iki dilde birden yapabilir. Kendi dilinde sesin, bebeğinin tanıdığı gibi çıkar. Felemenkçe kreşte de gelir; bakıcılara kendi dilinizden birkaç teselli sözcüğü öğret.

sick-day-carry-more-do-less =
    .title = Hasta bir gün: daha çok taşı, daha az iş yap
    .body = Bebeğin nezle ya da ateşli mi ve sadece seni mi istiyor? Buna gönül rahatlığıyla izin ver: onu taşı, kucağında tut, çamaşırlar beklesin. Hasta bir bebek daha çok yakınlık arar ve bu onu sakinleştirir. Sen de yorgunken kucağında uyuyakalırsa onu kendi yatağına yatır. Az mı içiyor, gevşek mi, için rahat değil mi? Aile hekimini, akşam ve gece ise huisartsenpost’u (nöbetçi aile hekimi hizmetini) ara.

soft-hands-when-they-grab =
    .title = Nazikçe dokunmak
    .body = Bebeğin bugün saçını, gözlüğünü ya da kedinin tüylerini mi çekiyor? Keşfediyor, canını yakmak istemiyor. Küçük elini sakince tut, aç ve birlikte yanağını ya da kediyi okşayın: “Yavaşça. İşte böyle.” Bebeğin farkı hisseder ve yüzünden okşamanın hoş olduğunu görür. Daha çok kez yine çekecek, bu sorun değil: Her seferinde sakince göstermek yeter.

baby-wrecks-a-siblings-game =
    .title = Bebek, ablanın ya da abinin kulesini yıkınca
    .body = Bebeğin bugün büyük bir çocuğun blok kulesini ya da yapbozunu mu dağıttı? Büyük çocuğa gördüğünü söyle: “Çok sinir bozucu, o kadar uğraşmıştın.” Bebeğe de: “Sen de katılmak istedin, değil mi?” Sonra büyük çocuğa, bebeğin ulaşamayacağı bir yer ver, örneğin masa. İkisi de görüldüğünü hisseder ve bebeğin ailenin hikâyesinde “yaramaz olan” olmaz.

a-song-for-the-car-seat =
    .title = Oto koltuğu için bir şarkı
    .body = Bebeğin oto koltuğunu görür görmez kaskatı mı kesiliyor ya da ağlıyor mu? Sadece oto koltuğuna ait bir şarkı seç ve kemerini her bağladığında onu söyle. Ne yaptığını anlat: “Önce kollar kemerden, sonra klik.” Sabit bir şarkı ve aynı sözler, can sıkıcı bir anı öngörülebilir bir ana çevirir. Bugün işe yaramadı mı? Sakin kal, kemeri doğru bağla ve yarın yine söyle.

nappy-change-baby-wants-to-go =
    .title = Kaçmak isteyen bebeğin bezini değiştirmek
    .body = Bebeğin her bez değişiminde dönüp kaçmaya mı çalışıyor? Çoğu zaman iş, onu tutmak zorunda kalınca güreşe döner. Bebeğine bir görev ver, örneğin temiz bezi tutmak ya da sadece bez değişiminde çıkan bir oyuncak, ve ne olacağını söyle: “Biraz yat, sonra gidebilirsin.” Islak bir bez kanepe kenarında ayakta da değişebilir. Alt değiştirme masasında elin hep bebeğinin üstünde olsun.

a-spoon-of-their-own =
    .title = Sofrada kendi kaşığı
    .body = Bebeğin bugün onu beslerken sürekli kaşığa mı uzanıyor? Ona kendi kaşığını ver ve kendisi alsın diye tablaya birkaç yumuşak parça koy, sen de öbür kaşıkla yardım et. Aynı masada sen de bir şeyler ye ve bebeğin yerken yanından ayrılma. Bebeğin şunu hisseder: Katılabilirim, kendim deneyebilirim, sen de yanımdasın. Ortalık dağılacak, bu da işin parçası.

video-calls-with-faraway-family =
    .title = Uzaktaki aileyle görüntülü görüşme
    .body = Büyükanneler, büyükbabalar ya da başka sevdikleriniz uzakta, belki başka bir ülkede mi? Görüntülü görüşme için sabit bir zaman belirleyin, örneğin pazar kahvaltısından sonra, her seferinde aynı şarkıyla. Sonunda birlikte el sallayın. Tanıdık bir yüz, bilinen bir ses ve tanıdık bir şarkı, bebeğinin birini uzaktan da tanımasına yardım eder. Birkaç dakika sonra başını mı çeviriyor? Bugünlük yeter.

dancing-in-the-kitchen =
    .title = Mutfakta dans
    .body = Bebeğin kanepeye tutunarak ya da kucağında müziğe göre zıplıyor mu? Bugün seni mutlu eden bir şarkı aç ve birlikte mutfakta dans edin: sallanın, dönün, müzik durunca donun. Ritim, yakınındaki bedenin ve birlikte gülmek, sıradan bir anı iki kişilik bir şenliğe çevirir. Zor bir günde bile tek bir şarkı ikinizin de biraz enerji toplamasına yetebilir.

a-few-nights-away-from-baby =
    .title = Bebeğinden uzakta birkaç gece
    .body = İş, hastanede yatış ya da aile için birkaç gece uzakta mı kalman gerekiyor? Bebeğinin yanında kalan kişiden günleri olağan tutmasını iste: aynı ritim, aynı uyku şarkısı. Kısa bir telefon ya da sesli mesaj için sabit bir saat belirleyin. Dönüşünde bebeğin önce başını mı çeviriyor? Sensiz geçen birkaç günün ardından bu çok normal. Zorlamadan yakınında kal; sıcaklık çoğu zaman kendiliğinden döner.

copy-me-copy-you =
    .title = Sen beni taklit et, ben seni
    .body = Bebeğin el çırpmak ya da öksürmek gibi şeyleri taklit ediyor mu? Bugün bir taklit oyunu oynayın: Başına hafifçe vurmak ya da öpücük göndermek gibi basit bir şey göster ve bekle. Bebeğin taklit ederse gül ve yeni bir şey dene; bebeğin kendisi bir şey yaparsa sen onu taklit et. Böylece sırayla yön verdiğiniz, sözsüz bir sohbet doğar. Henüz değil mi? Bebeğin bugün izlemeyi seçiyor, bu da iyi.

clinic-visit-on-your-lap =
    .title = Kontrolde mümkün olduğunca kucağında
    .body = Bebeğin yakında kontrol ya da aşı için consultatiebureau’ya (çocuk sağlığı merkezine) veya aile hekimine mi gidecek? Soyunurken ve dinlenirken de bebeğinin mümkün olduğunca kucağında kalıp kalamayacağını sor. Yumuşak konuş ve göz teması kur. Yabancı bir yer ve yabancı eller, güvenli liman olarak sen yakındayken daha kolaydır. Sonrasında ne kadar gerekirse teselli et; bu şımartmak değil.

fasting-while-caring-for-baby =
    .title = Oruç tutarken bebeğine bakmak
    .body = Ramazanda ya da başka bir oruç döneminde oruç tutarken bebeğine mi bakıyorsun? En zor saatleri, çoğu zaman ikindi vaktini, sakin tut: birlikte yerde oyun, bir yürüyüş, büyük işler yok. İftar yemeği ya da banyo için yardım iste. Açlık ve uykusuzluk sabrı kısaltır, bu çok insani. Emziriyor musun? Oruç konusunu aile hekiminle ya da consultatiebureau’yla (çocuk sağlığı merkeziyle) konuş.

suddenly-scared-of-the-bath =
    .title = Birden banyodan korkmak
    .body = Banyoyu hep seven bebeğin birden küvette mi ağlıyor? Bu sık görülür; bazen guruldayan gider yüzünden ya da bir kez kaydığı için. Önce yeniden güvenli hissettir: daha az su, dibe bir havlu ya da seninle birlikte banyo. Gördüğünü söyle: “Bu sana korkutucu geliyor, seni tutuyorum.” Birkaç gün sadece bezle silmek de olur. Banyoda elin hep bebeğinin üzerinde olsun.

startled-by-your-no-repair =
    .title = Bağırdığın “Hayır!” onu korkuttu mu?
    .body = Bebeğin sıcak çayına uzanınca bugün yüksek sesle “Hayır!” mı dedin ve bebeğin ağlamaya mı başladı? Çok anlaşılır: Sen korktun, bu yüzden bebeğin de korktu. İlk fırsatta onu kucağına al ve yumuşakça söyle: “Bağırdım, çünkü çay sıcak. Korktun. Buradayım.” Böyle bir andan sonra onarmak bağınızı zayıflatmaz, güçlendirir. Bundan sonra sıcak içecekleri yükseğe koy.
