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
