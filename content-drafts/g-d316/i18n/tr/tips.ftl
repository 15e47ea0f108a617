sick-week-on-the-sofa =
    .title = Hasta bir hafta: kanepe kazansın
    .body = Bebeğin bu hafta hasta mı ve sadece kucakta olmak mı istiyor? Bu haftayı bir kanepe haftası yap: sarıl, kucakla, kitap oku, ev işleri beklesin. Hasta bir bebek güveni yakınlıkta bulur; bu şımartmak değildir. Mümkünse biriyle nöbetleş. Bebeğin az içiyorsa, gevşek görünüyorsa ya da endişeleniyorsan aile hekimini, gece ise huisartsenpost’u (nöbetçi aile hekimi hizmetini) ara.

stuck-standing-in-the-cot =
    .title = Gece beşikte ayakta kalakalmak
    .body = Bebeğin gece beşikte tutunup ayağa kalkıyor, sonra inemediği için mi ağlıyor? Sakince git, az konuşarak onu yatır ve elini karnına koy. Her sakin ziyaret şunu söyler: seslendin, geldim. Gündüz ayaktayken oturmayı birlikte çalışın: yerde bir oyuncak, ellerin kalçalarında, “Hop, oturduk!” Bunu kendi başına yapabildiğinde geceler çoğu zaman yeniden sakinleşir.

window-wave-bye-bye-bus =
    .title = Pencereden otobüse el salla
    .body = Bebeğin bir otobüs ya da bisiklet geçince pencereyi mi gösteriyor? Bugün birlikte pencerenin önüne geçin, ne olduğunu söyle ve el sallayın: “Güle güle otobüs! Birazdan yine gelir.” Gerçekten de yine gelir, tekrar tekrar. Gitme ve geri gelme oyunu, gerçek vedaları biraz daha anlaşılır kılar. Yarın aynı saatte yine bakın: birçok bebek kısa sürede kendisi gözlemeye başlar.

picture-book-let-them-point =
    .title = Resimli kitapta göstermeyi ona bırak
    .body = Bugün birlikte resimli bir kitaba mı bakıyorsunuz? Göstermeyi bebeğine bırak. Minik parmağı nereye konarsa adını söyle ve bir ses ekle: “Bir inek! Möö.” ‘Köpek nerede?’ gibi sınav sorularını bırakabilirsin; onu izlemek yeter. Böylece bebeğin, onun baktığı yere senin de baktığını keşfeder. Kitabın köşesini kemirmek ya da üç sayfayı birden çevirmek de bu yaşta okumaktır.

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
    .body = Her gün geçen iki üç kelime seç, ‘daha’, ‘bitti’ ya da ‘uyku’ gibi, ve her birine basit bir el işareti ver. Bugün yemekte ve uyku vaktinde kelimeyle işareti birlikte kullan. Birçok bebek bir kelimeyi söyleyemeden önce işaretini yapabilir; sana bir şey anlatabilmek de hayal kırıklığını yumuşatır. Kelimeler yine gelecek; işaret o zamana kadar bir köprüdür.

calling-from-the-next-room =
    .title = Emekleyip uzaklaşınca seslenişine cevap ver
    .body = Bebeğin koridora ya da yan odaya emekleyip şimdi sesleniyor ya da kapının arkasından sana mı bakıyor? O oda güvenliyse, olduğun yerden cevap ver: “Buradayım, mutfaktayım!” Sesin, bebeğinin biraz daha uzağı keşfederken tutunabileceği bir iptir. Koşarcasına geri gelirse onu karşıla ve yeniden gitmesine izin ver. Her seferinde gidip onu getirmen gerekmez.

shape-that-wont-fit =
    .title = Parça deliğe girmeyince
    .body = Bebeğin bir şekil deliğe girmediği ya da bir kapak açılmadığı için mi sinirleniyor? Önce olanı söze dök: “Off, çok sinir bozucu, girmiyor.” Sonra birazcık yardım et: şekli doğru yöne çevir, son itişi bebeğin kendisi yapsın. Sözlerin duygunun anlaşıldığını gösterir; küçük yardımın da işi yapılabilir tutar. Gözyaşları durmuyor mu? Önce sarılma, oyun sonra.

two-spoons-at-the-table =
    .title = Sofrada iki kaşık
    .body = Bebeğin yemekte kaşığı elinden mi kapıyor? Ona kendi kaşığını ve eliyle yiyebileceği biraz yiyecek ver, ikinci bir kaşık da sende kalsın. Karşılıklı oturun ve sen de bir şeyler ye. Kendi yapmak istemek sağlıklı bir adımdır; birlikte yemek de bu anı bir çekişme değil, bir temas anı olarak tutar. Mama sandalyesinin altına bir örtü ser: dökülüp saçılmak işin parçası.

nappy-change-for-a-wriggler =
    .title = Kıpır kıpır bir bebeğin altını değiştirmek
    .body = Bebeğin her bez değişiminde dönüp kaçıyor ve itiraz mı ediyor? Hareket etmek isterken kıpırdamadan yatmak zordur. Ona bir görev ver: temiz bezi tutmak gibi, ya da sadece bez değişiminde ortaya çıkan bir oyuncak. Bazen bebeğin kanepeye tutunup ayakta dururken de bezini değiştirebilirsin. Böylece her günkü boğuşma bir iş birliğine döner; yine de bazı günler zor geçecek, bu normal.

each-parent-their-own-language =
    .title = Evde iki dil: herkes kendi dilini konuşsun
    .body = Evinizde iki dil mi konuşuluyor? Her yetişkin bebekle kendini en çok evinde hissettiği dilde konuşsun: teselli etmenin, şakaların ve ninnilerin dilinde. Hollandaca kreşten, okuldan ve arkadaşlardan da gelecek. Bebek bağını kusursuz dilbilgisiyle değil, sıcak gelen sözlerle kurar; arada dilleri karıştırmak da zarar vermez. Soruların mı var? Consultatiebureau’ya (çocuk sağlığı merkezine) sor.

bath-suddenly-scary =
    .title = Birden banyodan korkmak
    .body = Eskiden banyoya bayılan bebeğin şimdi sudan ya da saç yıkamadan mı çığlık atıyor? Birçok bebek böyle bir dönemden geçer. Korkuyu ciddiye al ve küçült: daha az su, dökmek yerine ıslak bir bez, ya da birlikte küvete girip onu kendine yasla. Önce senin eline su dökmesine izin ver. Bir süre lavaboda yıkamak da olur; keyif genellikle geri gelir.

for-you-for-me-at-snack-time =
    .title = “Biri sana, biri bana”
    .body = Bugün ara öğünde meyve parçalarını paylaştır: “Biri sana, biri bana.” Bebeğin sana emilmiş bir parça uzatırsa, gerçekten sevinerek al, teşekkür et ve ona bir tane geri ver. Vermek ve geri almak sırayla oynanan ilk oyunlardan biridir; bebeğine sunduğu şeyin hoş karşılandığını da gösterir. Hemen geri mi istiyor? Olsun: bu yaşta vermek daha çok bir oyundur.

big-sibling-and-the-crawler =
    .title = Bebek büyük kardeşin kulesini yıkınca
    .body = Bebeğin doğrudan büyük kardeşinin küplerine ya da resimlerine doğru mu emekliyor? Büyük çocuğa sadece ona ait bir yer ver, masa ya da bir güvenlik kapısının arkasındaki bir köşe gibi. Onun duygularını da söze dök: “Çok can sıkıcı, kulen yıkıldı. Bebek seninle oynamayı çok istiyor.” Görüldüğünü hisseden büyük çocuk daha kolay sabır bulur. Büyükle baş başa on dakika da çoğu zaman en çok işe yarar.

stairs-with-you-right-behind =
    .title = Merdiven tırmanmak, sen hemen arkasındayken
    .body = Merdivenler bebeğini çok mu çekiyor? Bugün bir an seç ve birlikte birkaç basamak tırmanın; sen hemen arkasında ol, ellerin yakında. Sonra inmeyi çalışın: arkasını dönerek, karnının üstünde, önce ayaklar. Bebeğin heyecanlı bir şey dener, sen de güvenlik ağı olursun. Sonra merdiven kapısını yine kapat: merdiven şimdilik yalnız değil, birlikte yapılan bir şey.

gentle-hands-for-the-cat =
    .title = Kedi ya da köpek için yumuşak eller
    .body = Bebeğin kedinin tüylerine ya da köpeğin kulaklarına mı yapışıyor? Elini onun elinin üstüne koy ve birlikte yavaşça okşayın, bu sırada yumuşakça söyle: “Yavaşça, yavaşça.” Sonra bebeğinin kolunu da aynı şekilde okşa ki yumuşaklığı hissetsin. Yavaş elin ve sakin sesin, sert bir ‘hayır!’dan çok daha fazlasını öğretir. Yine de yanında kal: sabırlı bir hayvan bile çekiştirilince tırmalayabilir.

video-call-with-family-far-away =
    .title = Uzaktaki aile: düzenli bir görüntülü arama
    .body = Ailen uzakta, belki başka bir ülkede mi yaşıyor? Her hafta aynı saatte kısa bir görüntülü arama ayarla, bebeğin kucağında olsun. Büyükanne ya da dede her seferinde aynı şarkıyı söylesin ya da bir bezle ce-e oynasın. Bebeğin bir dakika sonra başını çeviriyor ya da emekleyip gidiyor mu? Çok normal; sen sohbete devam et. Tanıdık ses ve sabit ritüel, ileride bir ziyareti daha az yabancı kılar.

song-with-a-gesture-gap =
    .title = Hareketli bir şarkı ve bebeğine bir boşluk
    .body = Bugün hareketli bir şarkı söyle, örneğin dönen ellerle ‘Otobüsün tekerleği’. Birkaç kez söyledikten sonra bir hareketin hemen öncesinde dur ve gözlerini açıp bekle. Birçok bebek bu boşluğu bir el sallama, bir alkış ya da kendi sesiyle doldurur. Bu duraklama şarkını, bebeğinin de bir rolü olduğu bir sohbete çevirir. Şimdilik sadece izliyor mu? O da olur: her şeyi biriktiriyor.

one-year-check-bring-your-questions =
    .title = Bir yaş kontrolüne kendi sorularını götür
    .body = İlk doğum günü civarında consultatiebureau’ya (çocuk sağlığı merkezine) bir ziyaret mi var? Önceden iki üç soru yaz: uyku, yemek, konuşma hakkında ya da senin nasıl olduğun hakkında. Bu ziyaret sadece tartmak ve ölçmek için değil, senin için de var. Bebeğinle ya da kendinle ilgili içini kemiren bir şey varsa, tam zamanı: erken sormak işe yarar. Bir şeyi mi unuttun? Sonradan da arayabilirsin.

check-up-on-your-lap =
    .title = Muayenede güvenli yer senin kucağın
    .body = Bebeğin yakında tartılacak, muayene edilecek ya da aşı mı olacak? Olabildiğince senin kucağında kalıp kalamayacağını sor ve tanıdık bir oyuncak götür. Olanları sakince anlat: “Doktor kulağına bakıyor.” İtiraz ve gözyaşı olabilir. Sonra dışarı çıkmadan önce uzun bir sarılmaya ya da beslenmeye zaman ayır. Sakin bedenin şunu söyler: bu tuhaf, ama ben hemen buradayım.

back-to-normal-after-a-sick-week =
    .title = Hasta bir haftadan sonra adım adım normale
    .body = Bebeğin iyileşti ama hâlâ sana yapışık mı ve kötü mü uyuyor? Bu çoğu zaman birkaç gün sürer. Alışık olduğunuz düzene parça parça dön: önce tanıdık yatma saati, sonra gündüz uykuları, sonra gerisi. Bu arada bebeğinin istediği fazladan yakınlığı vermeye devam et. Bir hafta kadar sonra hâlâ eski hâline dönmedi mi? Aile hekimine ya da consultatiebureau’ya (çocuk sağlığı merkezine) danış.

song-from-your-own-childhood =
    .title = Sana çocukken söylenen şarkı
    .body = Küçükken sana hangi şarkı söylenirdi, hangi dilde olursa olsun? Bir büyükanneden, dededen ya da teyzeden onu bebeğine söylemesini ya da sana sözlerini öğretmesini iste; sonra onu belirli bir anın şarkısı yap, örneğin banyodan sonra. Ailenin içinden geçip gelmiş bir şarkı kendiliğinden sıcak çıkar. Sadece bir kıtasını mı biliyorsun? Bebeğin umursamaz: gerisini mırıldan.

party-quiet-room =
    .title = Kutlama sırasında sessiz bir oda
    .body = Bugün bir doğum günü ya da aile toplantısı mı var? Önceden sessiz bir oda ayarla, örneğin perdeleri yarı kapalı bir yatak odası. Gözlerini ovuşturmak, boşluğa bakmak, sana yapışmak ya da aşırı hareketlenmek gibi erken işaretlere dikkat et ve gözyaşları gelmeden bebeğinle on dakikalığına oraya geç. Sadece ikiniz, misafir yok. Sonra gürültüye geri dönmek çoğu zaman çok daha kolay olur.

first-birthday-looking-back =
    .title = Birlikte bir yıl: gerçekte nasıldı, anlat
    .body = İlk doğum günü civarında birçok ebeveyn geriye bakar. Gururun yanında zor bir doğumun, bir hastane yatışının ya da ağır ayların anıları da gelebilir. Bu normaldir. Bugün güvendiğin birine bu yılın senin için gerçekte nasıl geçtiğini, zor kısımlarıyla anlat. Birinin seni dinlemesi, yaşananları yerine oturtmaya yardım eder. Anılar sık sık geri mi geliyor ya da ağır mı basıyor? Aile hekiminle konuş.

the-walking-yet-question =
    .title = “Yürüyor mu artık?”
    .body = Kutlamalarda ve aile ziyaretlerinde karşılaştırma başlar: kim yürüyor, kim konuşuyor? Bugün hazır bir cümlen olsun: “Biz kendi hızımızda gidiyoruz.” Bir yaş civarında bebekler yürüme ve konuşmada aylarca farklı olabilir; bu normaldir. Bebeğinin kimseye yetişmesi gerekmez; olduğu gibi onun tadını çıkaran birine ihtiyacı var. Gerçek bir endişen mi var? Consultatiebureau’ya götür.

naps-at-family-gatherings =
    .title = Aile toplantısında uykuyu koru
    .body = Bir aile gününe, bir düğüne ya da Bayram veya Noel gibi bir kutlamaya mı gidiyorsunuz? Bebeğinin uykusunu plana kat: portatif yatağı ya da bebek arabasını yanına al, önceden sessiz bir oda iste ya da uyku saatinde yürüyüşe çık. Biraz erken ayrılmak da serbest. Dinlenmiş bir bebek aileden çok daha fazla keyif alır, sen de. Uyku yine de olmadı mı? Evde erken bir gece çoğu zaman bunu telafi eder.

shy-baby-roll-a-ball =
    .title = Çekingen bebek, kırgın akraba? Top yuvarlayın
    .body = Bebeğin büyükannesi, dedesi ya da teyzesi onu kucağa almak isteyince ağlıyor, o kişi de biraz kırılıyor mu? Ona uzaktan bir oyun ver: bir metre ötede yere otursun ve senin kucağında güvende oturan bebeğine bir top yuvarlasın. Topun geri gelip gelmeyeceğine bebeğin karar versin. Böylece akraba, bebeğinin temposunda gerçek bir rol alır. Bunun kişisel olmadığını da söyle: bu yaşta bu çok yaygındır.

petting-farm-from-your-arm =
    .title = Çocuk çiftliğinde, senin kucağından
    .body = Bugün çocuk çiftliğine mi gidiyorsunuz? Bebeğini kalçanda taşı, ne kadar yaklaşacağınızı onun bedeni söylesin. Öne eğilip parmakla göstermek ‘daha yakına!’ demektir; kaskatı kesilmek ya da yüzünü boynuna gömmek ‘bu kadarı yeter’. Gördüklerinizi adlandır: “Bir keçi. Meee!” Bebeğinin seçtiği mesafede kalırsan, büyük ve yeni bir şey korku değil macera olur. Sonraki ziyarette çoğu zaman daha cesurdur.

supermarket-point-and-hold =
    .title = Markette gösterdiği şeyi tutmasına izin ver
    .body = Bugün bebeğin alışveriş arabasının oturağında, alışverişe mi çıkıyorsunuz? Muzları ya da ekmeği gösterirse adını söyle ve bir an tutması için ona ver: “Muz. Biraz alalım mı?” Sonra arabaya bırakmasına izin ver. Böylece bebeğin kelimeyi, dokusunu ve ağırlığını aynı anda alır, kalabalık olabilen bir yerde de bir görevi olur. Sakin bir saatte bu, cumartesi kalabalığından daha kolay olur.

their-first-joke =
    .title = Bebeğinin ilk şakasına gül
    .body = Bebeğin sana bir oyuncak uzatıp tam almak üzereyken geri mi çekiyor, ya da başına bir bardak koyup sana mı bakıyor? Bu bir şaka, ilk şakalarından biri. Sen de gül, rolünü oyna (“Hey! Nereye gitti?”) ve bir daha yapmasına izin ver. Birlikte gülmek şunu söyler: seni görüyorum ve yaptığın şeyi seviyorum. Bir sonraki turdan hemen önceki o muzip bakışı kaçırma.

away-for-days-one-fixed-moment =
    .title = Birkaç gün uzakta mı? Sabit bir an koruyun
    .body = Ebeveynlerden biri ya da bir bakım veren iş ya da aile için birkaç günlüğüne mi gidiyor? Her gün aynı saatte kısa bir an belirleyin: kahvaltıda bir arama ya da tanıdık uyku şarkısıyla bir sesli mesaj. Evde bir fotoğrafı gösterip basitçe söyleyebilirsin: “İşte, üç uykudan sonra eve geliyor.” Bebeğin henüz günleri anlamaz, ama tanıdık ses ve ritüel bir bağı sürdürür. Kısa aramalar yeter.

home-after-days-away =
    .title = Günler sonra eve dönüş: bebeğin sana gelsin
    .body = Birkaç gün uzakta kaldıktan sonra döndün ve bebeğin yüzünü mü çeviriyor ya da evde kalana mı yapışıyor? Bu içini acıtabilir ama bu, ‘sen gitmiştin’ demenin olağan bir yoludur. Sarılmak için zorlama. Yakınına otur, sessizce katıl ve bu akşam banyo ya da uyku şarkısı gibi tanıdık bir ritüeli üstlen. Çoğu bebek birkaç saat ya da bir iki gün içinde ısınır; bazen ardından fazladan yapışkanlık gelir.

new-baby-coming-time-the-changes =
    .title = Yeni bir bebek mi geliyor? Değişiklikleri zamanla
    .body = Ailenize yeni bir bebek mi katılıyor? Büyük çocuğunu bekleyen değişikliklere bak: başka bir oda, kreşe başlamak, yeni bir yatak. Mümkünse bunları doğumdan birkaç ay önce yap ya da doğumdan epey sonraya bırak. Doğum sırasında küçüğünün kimin yanında kalacağına da şimdiden karar ver: tercihen onu iyi tanıyan biri. Aynı anda daha az değişiklik, yeni kardeşi karşılamayı kolaylaştırır.

pregnant-and-tired-floor-cuddles =
    .title = Yine hamile ve yorgun musun? Yerde sarılın
    .body = Yine hamilesin ve bir yaşındaki çocuğunu kaldırıp taşımak sana zor mu geliyor? Yakınlığı yere taşı: bir halının üstüne otur ve bebeğin kucağına tırmansın, ya da kanepede uzanıp küçüğün sana sokulmuşken kitap okuyun. Ağır kaldırma işlerini mümkün olduğunca başkasına bırak. Yakınlık, taşımak demek zorunda değil; bebeğin en çok senin yanında olmak ister.

first-steps-toward-open-arms =
    .title = İlk adımlar: yürüyeceği yer sen ol
    .body = Bebeğin mobilyalara tutunarak mı ilerliyor ya da ilk adımlarını mı deniyor? Bugün birkaç adım öteye diz çök, kollarını aç ve kanepe boyunca ya da boşluğun üstünden sana gelsin. Onu yakala, sevincini paylaş ve yeniden yola çıkmasına izin ver. Konacak birinin olduğunu bilmek, o sallantılı mesafeyi daha az korkutucu yapar. Henüz adım yok mu? Kanepenin ucunda varış noktası olmak da işe yarar.

holiday-explore-the-room-first =
    .title = Tatilde: önce yeni odayı birlikte keşfedin
    .body = Tatil yerine vardınız mı? Eşyaları açmadan önce bebeğinin uyuyacağı odada yere otur; sen sabit nokta olarak dururken o emekleyip odayı keşfetsin. Yatağı bebeğinin görebileceği yere kur ve bu akşam her zamanki uyku sözlerinizi kullan. Birlikte keşfedilmiş yabancı bir oda, ışıklar sönünce daha az yabancı gelir. İlk gece yine de huzursuz geçebilir; bu da yolculuğun parçası.

long-car-ride-breaks =
    .title = Uzun araba yolculuğu: oto koltuğu dışında molalar
    .body = Tatile ya da aileye uzun bir araba yolculuğu mu var? Yolculuğu bir uykuya denk getir ve birkaç saatte bir oto koltuğunun dışında mola ver: bir sarılma, bir şeyler içmek, bir örtünün üstünde biraz emeklemek. İki yetişkinseniz biri arkada bebeğin yanında oturabilir. Arabada ağlama sürerse, durup onu kucaklamak yola devam etmekten daha çok işe yarar.

another-carer-does-it-differently =
    .title = Başkası farklı mı yapıyor? Çoğu zaman sorun değil
    .body = Büyükanne, dede, partnerin ya da bakıcı bazı şeyleri senden farklı mı yapıyor: başka bir şarkı, başka türlü sallamak, daha geç bir ara öğün? Herkes sıcak ve güvenilir olduğu sürece bebekler farklı insanların farklı alışkanlıklarıyla iyi başa çıkar. Senin için gerçekten önemli birkaç şeyi, güvenli uyku ve teselli gibi, kararlaştırın; gerisini onlara bırak. Bu, birçok tartışmayı da önler.

teddy-gets-a-drink =
    .title = Ayıcık da susadı
    .body = Bugün bir bardak al ve oyuncak ayının ağzına götür: “Ayıcık susamış. Mmm, çok güzel!” Sonra bardağı bebeğine ver ve ne olacağına bak. Bu yaşlarda birçok bebek böyle küçük ‘mış gibi’ hareketleri taklit etmeye başlar. Gördüğünü söyle: “Ayıcığa su veriyorsun. Ne güzel.” Mış gibi yapmak, başkasının neye ihtiyacı olduğunu düşünmenin erken bir yoludur. Yarın belki ayıcık uykuludur.

first-shoes-shoes-on-we-go-out =
    .title = İlk ayakkabılar: “Ayakkabılar tamam, dışarı çıkıyoruz!”
    .body = Bebeğin birkaç adım atıyor ve dışarısı için ilk ayakkabılar gündemde mi? Giymeyi küçük bir ritüele çevir: bir ayakkabıyı bebeğin tutsun, ayağını birlikte içine sokun ve her seferinde aynı sözleri söyle: “Ayakkabılar tamam, dışarı çıkıyoruz!” Tanıdık sözler uğraştırıcı bir işi, bebeğinin dört gözle beklemeyi öğrendiği bir işarete çevirir. Evde çıplak ayak ya da kaydırmaz çorap kalabilir.

a-safe-yes-corner =
    .title = Her şeyin serbest olduğu bir yer
    .body = Bebeğin artık her şeye mi uzanıyor ve bütün gün ‘hayır’ diyor musun? Bugün bir odayı ya da köşeyi tamamen güvenli hâle getir: prizler kapalı, kırılacak şeyler uzakta, içinde tencereler ve tahta kaşıklar olan, boşaltılabilecek alçak bir dolap. Orada bebeğin özgürce keşfederken sen arkana yaslanıp izleyebilirsin. Güvenli bir yerde daha çok özgürlük, birbirinizin tadını çıkarmaya yer açar.

moving-house-cot-goes-up-first =
    .title = Taşınma: önce beşik kurulur
    .body = Yakında taşınıyor musunuz? Mümkünse taşınma gününün karmaşasını bebeğin iyi tanıdığı biriyle geçirsin. Yeni evde mutfaktan bile önce beşiği ve tanıdık eşyalarla bir köşeyi kur. Uyku ritüelini tam eskisi gibi sürdür. Yeni bir ev çok şeydir; aynı yatak, aynı şarkı ve yakınında olman orayı yuva yapar. Sonrasında birkaç huzursuz gece sık görülür.

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

hospital-stay-stay-close =
    .title = Hastanede yatış: olabildiğince yakın kal
    .body = Bebeğinin küçük bir ameliyat ya da bir hastalık için hastaneye yatması mı gerekiyor? Bir ebeveynin ya da bakım verenin gece gündüz kalıp kalamayacağını, narkozda ve uyanırken yanında olup olamayacağını sor. Tanıdık şeyler götür: kendi uyku tulumu, sevdiği bir kitap, her zamanki şarkınız. Yabancı bir yerde tanıdık bir insanın yanında olması büyük fark yaratır. Nöbetleşin ki sen de dinlenebil.

working-nights-one-moment-thats-yours =
    .title = Gece mi çalışıyorsun? Sana ait bir anı koru
    .body = Gece ya da vardiyalı mı çalışıyorsun ve bebeğin uyanıkken sık sık uyuyor musun? Günde her zaman sana ait olan bir an seç: vardiyadan sonra birlikte kahvaltı, banyo ya da uyumadan önce kısa bir yürüyüş. Düzenli olarak tekrarlandığı ve sen gerçekten orada olduğun sürece kısa olması sorun değil. Böylece bebeğin, birbirinizi pek göremediğiniz haftalarda bile o tanıdık anda sana güvenmeyi öğrenir.
