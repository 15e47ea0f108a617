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
