first-word-was-not-your-name =
    .title = Het eerste woordje was niet jouw naam?
    .body = Zei je kind als eerste “poes”, “auto” of de naam van een ander, en niet de jouwe? Dat kan even steken, en dat mag. Welk woord eerst komt, zegt niets over van wie je kind het meest houdt: vaak is het gewoon een makkelijke klank of iets wat je kind veel ziet. Reageer vandaag blij op elk woordje. Jouw naam komt ook, misschien net als je het niet verwacht.

cant-sing-say-the-rhyme =
    .title = Zingen is niks voor jou? Zeg het op
    .body = Voel je je ongemakkelijk bij zingen, of ken je geen kinderliedjes? Dan hoeft het niet. Zeg vandaag een kort versje op met veel ritme en tik de maat zacht mee op de knie van je kind. Of neurie een melodie. Voor je kind tellen ritme en jouw stem, niet of het mooi klinkt. Geen versje paraat? Verzin er een: “Jas aan, schoen erbij, naar buiten, jij en wij.”

reading-while-they-wander =
    .title = Loopt je kind weg bij het voorlezen?
    .body = Loopt je kind na één bladzijde alweer weg van het boekje? Lees vandaag gewoon verder, met het boek open op de grond. Veel peuters luisteren al rondlopend mee en komen terug voor een plaatje dat ze leuk vinden. Het boek hoeft niet uit en stilzitten hoeft niet: even samen kijken is ook voorlezen. Lang op schoot zitten komt bij veel kinderen pas later.

video-call-toddler-runs-off =
    .title = Beeldbellen met opa en oma, en je kind loopt weg
    .body = Willen opa en oma beeldbellen, maar loopt je kind na tien tellen weg? Neem de telefoon mee naar waar je kind speelt, zodat zij meekijken en reageren: “Wat bouw je daar?” Of laat je kind een knuffel of blokkentoren aan de camera tonen. Anders dan bij een filmpje reageert hier echt iemand op je kind. Vijf fijne minuten zijn genoeg.

at-your-limit-with-a-toddler =
    .title = Aan het eind van je Latijn? Neem een veilige pauze
    .body = Voel je dat je gaat ontploffen? Schud of sla je kind nooit. Zet het op een veilige plek, zoals de box, het bedje of een kamer zonder gevaren, en zeg: “Ik word even rustig. Ik kom zo terug.” Ga een paar minuten naar een andere ruimte, adem lang uit of bel iemand. Zo’n pauze is goede zorg, geen falen. Ga terug als je wat rustiger bent. Gebeurt het vaak? Vertel het bij het consultatiebureau.

pots-and-pans-band =
    .title = Een orkest van pannen en lepels
    .body = Zet vandaag een paar pannen ondersteboven op de grond en geef je kind een houten lepel. Trommel zelf een kort ritme, stop en wacht: nu je kind. Speel om de beurt, eens hard, eens heel zacht. Om de beurt geluid maken is een gesprek zonder woorden, en je kind merkt dat jij op zijn beurt wacht. Te veel herrie? Een kussen is een prima stille trommel.

book-brought-while-you-cook =
    .title = Een boekje, net nu je kookt
    .body = Komt je kind met een boekje terwijl je kookt? Zet je kind met het boek op de grond of op een krukje vlakbij, op veilige afstand van het fornuis, en laat je kind je de plaatjes aanwijzen. Zeg tussen het roeren door wat je ziet: “Een brandweerauto! Wat doet hij?” Zo merkt je kind dat het ertoe doet, ook nu je druk bent. Na het eten lees je het boek samen, op schoot.

not-enjoying-today-is-allowed =
    .title = Vandaag geniet je niet? Dat mag
    .body = Iedereen zegt dat je moet genieten, maar vandaag is het vooral zwaar en saai? Dat mag. Zeg het hardop tegen een volwassene die je vertrouwt: “Ik vind het vandaag pittig.” Zonder er meteen “maar ik hou zoveel van mijn kind” achteraan te plakken. Niet genieten betekent niet dat je het slecht doet. Morgen zit er vast weer een mooi moment tussen.

what-do-you-hear-listening =
    .title = Sst… wat hoor je?
    .body = Blijf vandaag buiten of bij het open raam even stilstaan, hand achter je oor, en fluister: “Sst… wat hoor je?” Wacht samen. Een vogel, een brommer, een blaffende hond: zeg wat het is en kijk samen waar het vandaan komt. Samen luisteren is samen ergens aandacht voor hebben, en je kind krijgt woorden bij geluiden. Morgen binnen: de wasmachine, de deurbel.

pointing-and-whining-give-the-word =
    .title = Wijst en roept je kind? Geef het woord erbij
    .body = Wijst je kind naar de beker op het aanrecht met “eh, eh!”? Geef het woord én de beker: “Water? Jij wilt water. Hier is je water.” Laat je kind het niet eerst zelf moeten zeggen. Zo merkt het dat vragen werkt, en hoort het precies het woord dat het zocht. Woorden komen doordat je kind ze vaak hoort op het goede moment, niet doordat het ze moet verdienen.

doesnt-look-up-when-you-call =
    .title = Kijkt je kind niet op als je roept?
    .body = Draait je kind zich vaak niet om als je roept, ook niet bij “koekje!”? Of brabbelt het minder sinds een flinke verkoudheid? Een peuter die opgaat in zijn spel, hoort je soms echt niet; dat is gewoon. Let er vandaag op: fluister iets leuks achter je kind, of zet zacht muziek aan. Komt geluid vaker niet aan? Vraag het consultatiebureau naar het gehoor. Samen praten begint bij goed horen.

video-just-before-bedtime =
    .title = Een filmpje vlak voor het slapen?
    .body = Kijkt je kind vlak voor bedtijd nog een filmpje, en duurt inslapen daarna lang, of is uitzetten elke avond strijd? Schuif het filmpje vandaag naar vóór het eten. Het laatste halfuur voor bed is dan voor jullie samen: bad, boekje, liedje op schoot. Na snelle beelden komen veel kinderen moeilijker tot rust; jouw stem helpt het lijf afschakelen. Niet elke avond gelukt? De meeste avonden tellen.

picture-book-in-your-own-words =
    .title = Een prentenboek in je eigen woorden
    .body = Is Nederlands niet jouw taal, of zijn er weinig boekjes in jouw taal? Je hoeft de tekst niet voor te lezen. Vertel vandaag bij de plaatjes in je eigen woorden en je eigen taal: “Kijk, de beer zoekt zijn mama.” Voor je kind tellen jouw stem en het verhaal tussen jullie. Vraag in de bibliotheek ook eens naar boeken in jouw taal.

low-mood-in-the-second-year =
    .title = Somber, ook nu je kind al ouder is?
    .body = Somberheid of angst kan ook later komen, bij elke ouder. Voel je je al twee weken of langer vooral grauw, prikkelbaar, angstig of leeg, en geniet je nergens meer echt van? Vertel het deze week aan je huisarts of het consultatiebureau. Het overkomt veel ouders en het is niemands schuld. Met steun wordt het meestal lichter; erom vragen is sterk.

their-name-not-only-for-no =
    .title = Hoort je kind zijn naam vooral bij “nee”?
    .body = “Sem, nee!” “Sem, niet aankomen!” Hoort je kind zijn naam vooral als er iets mis is? Dan gaat die naam al snel klinken als een waarschuwing. Zeg de naam vandaag vaak op een warme toon, zonder dat er iets moet: “Sem! Daar ben je.” “Sem, wat lach je lekker.” Zo hoort je kind dat zijn naam bij iets fijns hoort: bij zichzelf, zoals het is. Een waarschuwing mag, maar maak van de naam geen alarm.

a-weekly-hour-of-your-own =
    .title = Een vast uur per week dat van jou is
    .body = Plan vandaag een vast moment in de week dat alleen van jou is: sporten, zingen in een koor, een cursus, wandelen met een vriend. Spreek af wie er dan voor je kind zorgt, en zet het in de agenda als een afspraak. Iets om naar uit te kijken laadt je meer op dan gestolen minuutjes. En je kind heeft iets aan een ouder die ook iets van zichzelf heeft.

compare-with-three-months-ago =
    .title = Vergelijk met drie maanden geleden
    .body = Zag je vandaag een ander kind dat al meer zegt of kan, en begon het te knagen? Zoek vanavond een filmpje of foto van je eigen kind van drie maanden terug. Kijk wat er sindsdien bij is gekomen, en zeg het morgen tegen je kind: “Jij klimt nu zelf op de bank!” Elk kind groeit in een eigen tempo. Blijf je twijfelen? Vraag het bij het consultatiebureau.

your-language-out-loud-in-public =
    .title = Je eigen taal, ook in de speeltuin
    .body = Schakel je buiten de deur over op Nederlands, of ga je zachter praten, omdat je je bekeken voelt? Praat vandaag in de speeltuin en in de winkel gewoon je eigen taal met je kind, op je gewone toon. Zo hoort je kind dat jouw taal overal mag klinken, en klink jij als jezelf. Vraagt iemand ernaar? “Wij spreken thuis twee talen” is genoeg.

books-within-reach =
    .title = Boekjes binnen handbereik
    .body = Zet vandaag een paar stevige boekjes in een lage mand of op een lage plank, met de voorkant naar voren. Zo kan je kind zelf kiezen en er een naar je toe brengen als het zin heeft. Een boekje brengen wordt dan een uitnodiging: kom je bij mij zitten? Wissel elke week een paar boekjes. Kwetsbare flapjesboeken mogen hoger staan, voor samen.

your-own-postponed-appointment =
    .title = Die afspraak voor jezelf: maak hem vandaag
    .body = Schuif je sinds de komst van je kind je eigen bezoek aan de tandarts, huisarts of fysiotherapeut voor je uit? Bel vandaag voor die afspraak, en regel meteen wie er dan voor je kind zorgt. Pijn, slecht slapen of zorgen over je lijf kosten geduld, en dat geduld heeft je kind ook nodig. Voor jezelf zorgen is dus ook zorgen voor je kind.

every-animal-is-a-dog =
    .title = Elk dier is een hond? Zeg het goed terug
    .body = Noemt je kind elk beest met vier poten “hond”, of elke auto “bus”? Slim: je kind gebruikt wat het al weet. Zeg vandaag niet “nee, fout”, maar geef het goede woord erbij: “Ja, vier poten, net als een hond! Dit is een koe. Boe!” Zo blijft praten leuk, en hoort je kind het juiste woord precies op tijd. Goed terugzeggen werkt beter dan laten overdoen.

home-late-child-asleep =
    .title = Laat thuis en je kind slaapt al?
    .body = Was je vanavond pas thuis toen je kind al sliep? Kijk even om de hoek van de slaapkamer, en vertel het morgenochtend: “Ik kwam gisteravond nog naar je kijken. Je sliep heel diep.” Zo weet je kind dat je er was, ook toen het sliep. Af en toe het slapengaan missen breekt niets. Vaak te laat? Maak dan van het ontbijt jullie vaste moment.

toddler-asks-for-a-song =
    .title = Je kind vraagt om een liedje
    .body = Draait je kind met de handjes of klapt het, en kijkt het je vragend aan? Misschien vraagt het om een liedje. Raad hardop: “Wil je De wielen van de bus?” en zing het meteen. Teken er vandaag een paar liedkaartjes bij: een bus, een spin, een eend. Dan kan je kind aanwijzen wat het wil horen. Zo merkt het: ik kan iets vragen, en jij begrijpt me.

torn-page-mend-together =
    .title = Bladzijde gescheurd? Samen plakken
    .body = Heeft je kind een bladzijde uit een boekje gescheurd? Zeg rustig wat er gebeurd is: “Oei, de bladzijde is kapot. Die gaan we maken.” Pak plakband en laat je kind helpen: het stukje vasthouden, het plakband aandrukken. Zo leert je kind dat iets wat kapotgaat weer goed kan komen, en niet alleen bij boekjes. Dierbare boeken mogen even hoger staan.

threatened-to-leave-without-them =
    .title = “Ik ga zonder jou!” Neem het terug
    .body = Riep je in de speeltuin “Ik ga hoor, dan blijf je maar hier!”, en rende je kind in paniek naar je toe? Zo’n dreigement werkt snel, juist omdat je kind bang is jou kwijt te raken. Neem het vandaag terug: “Ik ging niet echt weg. Ik laat je nooit achter.” Kies voor de volgende keer een zin die wél klopt: “Ik kom je nu halen, en dan gaan we samen.” Zo wordt jouw weggaan nooit een straf.

say-thank-you-to-your-toddler =
    .title = Zeg jij eens dankjewel tegen je kind
    .body = Geeft je kind je een steentje, een blokje of je sleutels? Zeg vandaag gemeend “dankjewel!”, en vraag zelf met “wil je…?” en “alsjeblieft”. Vraag niet steeds “wat zeg je dan?”. Kinderen leren beleefdheid vooral van hoe er tegen hén gepraat wordt, en zo voelt je kind zich een echte gesprekspartner. Misschien hoor je straks vanzelf een klein “dankjewel” terug.

evening-scrolling-instead-of-sleep =
    .title = ’s Avonds nog eindeloos scrollen?
    .body = Slaapt je kind eindelijk, en scrol je daarna tot laat op je telefoon, omdat dat je enige moment voor jezelf is? Heel begrijpelijk. Leg vanavond je telefoon op een vaste tijd weg, buiten de slaapkamer, en doe nog één ding voor jezelf zonder scherm: een douche, een boek, thee. Van slaap wordt geduld gemaakt. Eén avond eerder naar bed is al winst.

family-photos-who-is-that =
    .title = Wie is dat? Foto’s van de familie
    .body = Pak vandaag foto’s van de familie erbij, of hang er een paar laag op de koelkast. Wijs en vertel: “Dat is oma, die woont ver weg. En kijk, dat ben ik, toen ik net zo klein was als jij!” Zo leert je kind wie er bij jullie horen, ook als ze ver weg wonen. Misschien brengt je kind je straks zelf het album: “Wie dat?”

saw-something-scary-on-a-screen =
    .title = Iets engs gezien op een scherm?
    .body = Zag je kind iets wat het bang maakte: het journaal, de film van een grote broer of zus, een filmpje dat anders liep dan je dacht? Dat gebeurt in elk gezin. Zet het rustig uit, neem je kind bij je en zeg wat het zag: “Dat was een harde knal. Daar schrok je van. Je bent bij mij.” Peuters kunnen echt en nep nog niet goed uit elkaar houden. Kijk het nieuws voortaan als je kind slaapt, of met oortjes.

your-voice-instead-of-the-speaker =
    .title = Jouw stem in plaats van de speaker
    .body = Klinken kinderliedjes bij jullie vaak uit een speaker of tablet? Zet ze vandaag één keer uit en zing een van die liedjes zelf, met je kind op schoot. Een speaker zingt gewoon door; jij kunt wachten, langzamer gaan, het stukje herhalen waar je kind om lacht, en je ziet het gezicht van je kind. Zo wordt een liedje iets van jullie samen. Mooi zingen hoeft niet.

restart-a-bad-morning =
    .title = Mislukte ochtend? Begin de dag opnieuw
    .body = Is het pas tien uur en ging alles al mis: gehuil, gemorste melk, een kort lontje bij jou? Druk vandaag op de resetknop. Ga samen tien minuten naar buiten, eet iets, zet muziek op en zeg hardop: “Kom, we beginnen opnieuw.” Om tien uur is een dag nog lang niet verloren, en je kind ziet dat een rommelig begin kan omslaan. Om vier uur nog een herstart nodig? Mag ook.

parenting-questions-at-the-clinic =
    .title = Opvoedvragen? Ook daarvoor is het consultatiebureau
    .body = Loop je vast met iets wat je kind doet, of met je eigen geduld? Het consultatiebureau is er niet alleen voor wegen, meten en prikken; je kunt er ook met vragen over opvoeden terecht, ook tussen de afspraken door. Schrijf vandaag op waar je mee zit en bel, of vraag het bij het volgende bezoek. Vragen is geen falen: samen kijken helpt vaak.

voice-messages-with-grandparents =
    .title = Spraakberichtjes heen en weer met opa of oma
    .body = Wonen opa en oma ver weg, misschien in een ander land? Vraag ze een kort spraakbericht te sturen met een liedje of versje in hun eigen taal. Luister het een paar keer samen met je kind. Neem dan samen een antwoord op: een woordje, een lach, een stukje liedje. Zo gaat er echt iets heen en weer, en hoort je kind de stemmen en de taal van de familie vaker.

notice-your-anger-building =
    .title = Voel je boosheid aankomen, vóór je ontploft
    .body = Merk je je boosheid vaak pas als je al geschreeuwd hebt? Let vandaag op wat je lijf vlak daarvoor doet: een warm hoofd, strakke kaken, een hardere stem. Kies een stopsignaal voor jezelf: handen op het aanrecht, één lange uitademing, in je hoofd “wacht”. Hoe eerder je het voelt aankomen, hoe meer ruimte je hebt om te kiezen. Toch uitgevallen? Goedmaken telt ook.

reading-side-by-side =
    .title = Samen lezen, ieder een eigen boek
    .body = Pak vandaag je eigen boek of tijdschrift en ga op de bank zitten, met een stapeltje boekjes voor je kind naast je. Ieder ‘leest’ even het eigen boek. Laat je kind je een plaatje zien, kijk dan echt op en reageer: “O, een olifant!” Daarna lees je verder. Kinderen doen graag na wat grote mensen fijn vinden, en jij leest een paar bladzijden. Duurt het maar twee minuten? Telt ook.

too-much-noise-for-you =
    .title = Word je gek van alle herrie?
    .body = Gillen, bonken, een speelgoedtoeter die niet ophoudt: word je aan het eind van de dag gek van het lawaai? Veel ouders worden daar prikkelbaar van; het zegt niets over je liefde. Zoek vandaag één rustiger kwartier: speel buiten, waar geluid wegwaait, leg het hardste piepspeelgoed even weg, of doe dempende oordopjes in waarmee je je kind nog goed hoort. Met rust in je hoofd heb je meer geduld.

two-languages-few-words-worry =
    .title = Twee talen thuis, en je kind zegt nog weinig?
    .body = Hoor je dat twee talen een kind in de war brengen of later laten praten? Dat klopt niet: als een kind weinig zegt, komt dat niet door twee talen. Stop dus niet met je eigen taal. Veel kinderen kennen het ene woord in de ene taal en een ander in de andere: tel ze samen. Vertel op het consultatiebureau welke talen jullie spreken en welke woorden je kind zegt. Zorgen? Vraag het gewoon.

library-story-time-on-your-lap =
    .title = Naar het voorleesmoment, op jouw schoot
    .body = Heeft de bibliotheek bij jou in de buurt een voorleesmoment voor peuters? Ga eens samen en neem je kind op schoot of naast je. Veel peuters kijken eerst alleen maar, vanaf die veilige plek. Loopt je kind rond of wil het na tien minuten weg? Prima, een volgende keer gaat het vaak beter. Zo wordt voorlezen iets wat je ook met andere kinderen doet, met jou dichtbij.

laugh-the-tension-away =
    .title = Gespannen middag? Doe eens gek
    .body = Hangt er een gespannen sfeer, met een dwarse peuter en een ouder met een kort lontje? Gooi het over een andere boeg: loop als een pinguïn naar de badkamer, praat met een piepstemmetje, laat een sok “hallo” zeggen. Samen lachen ontspant jouw lijf én dat van je kind, en doorbreekt vaak een vastgelopen moment. Is je kind echt verdrietig? Dan gaat troosten voor.

blamed-them-wrongly =
    .title = Je kind ten onrechte de schuld gegeven?
    .body = Dacht je dat je kind de beker had omgegooid of de plant had geplukt, en bleek het de hond, de grote zus of je eigen elleboog? Zeg het dan gewoon: “Ik dacht dat jij het deed, maar dat klopte niet. Sorry dat ik boos deed.” Zo’n zin kost niets en leert je kind veel: ook grote mensen vergissen zich, en goedmaken hoort erbij. Je wordt er als ouder niet kleiner van; jullie band wordt er sterker van.

mixing-two-languages =
    .title = Twee talen door elkaar? Heel gewoon
    .body = Zet je kind woorden uit twee talen in één zinnetje? Heel gewoon: je kind gebruikt het woord dat het als eerste vindt. Reageer vandaag op wát je kind bedoelt, in je eigen taal, en laat het niet eerst de ‘goede’ taal kiezen. Zo blijft praten iets wat lukt. Na verloop van tijd ontdekken de meeste kinderen vanzelf wie welke taal spreekt.

if-youre-happy-a-song-of-feelings =
    .title = Als je blij bent… een liedje vol gevoelens
    .body = Zing vandaag “Als je blij bent en je weet het, klap dan in je handen”, en voeg gevoelens toe: ben je boos, stamp dan met je voeten; ben je verdrietig, zeg dan “boehoe”; ben je bang, kruip dan tegen mij aan. Doe het groot voor, met je hele gezicht. Zo speelt je kind op een veilig moment met gevoelens, en krijgt het er woorden en gebaren bij. Verzint je kind zelf een couplet? Zing mee.

your-toddler-is-listening-in =
    .title = Je kind luistert mee
    .body = Vertel je aan de telefoon hoe lastig je kind vandaag was, terwijl het naast je speelt? Peuters begrijpen vaak veel meer dan ze kunnen zeggen. Bewaar de zware verhalen voor als je kind slaapt. Vertel nu, goed hoorbaar, iets wat lukte: “Weet je wat vandaag goed ging? De hele weg naar de bakker zelf gelopen!” Zo hoort je kind dat jij ziet wat het goed doet.

hearing-your-parents-in-your-voice =
    .title = Hoor je je eigen ouders in je stem?
    .body = Hoorde je jezelf iets zeggen wat je vader of moeder vroeger zei, en wat je nooit wilde zeggen? Dat overkomt veel ouders, vooral als ze moe zijn. Kies vanavond de zin die je de volgende keer wél wilt zeggen, en hang hem op een briefje op de koelkast: “Ik help je even” in plaats van “Schiet nou op!” Dan ligt hij klaar. Was je jeugd zwaar en drukt dat nu op je? Praat erover met je huisarts.

tell-each-other-what-went-well =
    .title = Vertel elkaar wat er goed ging
    .body = Zeggen jullie elkaar als ouders vooral wat beter kan: “Je vergat de luiers” of “Ze mocht toch geen koekje meer”? Vertel je partner of medeopvoeder vanavond één ding dat je vandaag goed zag gaan: “Wat bleef jij rustig bij die driftbui.” Gezien worden geeft moed, en ouders die elkaar steunen, geven een kind rust. Voed je alleen op? Vraag eens aan iemand die je goed kent wat die jou goed ziet doen.

looking-at-phone-photos-together =
    .title = Samen foto’s kijken op je telefoon
    .body = Staat je telefoon vol foto’s van het weekend? Ga vandaag samen zitten en blader langzaam door een paar foto’s: “Kijk, daar ben jij bij de geitjes. Wat deed die geit?” Laat je kind meewijzen en meevertellen, met een woord of een geluid. Samen terugkijken helpt je kind er een verhaal van te maken. Daarna gaat de telefoon weer weg.

a-book-about-their-big-interest =
    .title = Gek op graafmachines? Zoek er een boek over
    .body = Is je kind helemaal weg van graafmachines, paarden of vuilniswagens? Zoek in de bibliotheek een boek met echte foto’s daarvan en duik er samen in. Laat je kind vertellen en leer de woorden mee: de bak, de rupsband, de kraan. Meegaan in wat je kind boeit, zegt: wat jij mooi vindt, vind ik belangrijk. Voor je het weet ben jij ook een kenner.

a-promise-you-cannot-keep =
    .title = Een belofte die niet doorgaat
    .body = Had je beloofd na het slaapje naar de speeltuin te gaan, en kan het nu toch niet? Zeg het eerlijk en kort: “Ik had speeltuin gezegd. Het kan nu niet, en dat is jammer. Morgenochtend gaan we.” Laat de teleurstelling er mogen zijn, en ga morgen echt. Vertrouwen groeit niet doordat iets nooit tegenvalt, maar door eerlijk zijn en het goedmaken.

chatty-at-home-quiet-at-childcare =
    .title = Thuis aan het praten, op de opvang stil?
    .body = Zegt je kind thuis steeds meer in jouw taal, maar is het op de opvang vooral stil? Veel kinderen die een nieuwe taal leren, kijken en luisteren eerst een tijd voordat ze die zelf spreken. Vraag vandaag hoe je kind zich daar verstaanbaar maakt: wijzen, meezingen, meespelen? Blijf thuis gewoon je eigen taal spreken. Twijfel je? Bespreek het met het consultatiebureau.

watching-a-video-together =
    .title = Kijkt je kind een filmpje? Kijk dan mee
    .body = Zet je je kind weleens een kort filmpje op? Ga er vandaag naast zitten en kijk mee. Praat over wat je ziet: “De hond springt! Net als jij.” Spreek vooraf af: “Eén filmpje, dan gaat het uit”, en zet het samen uit met een zwaai: “Dag filmpje!” Samen kijken maakt er iets van jullie samen van, en een aangekondigd einde geeft minder strijd.

say-out-loud-how-you-handle-a-setback =
    .title = Zeg hardop hoe jij een tegenvaller oplost
    .body = Gaat er iets mis waar je kind bij is: de melk kookt over, de sleutel is zoek? Zeg hardop wat er in je gebeurt en wat je doet: “Oei, ik baal. Even diep ademen. Eerst in mijn jaszak kijken.” Je kind kijkt goed hoe grote mensen met tegenvallers omgaan, en krijgt zo woorden voor wat het zelf voelt én een manier om door te gaan. Ging het niet rustig? Zeg dat ook: “Dat was hard, hè. Nu gaat het weer.”

your-child-as-the-hero =
    .title = Je kind als held van het verhaal
    .body = Verzin vandaag een heel kort verhaal met je kind in de hoofdrol: “Er was eens een meisje dat Noor heette. Ze vond een grote plas. En wat deed ze? Plons!” Gebruik de naam van je kind, dingen die het kent en een goed einde. Een verhaal over jezelf is voor een peuter het spannendste wat er is, en het zegt: jij doet ertoe. Morgen nog een keer? Graag.

toddler-conducts-the-song =
    .title = Je kind is de dirigent
    .body = Zing vandaag een bekend liedje en maak van je kind de dirigent. Gaan de armen omhoog, dan zing je hard; omlaag, dan fluister je; zwaait je kind snel, dan zing je snel. Doe het eerst zelf een keer voor. Je kind merkt dat jij volgt wat het laat zien, en dat geeft een heerlijk gevoel van invloed. Daarna mag jij een keer dirigeren.

partner-seems-low-for-weeks =
    .title = Lijkt je partner al weken somber?
    .body = Is je partner of medeopvoeder al weken stil, prikkelbaar of somber? Zeg op een rustig moment zonder verwijt wat je ziet: “Je lijkt zo moe en down de laatste tijd. Hoe gaat het echt met je?” Bied aan om samen naar de huisarts te gaan. Somberheid overkomt veel ouders, moeders én vaders, en het is niemands schuld; hulp vragen is sterk. Zoek ook steun voor jezelf.

toddler-answers-in-dutch =
    .title = Je kind antwoordt in het Nederlands?
    .body = Praat jij je eigen taal, en antwoordt je kind steeds vaker in het Nederlands? Heel gewoon als het op de opvang veel Nederlands hoort. Blijf rustig je eigen taal spreken en zeg het woord terug in jouw taal, zonder het te laten overdoen. Maak je taal vooral leuk: liedjes, verhalen, bellen met familie. Dwang maakt een taal zwaar; plezier houdt hem levend.

others-cant-understand-your-child =
    .title = Verstaat een ander je kind niet? Vertaal even
    .body = Vertelt je kind iets aan oma of de buurvrouw, en kijkt die jou niet-begrijpend aan? Vertaal kort, en praat daarbij mét je kind in plaats van erover: “Je zegt dat de hond is weggelopen! Ja, hè.” Zo blijft praten iets wat lukt, en hoort de ander wat je kind bedoelt. Veel peuters zijn voor anderen nog lastig te verstaan; dat is gewoon. Maak je je zorgen over het praten? Vraag het consultatiebureau.

talk-to-yourself-like-a-friend =
    .title = Praat tegen jezelf zoals tegen een vriend
    .body = Denk je na een misser meteen “ik ben een slechte ouder”? Vraag je af wat je zou zeggen tegen een vriend die hetzelfde overkwam. Waarschijnlijk iets als: “Je was doodmoe, en je hebt het daarna goedgemaakt.” Zeg die zin vandaag tegen jezelf. Mild zijn voor jezelf is niet slap: het geeft energie om het goed te maken, en je kind leert van jou hoe je met fouten omgaat.

toddler-reads-to-you =
    .title = Laat je kind jou eens voorlezen
    .body = Zit je kind weleens in z’n eentje brabbelend een boekje te ‘lezen’? Draai vandaag de rollen om: je kind houdt het boek vast en ‘leest’ voor, aan jou of aan de knuffel, met klanken, woordjes en veel wijzen. Jij bent het publiek: “O! En toen?” Je kind laat zien wat het allemaal weet, en voorlezer zijn maakt trots. Het verhaal mag anders lopen dan in het boek.

let-the-other-parent-do-it-differently =
    .title = Laat de ander het anders doen
    .body = Neemt je partner of medeopvoeder het badje, het aankleden of het naar bed brengen over? Ga dan echt even weg, en verbeter niet, tenzij het onveilig is. Een andere manier is geen slechtere manier. Je kind bouwt met ieder een eigen band op, juist door die eigen stijl, en de ander groeit in zelfvertrouwen. En jij hebt tien minuten voor jezelf.

holiday-with-a-toddler-is-not-rest =
    .title = Op vakantie met een peuter: verwacht geen rust
    .body = Voelt je vakantie vooral als hetzelfde werk op een vreemde plek, met minder slaap? Heel gewoon met een peuter. Schroef je verwachtingen omlaag: een middag niks doen is ook vakantie. Spreek met je reisgenoten af dat ieder om beurten een ochtend uitslaapt of een uurtje alleen op pad gaat. Een vakantie met een peuter is geen rustkuur, en dat is goed genoeg.

long-car-trip-songs-and-stops =
    .title = Lange autorit? Liedjes, stops en naar buiten kijken
    .body = Een lange autorit voor de boeg? Plan stops om te rennen en te knuffelen, en neem een tasje mee met boekjes of speeltjes die je kind een tijdje niet zag. Zing onderweg samen, en speel “wat zie ik daar?”: een koe, een vrachtwagen, een brug. Zo wordt de rit iets wat jullie samen doen. Een filmpje voor een deel van de rit kan er ook bij.

a-story-from-your-childhood =
    .title = Vertel een verhaal van toen jij klein was
    .body = Vertel vandaag, zonder boek, een heel kort waargebeurd verhaal van toen jij klein was, in je eigen taal: “Toen ik klein was, hadden we een kip. Die liep een keer zomaar de keuken in!” Kijk je kind aan, gebruik je handen en je stem. Zo hoort je kind waar het vandaan komt. Vraagt je kind morgen weer om “de kip”? Dan heb je een klassieker.

threw-away-their-treasure =
    .title = Een schat van je kind weggegooid?
    .body = Gooide je een verfrommeld blaadje, een stokje of een kapot autootje weg, en is je kind ontroostbaar? Zeg niet “het is maar een stokje”, maar: “Dat was jouw mooie stok, en ik heb hem weggegooid. Sorry.” Haal hem terug als het kan, of zoek samen een nieuwe. Vraag voortaan eerst: “Mag dit weg, of is het een schat?” Zo merkt je kind dat zijn spullen er voor jou ook toe doen.

toddler-says-a-rude-word =
    .title = Zegt je kind ineens een lelijk woord?
    .body = Komt er ineens een vloek of scheldwoord uit dat kleine mondje, opgepikt op straat, op de opvang of gewoon thuis? Je kind weet nog niet wat het betekent, wel dat het woord iets doet. Reageer kalm en kort: “Dat is geen fijn woord. Zeg maar: potjandorie!” Grote schrik of hard lachen maakt het woord juist spannend. Zeg zelf vaker het grappige woord; vaak is het lelijke na een paar dagen vergeten.

read-it-wrong-on-purpose =
    .title = Lees het eens expres fout
    .body = Kent je kind een boekje goed? Zeg vandaag expres iets geks: “En de koe zegt… miauw!” Wacht even. Veel peuters roepen verontwaardigd “nee, boe!” en liggen dubbel. Doe maar verbaasd: “O ja? Wat zegt de koe dan?” Je kind mag het beter weten, en samen lachen om woorden is taal en band tegelijk. Wil je kind het vanavond juist precies zoals altijd? Ook prima.

sing-along-their-version =
    .title = Zingt je kind het liedje anders? Zing mee
    .body = Zingt je kind “Alle eendjes zwemmen in de… taart”, of brabbelt het een liedje met eigen woorden? Zing vandaag mee in de versie van je kind, en lach samen. Verbeteren hoeft niet: jij zingt het liedje vaak genoeg zoals het hoort, en zo leert je kind het vanzelf. Meezingen met die eigen versie zegt: jouw stem telt. Misschien wordt het jullie vaste variant.

a-week-alone-with-your-toddler =
    .title = Een week alleen met je kind? Leg de lat laag
    .body = Is je partner een week weg, voor werk of familie, en sta je er alleen voor? Leg de lat bewust laag: makkelijk eten, één uitje per dag, geen grote klussen. Vraag één iemand om één ding, zoals een keer koken of een ochtend oppassen. En ga zelf vroeg naar bed. Je kind heeft meer aan een rustige ouder dan aan een vol programma. Na zo’n week mag je trots zijn.

let-your-toddler-finish-talking =
    .title = Laat je kind uitpraten
    .body = Herhaalt je kind soms klanken of woordjes, “ik-ik-ik wil…”, of zoekt het lang naar een woord? Bij veel peuters gaan de gedachten dan sneller dan de mond. Wacht rustig, blijf je kind aankijken en maak de zin niet af. Zeg ook niet “praat eens rustig”. Zo voelt je kind dat er tijd is. Lijkt praten je kind moeite of spanning te kosten? Vraag het consultatiebureau.

clap-the-names =
    .title = Klap de namen van iedereen thuis
    .body = Klap vandaag samen de namen van iedereen in huis, op het ritme van de klanken: “O-ma”, twee klappen; “Mo-ham-med”, drie klappen. Daarna de knuffel, de poes, de buurvrouw. Je kind klapt misschien nog niet in de maat, en dat hoeft ook niet. Het gaat om samen spelen met klank en ritme, met de namen van mensen die het kent. Morgen klap je de naam van je kind zelf.

a-letter-at-two =
    .title = Bijna twee: schrijf je kind een briefje
    .body = Wordt je kind bijna twee? Schrijf vanavond een kort briefje om later samen te lezen: waar je kind nu om lacht, welke woordjes het zegt, wat er lastig was en wat jullie samen leerden. Niemand deed het twee jaar lang perfect, en dat hoefde ook niet. Je was er steeds weer, ook na de missers, en daar groeit een kind op. Berg het briefje goed op.
