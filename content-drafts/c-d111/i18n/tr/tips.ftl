back-to-work-mixed-feelings =
    .title = İşe dönüş: her duyguya yer var
    .body = İşe mi dönüyorsun? Vedalaşırken hüzün, işte rahatlama ve bu rahatlamadan dolayı suçluluk: hepsi aynı gün gelebilir ve bu çok normal. Bu akşam için küçük, sevindirici bir şey planla; mesela bebeğinle kanepede yarım saat. Bebeğin en çok senin geri geldiğini ve sonra yanında olduğunu fark eder. Birçok ebeveyn için birkaç hafta sonra her şey hafifler.

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

grandparent-care-three-agreements =
    .title = Büyükanne ya da büyükbaba mı bakıyor? Üç şeyde anlaşın
    .body = Bir büyükanne, büyükbaba ya da başka sabit bir bakıcı düzenli olarak bebeğine mi bakıyor? Üç şeyde anlaşın, gerisini bırak. Uyku: sırt üstü, kendi yatağında, içinde oyuncak, örtü ya da yastık olmadan. Teselli: kucağa almak her zaman olur, bebek bundan şımarmaz. Bir de birkaç sabit alışkanlık, mesela uyku şarkısı. Gerisinde kendi usullerince sevecen olabilirler.

sick-day-plan-familiar-face =
    .title = Hastalık günleri için tanıdık bir yüzle plan
    .body = Kreşe giden bebekler ilk aylarda sık sık nezle olur ya da hastalanır ve bazen kreşe gidemez. Şimdi, sakin bir günde, o zaman bebeğinin yanında kim olabilir, düşün: sen, diğer ebeveyn ya da bebeğinin zaten tanıdığı bir büyükanne, büyükbaba veya arkadaş. Hasta bir bebeğin en çok tanıdık birine ihtiyacı vardır. O kişi arada bir uğrasın ki yüzü tanıdık kalsın.

laughed-out-loud-do-it-again =
    .title = Kahkaha mı attı? Bir daha yap
    .body = Bebeğin bugün karnına üflediğin bir ses, komik bir ses tonu ya da ani bir ‘Ce!’ ile kahkaha mı attı? Bir daha yap, bir daha, her seferinde biraz bekle. Birlikte gülmek bağ kurar ve bebeğin ikinizin birlikte eğlence yaratabildiğini keşfeder. Yine de dönüm noktasına dikkat et: hıçkırık, başını çevirme ya da tizleşen bir gülüş ‘yeter’ demektir.

a-cold-or-fever-extra-close =
    .title = Nezle ya da ateş: daha da yakın
    .body = Bebeğin nezle mi, ateşi mi var? O zaman çoğu zaman daha çok kucakta taşınmak ister ve daha huzursuz uyur. Bu yakınlığı gönül rahatlığıyla ver: teselli iyileştirmez ama zor bir günü atlatmaya yardım eder. Endişelenirsen aile hekimini, akşam ve hafta sonu huisartsenpost’u (nöbetçi aile hekimi) ara; örneğin bebeğin az içiyorsa, gevşekse, zor nefes alıyorsa ya da farklı ağlıyorsa.

weekend-needs-no-catching-up =
    .title = Hafta sonu hiçbir şeyi telafi etmek zorunda değil
    .body = Hafta içi çalışıyorsun ve hafta sonu her şeyi telafi etme zamanı gibi mi geliyor? Gerek yok. Bebeğinin gezmelere değil, seninle sıradan zamana ihtiyacı var: birlikte kahvaltı, bir yürüyüş, yerde uzanıp sohbet. Önümüzdeki hafta sonundan bir planı sil ve o boşluğu boş bırak. Bağınız tam da o yavaş saatlerde büyür, sen de biraz nefes alırsın.

grabbing-hair-and-glasses =
    .title = Saçını ya da gözlüğünü mü yakalıyor?
    .body = Bebeğin bugün saçını, gözlüğünü ya da kolyeni mi çekiyor? Bu yaramazlık değil: yakalamak yeni ve heyecanlı. Parmakları sakince aç, sakin bir sesle ‘ah, çekiyor’ de ve yerine parmağını ya da bir oyuncak ver. Bebeğin senin yüzünden ve sesinden, yakalamanın karşısındakine ne yaptığını korkmadan öğrenir. Yoğun günlerde saçını toplamak da işe yarar.

everything-goes-in-the-mouth =
    .title = Her şey ağza gidiyor: bırak keşfetsin
    .body = Bebeğinin tuttuğu her şey hemen ağzına mı gidiyor? Dünyayı böyle tanıyor: sert, yumuşak, soğuk, pürüzlü. Bugün ona birkaç temiz ve güvenli şey ver, mesela tahta bir halka ya da bir yüz havlusu, ve çoğunlukla sadece izle. Gördüğünü söyle: ‘Aa, bu soğukmuş!’ Küçük şeyleri erişemeyeceği yerde tut. Arada sana mı bakıyor? O zaman keşfi paylaşıyorsunuz.

a-book-to-chew-on =
    .title = Kitap da ağza girebilir
    .body = Sen okurken bebeğin kitaba mı uzanıyor? Dokunma yerleri olan sağlam bir kumaş ya da karton kitap seç; bebeğin tutsun, sayfayı çevirsin, ağzına alsın. Sen sadece sayfada neler olduğunu anlat, tek bir sayfa olsa bile. Bu yaşta kitap okumak çoğunlukla birlikte bir şey tutmak ve sesini duymaktır. Vahşi bir yakalamaya mı döndü? Yarın yeni bir sayfa var.

sing-in-your-own-language =
    .title = Kendi dilinde şarkı söyle
    .body = Evde Felemenkçeden başka bir dil, ya da birkaç dil mi konuşuyorsun? Bugün kendi çocukluğundan bir şarkı söyle, bir zamanlar seni teselli ettikleri dilde. Sesin en sıcak ve en doğal hâlini o dilde bulur; bebeğin de tam bu tınıyı içine alır. Evde birden fazla dil olması bebek için sorun değildir. Sözleri mi unuttun? Ailene sor.

dancing-with-baby-in-your-arms =
    .title = Kollarında bebeğinle dans et
    .body = Bugün sevdiğin neşeli bir müzik aç ve bebeğini sıkıca göğsüne yaslayarak odada dans et. Ritme uyarak yavaşça sallan ve dön; sarsmadan, başını iyice destekleyerek. Bebeğin senin neşeni bedeninde ve nefesinde hisseder. Arada yüzüne bak: kocaman gözler ve gülücükler ‘daha’ der, başını çevirmek ya da irkilmek ‘daha yumuşak’ der.

busy-shop-face-towards-you =
    .title = Mağazada: bebeğinin yüzü sana dönük
    .body = Bugün süpermarket ya da şehir parlak ışıklar, müzik ve kalabalıkla mı dolu? Bebeğini seni görebileceği şekilde taşı: kanguruda yüzü sana dönük ya da bebek arabası sana doğru çevrilmiş olsun. Her şey fazla geldiğinde bebeğin senin yüzüne bakarak toparlanabilir. Hâlâ çok mu fazla? İşini bitir ve dışarı çık; gerisi başka zamana kalabilir.

party-break-before-the-tears =
    .title = Kutlamada: ağlamadan önce mola
    .body = Bir doğum gününe ya da kutlamaya mı gidiyorsun? Daha ağlama başlamadan, bebeğini arada bir sessiz bir odaya ya da dışarı götür. Erken işaretlere dikkat et: esneme, başını çevirme, gerilen bir beden ya da geriye kasılıp itme. Kısa bir mola bebeğinin pilini yeniden doldurur; bebeğin de bir şey fazla geldiğinde bunu fark ettiğini yaşar. Yetmiyor mu? Erkenden eve dönmek de olur.

translate-your-baby-for-visitors =
    .title = Bebeğini misafirlere tercüme et
    .body = Bugün bebeğini kucağa almayı seven akrabalar mı geliyor? Gördüğünü yüksek sesle söyle ki onlar da okumayı öğrensin: ‘Esneyip başını çevirdiğini görüyor musun? Şimdilik ona yetti.’ Ya da: ‘Senin yüzünü arıyor, onunla konuş.’ Böylece misafirler bebeğini gerçekten tanır. İşaretler kalabalıkta kayboluyor mu? Biraz dinlenmesi için bebeğini nazikçe geri al.

naps-when-the-world-is-too-fun =
    .title = Uyumak zor: dünya çok eğlenceli
    .body = Bebeğin gündüzleri, her yerde görecek bir şey olduğu için daha zor mu uyuyor? Birçok bebek bu yaşlarda o kadar meraklı olur ki yorgunluğunu fark etmeden geçer. Bugün ilk esnemede bebeğini sakin, biraz karanlık bir odada uykuya yatır. Uyaran azalınca uyku daha kolay gelir. Bugün olmadı mı? Bebek arabasıyla bir tur da iyidir.

looking-around-during-a-feed =
    .title = Hem emiyor hem etrafa bakıyor
    .body = Bebeğin emerken ya da biberon içerken bir sese, bir kardeşe ya da kediye bakmak için sürekli bırakıyor mu? Bu seni reddetmek değil: dünya birden çok ilginç oldu. Söze dök: ‘Kapıyı duydun, değil mi?’ Bir an baksın, sonra sakince yeniden sun. Sık oluyorsa daha sakin bir yerde besle. Beslenme konusunda endişen mi var? consultatiebureau’ya (çocuk sağlığı merkezine) sor.

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
    .body = Bebek geldiğinden beri abla ya da ağabey öfkeli, ağlamaklı ya da tam tersine aşırı tatlı mı? Bugün bebek uyurken ya da başka birinin yanındayken sadece o çocuğa çeyrek saat ayır. Ne yapacağınızı o seçsin ve söyle: ‘Bu bizim zamanımız.’ Görüldüğünü hisseden bir çocuk ilgi için daha az savaşmak zorunda kalır. Yarın tekrarla, mümkünse hep aynı saatte.

big-sibling-as-the-clown =
    .title = Abla ya da ağabey palyaço rolünde
    .body = Büyük çocuğuna bugün gerçek bir görev ver: baş palyaço. Komik suratlar yapsın, ce-e oynasın ya da şarkı söylesin; sen de bebeğin nasıl karşılık verdiğini göster: ‘Bak, sana gülüyor!’ ya da ‘Başını çevirdi, biraz ara verelim.’ Böylece büyük çocuğun kendini önemli hisseder ve bebeğin işaretlerini okumayı öğrenir. Yanlarında kal; bebeği sadece senin yardımınla kucağına alsın.

name-the-eldest-jealousy =
    .title = Kıskançlık mı? Büyük çocuğun duygusuna bir ad ver
    .body = Büyük çocuğun bebeğin gitmesini mi istiyor ya da gizlice çimdikliyor mu? Tahmin ettiğini söyle, nutuk çekmeden: ‘Bebeğin bu kadar ilgi görmesine bazen çok kızıyorsun, değil mi?’ Kızmak serbest, canını yakmak değil: gerekirse bebeği sakince uzaklaştır. Duygusunun adının konduğunu duyan çocuk onu daha az dışa vurur. Kıskançlık en çok senin ne kadar önemli olduğunu gösterir.

fasting-plan-the-afternoon-dip =
    .title = Bebekle oruç: ikindi yorgunluğunu hesaba kat
    .body = Ramazanda oruç tutarken bebeğine de mi bakıyorsun? Çoğu zaman ikindiden sonrası en zorudur: açlık, susuzluk ve az sabır. Banyoyu ve alışverişi günün erken saatlerine al, iftardan önceki son saatte bebeğini kısa süre devralmasını birinden rica et. Böylece ikiniz için de ortalık sakin kalır. Emziriyor musun? Oruç konusunu önce aile hekiminle konuş.

late-feast-bring-the-bedtime-steps =
    .title = Geç biten bir kutlama mı? Uyku ritüelini yanında götür
    .body = Bir iftara, düğüne ya da geç saate kadar süren başka bir aile kutlamasına mı gidiyorsun? Uyku ritüelini de götür: kendi uyku tulumu, aynı şarkı, evdeki sırayla. Bebeğini sakin bir odada, kendine ait güvenli bir uyku yerine, mesela içinde yumuşak hiçbir şey olmayan bir seyahat yatağına sırt üstü yatır. Tanıdık adımlar yabancı bir yeri tanıdık kılar. Ancak evde mi uyuyor? O da olur.

long-car-journey-cuddle-stops =
    .title = Uzun araba yolculuğu: sarılma molaları
    .body = Aileye ya da tatile uzun bir yol mu var? Bol mola planla ve her durakta bebeğini oto koltuğundan çıkar: sarılma, gerinme, bir şeyler içme, komik suratlar. Oto koltuğu güvenlidir ama biraz da yalnızdır. Arabayı başkası mı kullanıyor? Arkada bebeğinin yanına otur. Yalnız mı sürüyorsun? Yolda konuş ya da şarkı söyle; sesin tek başına bile bir arkadaşlıktır.

holiday-explore-the-new-place-together =
    .title = Tatilde: önce birlikte etrafa bakın
    .body = Bir tatil evine ya da yurt dışındaki ailenin yanına yeni mi vardınız? Bebeğini kucağına al, yeni odaları sakince dolaş ve gördüğünü anlat: ‘İşte pencere, sen de şurada uyuyacaksın.’ İlk günü sakin tut. Her şey farklı kokar ve farklı ses çıkarır; sen de bebeğinin yeniye baktığı sabit noktasın. İlk gecelerin huzursuz geçmesi çoğu zaman işin parçasıdır.

bath-together-skin-to-skin =
    .title = Birlikte banyo, ten tene
    .body = Bugün bebeğinle birlikte ılık suyla dolu küvete girmeyi dene. Mümkünse bir yetişkinden bebeğini sana uzatmasını ve sonra geri almasını iste ki güvenle girip çıkabilesin. Bebeğini ten tene göğsüne yasla ve suyun karnının üzerinde hafifçe dalgalanmasına izin ver. Bütün o suyun içinde bedenin ona tutunacak bir şey verir. Korkuyor mu? Önce ayaklarla başla.

sling-while-you-tidy =
    .title = Ortalığı toplarken bebek kangurunda
    .body = Bebeğin bugün sadece yanında olmak mı istiyor, çamaşırlar da beklerken? Onu bir sling’de ya da kanguruda, yüksek ve sana yakın taşı; yüzü açık ve gözünün önünde olsun. Ne yaptığını anlat: ‘Şimdi çorapları katlıyoruz.’ Bebeğin sıcaklığını ve hareketini hisseder, senin de ellerin serbest kalır. Yemek mi pişireceksin, sıcak çay mı içeceksin? O sırada bebeğini güvenli bir yere yatır.

night-shift-morning-goodbye =
    .title = Gece vardiyasından sonra: sabit bir sabah selamı
    .body = Geceleri çalışıp bebeğin tam uyanırken mi eve geliyorsun? Yatmadan önce sabit bir ritüel için beş dakika ayır: bebeğini kucağına al, gözlerinin içine bak ve hep aynı cümleyi söyle, mesela ‘Günaydın, ben şimdi uyuyorum, sonra görüşürüz.’ Böylece gelişin ve gidişin ters dönmüş bir düzende bile öngörülebilir kalır. Sonra gerçekten uyu: dinlenmek de işin parçası.

parent-ill-lowest-gear =
    .title = Sen mi hastasın? Bakımı en düşük vitese al
    .body = Grip mi oldun ya da kendini kötü mü hissediyorsun, ama bebeğin yine bakım istiyor? Her şeyi en düşük vitese al: beslemek, bez değiştirmek, gerisi yere serilmiş bir örtüde birlikte; sen yanına uzanıp şarkı söyle. Birkaç saat yardım edebilecek biri var mı, çekinmeden sor. Uykun mu geliyor? O zaman bebeğini kanepede yanına değil, kendi yatağına sırt üstü yatır. Birkaç sade gün bağınıza zarar vermez.

crying-in-public-turn-to-your-baby =
    .title = Otobüste ya da bekleme odasında ağlıyor mu? Bebeğine bak
    .body = Bebeğin otobüste, bekleme odasında ya da kasada yüksek sesle ağlıyor ve bütün bakışları üzerinde mi hissediyorsun? Bebeğine dön, omuzlarını gevşet ve alçak sesle konuş; sanki ikiniz bir baloncuğun içindesiniz. Bebeğinin şu an senin sakinliğine ihtiyacı var, etraftakilerin onayına değil. Hemen sakinleştiremedin mi? Herkesin başına gelir. Bakışlar yarın unutulur; yanında kalman önemlidir.

at-the-gp-on-your-lap =
    .title = Aile hekiminde: kucağında ve konuşmaya devam
    .body = Bebeğin bugün kulakları ya da bir öksürük için aile hekimine mi gidiyor? Muayene sırasında bebeğinin senin kucağında kalıp kalamayacağını sor ve alçak sesle konuşmaya ya da mırıldanmaya devam et. Ne olduğunu söyle: ‘Doktor kulağına bir bakıyor.’ Sesin ve kolların yabancı bir durumu daha katlanılır kılar. Yine de ağlıyor mu? Sonra doya doya teselli et; bu işin parçası.

first-spoonfuls-face-to-face =
    .title = İlk kaşıklar: yüz yüze
    .body = Bebeğin kaşıkla ilk tatlara mı başlıyor? Ne zaman başlayacağını consultatiebureau’yla (çocuk sağlığı merkeziyle) konuşabilirsin. Bebeğinin tam karşısına, göz hizasında otur ve önce yüzünle tadını göster: ‘Mmm, havuç!’ Kaşıkla, bebeğin ağzını açmasını bekle. Böylece yemek sadece karın doyurmak değil, birlikte geçen bir an olur. Neredeyse hiç yemedi mi? Şimdi önemli olan tatmak, miktar değil.
