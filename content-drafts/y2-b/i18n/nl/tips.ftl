another-child-cries-yours-too =
    .title = Huilt een ander kind, en dan het jouwe ook?
    .body = Begint je kind te huilen zodra een ander kind huilt, in de speeltuin of bij vrienden? Jonge kinderen voelen andermans verdriet soms alsof het hun eigen verdriet is. Neem je kind bij je en zeg rustig: ‘Dat jongetje is verdrietig. Zijn vader troost hem. Jij bent hier bij mij.’ Zo merkt je kind dat het verdriet van een ander niet gevaarlijk is. Die gevoeligheid is een vroeg begin van meeleven.

bath-over-a-warm-towel-waiting =
    .title = Niet uit bad willen? Laat een handdoek wachten
    .body = Begint je kind te protesteren zodra het bad voorbij is? Geef het iets om naartoe te gaan: houd een warme handdoek wijd open, zeg ‘Kom maar in het handdoekennest!’ en wikkel je kind er stevig in, met een knuffel erbij. Stoppen met iets leuks gaat makkelijker als er daarna iets fijns wacht. Leg de handdoek vooraf even op de verwarming. En zolang je kind in het water zit, blijf jij erbij.

count-your-noes-change-the-room =
    .title = Tel je nee’s, en pas dan de kamer aan
    .body = Hoor je jezelf de hele dag ‘nee’ zeggen, tegen de plantenbak, de snoeren, de onderste la? Tel één ochtend hoe vaak je nee zegt, en waarvoor. Voor elk nee dat steeds terugkomt: verander de kamer in plaats van je kind. Zet het hoger of achter een deur. Je peuter krijgt meer ruimte om te ontdekken, en de nee’s die overblijven krijgen meer gewicht. Het is ook gewoon rustiger, voor jullie allebei.

scared-of-the-hand-dryer =
    .title = Bang voor de handdroger of het doortrekken?
    .body = Schrikt je kind in een openbaar toilet van de brullende handdroger of het harde doortrekken? Je hoeft er niet doorheen te duwen. Trek door als je kind al bij de deur staat, droog de handen met papier, of houd samen je handen over je oren: ‘Daar komt het lawaai… en klaar!’ Zo krijgt je kind grip op iets wat eerst alleen eng was. Een paar maanden later wil je kind vaak zelf op de knop drukken.

screaming-in-the-car-while-you-drive =
    .title = Krijst je kind in de auto terwijl jij rijdt?
    .body = Krijst of woelt je kind in het autostoeltje terwijl jij rijdt? Houd je ogen op de weg en praat rustig: ‘Ik hoor je. Je bent boos. Straks stop ik.’ Zing eventueel een bekend liedje. Stop zodra het veilig kan, op een parkeerplaats, en troost dan echt. Haal je kind onderweg nooit uit de gordels en reik niet naar achteren. Even huilen in een veilig stoeltje, met jouw stem erbij, is niet erg.

the-look-before-the-forbidden-thing =
    .title = Die blik vlak voor het verboden ding
    .body = Loopt je kind naar de plant die niet mag, en kijkt het eerst even naar jou, met een grijns? Dat is geen brutaliteit maar een vraag: geldt het nog? Antwoord op die blik, voordat de handjes in de aarde zitten: ‘Ik zie je kijken. De aarde blijft in de pot.’ Zeg het vriendelijk en net als gisteren. Een grens die elke keer hetzelfde klinkt, geeft houvast. En die grijns mag je best grappig vinden.

say-what-they-can-do =
    .title = Zeg wat wél mag
    .body = Gooit je kind vandaag met blokken, of trommelt het met een lepel op het raam? Zeg eens niet wat niet mag, maar wat wel: ‘Blokken blijven op de grond. Gooien mag met de zachte bal.’ Of: ‘Trommelen doen we op de pan.’ In ‘niet gooien’ hoort een peuter vooral ‘gooien’. Een zin die laat zien wat wel kan, geeft de drang een plek om naartoe te gaan. Wijs erbij terwijl je het zegt; dat helpt ook.

just-a-moment-then-really-come =
    .title = ‘Even wachten’, en dan echt komen
    .body = Trekt je kind aan je broek terwijl je een zin afmaakt of de was uit de machine haalt? Oefen met korte wachtjes die je waarmaakt: ‘Nog twee sokken, dan kom ik.’ En kom dan ook echt, meteen. Wachten kan een jong kind nog nauwelijks, en het leert het pas als ‘even’ steeds echt kort blijkt te zijn. Begin met een paar tellen. Toch tranen? Dat is geen mislukking; je kind is nog aan het leren.

let-the-game-wait =
    .title = Laat het spel wachten
    .body = Moet je kind stoppen met spelen omdat het eten klaar is, en komt er protest? Laat het spel niet verdwijnen maar wachten. De trein blijft op het spoor staan, de beer krijgt een plekje op de stoel naast je kind: ‘De trein wacht hier. Na het eten rijdt hij verder.’ Loslaten gaat makkelijker als je kind weet dat het spel er straks nog is. En wie weet eet de beer gezellig mee.

dog-owner-says-come-and-stroke =
    .title = ‘Hij doet niks, kom maar aaien!’
    .body = Komt er op straat een hond op jullie af, en zegt de baas vrolijk dat je kind mag aaien, terwijl het zich aan je vastklampt? Jullie bepalen het tempo, niet de hondenbaas. Til je kind op of ga ervoor staan: ‘We kijken eerst van hieruit.’ Benoem wat jullie zien: ‘Hij kwispelt. Hij snuffelt aan de boom.’ Zo voelt je kind dat jij het beschermt. Aaien komt later wel, als je kind dat zelf wil.

hand-or-carry-in-the-car-park =
    .title = Op de parkeerplaats: hand of arm
    .body = Rent je kind sinds kort overal vandoor, ook op de parkeerplaats of langs de stoeprand? Maak er een vaste regel van, die je elke keer hetzelfde zegt: ‘Bij auto’s: hand of arm. Jij kiest.’ Geen hand? Dan draag je je kind, zonder discussie en zonder boosheid. Een korte regel die nooit verandert, is voor een peuter duidelijker dan uitleg over gevaar. Op het gras mag er daarna weer gerend worden.

play-with-no =
    .title = Speel eens met ‘nee!’
    .body = Heeft je kind het woord ‘nee!’ ontdekt, en zegt het dat nu overal tegen? Dat is oefenen met een eigen wil, en je kunt er ook mee spelen. Wijs naar je knie: ‘Is dit je neus?’ ‘Nee!’ Wijs naar je elleboog: ‘Is dít je neus?’ ‘Nee!’ Doe steeds verbaasder. Zo mag je kind met veel plezier nee zeggen, en merkt het dat een nee bij jou veilig is. Dat maakt de nee’s die niet kunnen soms ook iets lichter.

after-their-no-wait-a-moment =
    .title = Na een ‘nee’ even wachten
    .body = Bied je je kind een boekje of je hand aan, en klinkt er meteen ‘nee!’? Zeg ‘Oké’ en laat het boekje gewoon liggen. Een peuternee is vaak eerst een reflex: ik wil zelf beslissen. Met een halve minuut ruimte pakt je kind het boekje niet zelden alsnog, maar nu als eigen keus. Dring niet aan, en zeg er niets van als het toch gebeurt. Zo blijft het nee van je kind iets wat meetelt.

stranger-asks-your-child-something =
    .title = Als een onbekende je kind iets vraagt
    .body = Vraagt de caissière of een buurvrouw hoe je kind heet, en duikt je kind weg achter je been? Geef dan luchtig zelf antwoord: ‘Dit is Sam. Ze kijkt eerst even rustig naar je.’ Zo hoeft je kind niet te presteren, en hoort het dat kijken mag. Zeg liever niet ‘Doe niet zo verlegen’: dat maakt het moment alleen groter. Thuis kun je later winkeltje spelen; dan oefent je kind ‘hallo’ in het klein.

you-pressed-the-button-first =
    .title = Jij drukte op de knop, en nu is het drama
    .body = Drukte je uit gewoonte zelf op de liftknop of de deurbel, en is je kind ontroostbaar omdat het dat zelf wilde doen? Voor een peuter is dat echt een verlies. Zeg: ‘Oei, jij wilde drukken. Ik was te snel.’ Kan het nog over? Stap uit de lift en doe het samen opnieuw. Kan het niet, dan is erkennen genoeg. Een ouder die zegt ‘dat ging mis’, laat zien dat je dingen weer goed kunt maken.

child-hits-you-when-cross =
    .title = Slaat je kind jou als het boos is?
    .body = Krijgt je kind een nee, en slaat het jou dan? Houd je hand ertussen en zeg kort: ‘Mij slaan mag niet.’ Laat daarna zien waar die boosheid wél heen mag: stampen als een olifant, zo hard mogelijk tegen jouw handpalmen duwen, op een kussen slaan. ‘Stamp maar, zó boos ben je!’ Een peuter voelt boosheid in zijn hele lijf, en die kracht moet ergens heen. Stamp zelf mee; vaak eindigt het in een lach.

your-child-bites-another-child =
    .title = Je kind bijt een ander kind: niet terugbijten
    .body = Bijt je kind een vriendje of nichtje, waar jij bij bent? Adem uit en zeg kort en rustig: ‘Stop. Bijten doet pijn.’ Neem je kind dan even bij je, weg van het spel, tot jullie allebei wat rustiger zijn. Hoor je ‘Bijt maar terug, dan voelt hij hoe het is’? Doe het niet: zo leert je kind vooral dat groten pijn mogen doen. Bijten komt bij peuters veel voor, vaak uit onmacht, en zegt niets over jou.

your-child-got-bitten =
    .title = Je kind is gebeten
    .body = Is je kind door een ander kind gebeten? Troost eerst en zeg wat er gebeurde: ‘Die jongen beet in je arm. Dat deed pijn en je schrok.’ Spoel de plek met water en koel hem met een nat washandje. Houd je boosheid op het andere kind of de ouder even bij je; dat kind is ook nog klein. Is de huid kapot, of wordt de plek later rood, warm of dik? Neem dan contact op met de huisarts.

tantrum-at-the-checkout =
    .title = Een driftbui bij de kassa
    .body = Ligt je kind bij de kassa krijsend op de grond omdat het snoep wil? Kijk naar je kind, niet naar de rij. Hurk erbij, zeg één zin, ‘Je wilt het zo graag. Het blijft nee.’, en blijf. Lukken afrekenen en troosten niet tegelijk? Laat de kar even staan en ga met je kind naar buiten tot de storm gaat liggen. Volgende keer helpt het om na een hapje en een slaapje te gaan, of bij een kassa zonder snoep.

tantrum-on-the-floor-make-it-safe =
    .title = Spartelt je kind op de grond? Maak de plek veilig
    .body = Gooit je kind zich tijdens een driftbui op de grond, schoppend, soms met het hoofd tegen de vloer? Je hoeft de bui niet te stoppen; zorg dat hij veilig kan uitrazen. Schuif de stoel weg, leg een kussen onder het hoofd, blijf dichtbij en rustig. Veiligheid komt eerst, ook midden in een storm. Bonkt je kind vaak hard met het hoofd, of maak je je zorgen? Bespreek het met het consultatiebureau.

after-the-storm-comfort-not-a-lesson =
    .title = Na de bui: troost, geen les
    .body = Is de driftbui voorbij, en zit je kind snikkend, bezweet en doodmoe? Zo’n bui kost een klein lijf veel. Zorg eerst voor dat lijf: een slokje water, een koel washandje over het gezicht, even tegen je aan op de bank. Een les over wat er misging komt nu niet binnen. Je kind merkt: ook na de grootste storm zorgt er iemand voor me. Ga daarna gewoon samen verder met iets kleins.

front-door-give-them-a-job =
    .title = Gedoe bij de voordeur? Geef een taak mee
    .body = Zet je kind elke ochtend bij de voordeur de hakken in het zand, terwijl jij al laat bent? Geef de tocht naar buiten een doel dat van je kind is: de sleutel dragen, de brief op de post doen, zwaaien naar de kat van de buren. ‘Jij hebt de sleutel. Doe jij de deur open?’ Met een taak wordt meegesleurd worden meedoen. Lukt het vandaag niet? Til je kind rustig op. Morgen weer een kans.

climbing-into-the-car-seat-themselves =
    .title = Zelf in het autostoeltje klimmen
    .body = Maakt je peuter zich stijf zodra je het in het autostoeltje wilt tillen? Laat je kind zelf instappen: via de deur op de achterbank, en dan zelf in het stoeltje klimmen. ‘Jij klimt, ik doe de klik.’ Wie zelf mag, hoeft minder te vechten. Het kost een paar minuten extra; plan die in. De gordels sluit jij altijd zelf, goed strak, en je rijdt pas weg als alles vastzit.

a-tantrum-is-not-a-plan =
    .title = Een driftbui is geen plan
    .body = Denk je midden in een driftbui weleens: mijn kind doet dit om mij te pesten? Vervang die gedachte vandaag door: het is mijn kind even te veel. Het deel van de hersenen dat gevoelens afremt, groeit bij peuters nog volop; een driftbui is een overloop, geen strategie. Met die gedachte blijf je makkelijker rustig, en jouw rust helpt die rem juist groeien. Begrip tonen is iets anders dan toegeven.

pushed-away-mid-tantrum =
    .title = Duwt je kind je weg tijdens een bui?
    .body = Wil je kind tijdens een driftbui niet aangeraakt worden, en duwt of schopt het je weg? Respecteer dat, maar ga niet weg. Doe een stap terug, ga op ooghoogte zitten en zeg: ‘Ik blijf hier. Wil je een knuffel, dan ben ik er.’ Het ene kind wil stevig vastgehouden worden, het andere juist wat ruimte; zo ontdek je wat het jouwe nodig heeft. Vaak kruipt je kind na een tijdje vanzelf naar je toe.

told-to-ignore-tantrums =
    .title = ‘Die buien moet je gewoon negeren’
    .body = Krijg je van familie of op internet het advies om driftbuien te negeren en weg te lopen? Je kunt je grens vasthouden zonder je kind alleen te laten met een gevoel dat nog te groot is. Blijf in de buurt, zeg weinig, en geef niet toe. Zo leert je kind: mijn boosheid verandert de regel niet, maar ik sta er niet alleen voor. Voor wie ernaar vraagt: ‘Ik geef niet toe. Ik blijf alleen dichtbij.’

a-week-of-tantrum-notes =
    .title = Een week lang de buien opschrijven
    .body = Lijken de driftbuien uit het niets te komen? Schrijf een week lang kort op wanneer ze komen: hoe laat, waar, en wat er vlak ervoor gebeurde. Vaak zie je dan een patroon: vlak voor het eten, na een drukke ochtend, bij elke overgang. Daar kun je iets mee, zoals een hapje in je tas of een rustigere ochtend. Niet elke bui is te voorkomen, en dat hoeft ook niet.

bit-someone-at-childcare =
    .title = ‘Je kind heeft vandaag gebeten’
    .body = Hoor je bij het ophalen dat je kind op de opvang een ander kind heeft gebeten? Straf thuis niet na: uren later snapt een peuter niet meer waar het over gaat. Vraag liever wat er vlak ervoor gebeurde: drukte, een afgepakt speeltje, moeheid? Spreek af hoe jullie allebei reageren, met dezelfde korte woorden. Eén aanpak, thuis en daar, helpt je kind het meest. Meestal is het een fase die overgaat.

sad-about-the-lost-balloon =
    .title = Verdriet om een weggevlogen ballon
    .body = Vliegt de ballon weg, of valt het ijsje op de grond, en is je kind diep verdrietig? Zeg wat je ziet: ‘Je ballon is weg. Daar ben je verdrietig om.’ Kijk hem samen na. Je hoeft het verdriet niet meteen op te lossen met een nieuwe ballon of een ander ijsje; mag het er even zijn, dan zakt het vaak vanzelf. Zo leert je kind dat verdriet een gevoel is waar iemand bij blijft.

everything-is-mine =
    .title = ‘Van mij!’ Ineens is alles van je kind
    .body = Roept je kind de hele dag ‘mijn!’, bij de eigen beker, maar ook bij jouw telefoon en de emmer van een ander kind? Zo ontdekt je kind dat het een eigen persoon is, met eigen spullen. Zeg vandaag rustig van wie iets is: ‘Ja, die beker is van jou. De telefoon is van mij. De emmer is van Sem.’ Zonder preek over delen. Wie weet dat zijn eigen spullen veilig zijn, kan later makkelijker iets uitlenen.

no-question-when-no-choice =
    .title = Geen vraag als er niets te kiezen is
    .body = Hoor je jezelf vragen ‘Zullen we je jas aandoen?’ of ‘Gaan we naar bed?’, terwijl het antwoord al vaststaat? Dan is ‘nee!’ een eerlijk antwoord. Zeg het vandaag als vriendelijke mededeling: ‘Het is tijd voor je jas.’ Bewaar vragen voor momenten waarop je kind echt iets te zeggen heeft. Zo wordt duidelijk wanneer de stem van je kind telt, en dat is vaak genoeg.

decide-before-you-say-no =
    .title = Eerst beslissen, dan pas nee zeggen
    .body = Zeg je weleens nee, en na tien minuten zeuren toch ja? Dan leert je kind vooral dat zeuren werkt, en wordt elke volgende nee een langere strijd. Neem vandaag even een tel voordat je antwoordt: is dit echt een nee? Zo ja, houd het vriendelijk vol. Zou je toch toegeven, zeg dan meteen ja. Een paar nee’s die blijven staan geven een kind meer duidelijkheid dan veel nee’s die wankelen.

say-it-once-then-help =
    .title = Eén keer zeggen, dan helpen
    .body = Roep je voor de vijfde keer ‘Handen wassen!’, steeds harder, terwijl je kind gewoon doorspeelt? Een peuter die helemaal opgaat in zijn spel, hoort je vaak echt niet. Zeg het één keer, dichtbij en op ooghoogte, en ga dan meteen helpen: ‘Kom, ik help je handen.’ Rustig doen is duidelijker dan steeds harder praten. En je spaart je stem voor leukere dingen.

playdate-put-the-favourites-away =
    .title = Komt er een vriendje? Berg de lievelingen op
    .body = Komt er vandaag een ander kind spelen? Kies vooraf samen met je kind één of twee dingen die te bijzonder zijn om te delen, zoals de lievelingsknuffel, en berg die op. Delen kan een peuter nog nauwelijks, en dat is normaal: eerst komt het ontdekken van ‘van mij’. Zo hoeft je kind niet het hele bezoek zijn schat te bewaken. Leg wel genoeg speelgoed klaar voor twee.

taking-turns-first-with-you =
    .title = Om de beurt, eerst met jou
    .body = Samen spelen met andere kinderen is voor een peuter nog lastig. Oefen ‘om de beurt’ daarom eerst met jou, waar het veilig voelt: rol een bal heen en weer en zeg ‘Mijn beurt… jouw beurt!’, of leg om de beurt een blok op de toren. Houd de beurten kort, want wachten is zwaar. Bij jou leert je kind dat een beurt weggeven niet betekent dat je hem kwijt bent: hij komt terug.

your-child-snatches-a-toy =
    .title = Je kind grist een speeltje af
    .body = Pakt je kind een speeltje af van een ander kind? Ga erbij zitten en geef het samen terug: ‘Mila had de auto. We geven hem terug.’ Blijf daarna bij je eigen kind, want dat is nu teleurgesteld: ‘Je wilde die auto zo graag.’ Zoek samen iets anders, of vraag of je kind straks een beurt mag. Zo zorg je voor allebei de kinderen, en hoeft je kind zich niet ‘de stoute’ te voelen.

waiting-in-a-queue-game =
    .title = Wachten in de rij? Doe een spelletje
    .body = Sta je met je kind in de rij bij de bakker, het postkantoor of de apotheek? Voor een peuter duren een paar minuten eindeloos. Wacht daarom samen: ‘Zie jij iets roods?’, of doe een vingerspelletje op je hand. Je kind hoeft het wachten niet alleen op te brengen; met jou erbij lukt het beter. Leert het daar ook wachten van? Beetje bij beetje, ja.

let-them-make-the-ending =
    .title = Laat je kind het einde maken
    .body = Moet het spelen met water stoppen, bij het badje in de tuin, het aanrecht of de waterpomp in het park? Geef je kind het laatste stapje in handen: de laatste emmer over de planten gieten, zelf de kraan dichtdraaien, de eendjes in het mandje doen. ‘Jij mag het afmaken.’ Wie het einde zelf maakt, hoeft het minder te bevechten. Toch protest? Dat mag, en het einde blijft.

me-do-it-but-running-late =
    .title = ‘Zelf doen!’, maar je bent al laat
    .body = Wil je kind zelf de schoenen aandoen, precies op de ochtend dat je haast hebt? Maak twee soorten dagen. Op rustige dagen plan je tien minuten extra, zodat je kind mag proberen en het mag duren. Op haastdagen zeg je het eerlijk: ‘Vandaag help ik, want we moeten snel. Morgen doe jij het.’ Houd je dan ook aan dat morgen. Zo krijgt de eigen wil ruimte, zonder dat elke ochtend een strijd wordt.

sit-down-strike-on-the-pavement =
    .title = Zitstaking op de stoep? Trek niet aan het armpje
    .body = Laat je kind zich onderweg op de stoep zakken en wil het geen stap meer zetten? Trek het dan niet aan één hand of arm omhoog of mee: bij jonge kinderen kan een elleboog zo uit de kom schieten. Hurk erbij en zeg wat je ziet: ‘Je wilt niet verder, hè.’ Til je kind zo nodig op, met je handen onder de oksels. Vlak bij de weg? Meteen optillen. Gebruikt je kind daarna een arm niet meer? Bel de huisarts.

swapping-in-the-sandpit =
    .title = Ruilen in de zandbak
    .body = Wil je kind in de zandbak per se het schepje van een ander kind? In plaats van ‘even delen’ kun je ruilen leren: geef je kind iets anders in handen en zeg: ‘Vraag maar: ruilen?’ Zegt het andere kind nee, dan is dat ook een antwoord, en blijf je bij je kind in de teleurstelling. Ruilen snapt een peuter beter dan delen: je geeft iets en krijgt iets. Neem een extra schepje mee om te ruilen.

everyone-laughs-except-your-child =
    .title = Iedereen lacht, behalve je kind
    .body = Valt je kind om met een grappig gezicht, of zegt het iets schattigs, en lacht de hele familie terwijl het lipje van je kind gaat trillen? Uitgelachen worden kan voor een peuter voelen als afgewezen worden, ook als het lief bedoeld is. Ga erbij en zeg: ‘Iedereen lachte. Dat vond jij niet fijn, hè.’ Tegen de rest: ‘Daar schrokken we van.’ Zo voelt je kind dat jij aan zijn kant staat.

waiting-for-the-swing =
    .title = Wachten bij de schommel
    .body = Is de schommel bezet, en wil je kind er nú op? Wacht samen, dicht naast elkaar, en maak het wachten zichtbaar: ‘Dat meisje schommelt nog. We tellen mee: één, twee…’ Vraag de andere ouder: ‘Nog tien keer duwen, en dan wisselen?’ Wachten met iets om naar te kijken en een einde in zicht is voor een peuter net te doen. En duurt het toch te lang? De glijbaan is ook leuk.

carried-in-a-crowd =
    .title = Wil je kind in de drukte gedragen worden?
    .body = Loopt je kind thuis overal zelf, maar wil het op de markt, op het station of op een feest ineens alleen nog op je arm? Til het op. Drukte, veel benen en harde geluiden zijn op peuterhoogte een stuk enger dan op de jouwe. Vanaf je heup ziet je kind alles, met jou als veilige plek. Dat is geen stap terug; als het rustiger wordt, willen de meeste kinderen vanzelf weer naar beneden.

words-instead-of-a-push =
    .title = Woorden in plaats van een duw
    .body = Duwt je kind een ander kind weg bij de glijbaan of de zandtafel? Ga ernaast staan, houd de duwende hand vast, en geef je kind de woorden die het nog mist: ‘Jij wilt ook. Zeg maar: “Ik ook!”’ Of: ‘Zeg: “Stop!”’ Oefen het zinnetje samen. Een duw is vaak een zin die er nog niet uit kan. Hoe meer woorden je kind krijgt, hoe minder de handen hoeven te zeggen. Dat duurt maanden; blijf herhalen.

no-forced-sorry =
    .title = Geen afgedwongen ‘sorry’
    .body = Heeft je kind een ander kind pijn gedaan, en kijkt de andere ouder je verwachtingsvol aan? Dwing je kind niet tot ‘sorry’: een peuter zegt het woord dan wel, maar voelt er weinig bij. Zeg het liever zelf, hardop, tegen het andere kind: ‘Sorry, dat deed pijn. Zal ik over je arm aaien?’ Je kind ziet zo hoe goedmaken eruitziet. Vaak doet het je later vanzelf na, met een aai of een speeltje.

child-says-a-feeling-word =
    .title = Zegt je kind zelf ‘boos!’?
    .body = Hoor je je kind ineens zelf een gevoelswoord zeggen, ‘boos!’ of ‘bang’, misschien nog half verstaanbaar? Dat is een grote stap: het gevoel wordt een woord in plaats van alleen een schreeuw. Neem het serieus en vraag door: ‘Je bent boos. Waarom?’ Wijst je kind iets aan, zeg dan wat je begrijpt. Een woord in jullie thuistaal telt net zo goed. Je kind merkt: als ik het zeg, luistert er iemand.

scared-of-a-costumed-figure =
    .title = Een clown of mascotte op komst? Vertel het vooraf
    .body = Gaan jullie naar een feest, optocht of pretpark waar een clown, een mascotte of andere verklede figuren rondlopen? Veel peuters schrikken van een groot figuur met een gezicht dat nooit verandert. Vertel het vooraf in een paar woorden: ‘Er komt een clown, met een rode neus. Daarin zit gewoon een mens.’ En beloof: ‘Vind je het eng, dan lopen we samen weg.’ Houd je daaraan. Dichterbij hoeft niet.

too-high-at-the-top-of-the-slide =
    .title = Boven op de glijbaan durft je kind ineens niet
    .body = Wilde je kind per se van de grote glijbaan, en staat het boven ineens te huilen? Terug naar beneden klimmen is ook een keuze, geen mislukking. Ga dichtbij staan of klim erachteraan en zeg: ‘Je wilde het, en nu voelt het te hoog. Dan gaan we terug.’ Help je kind veilig naar beneden, zonder te duwen of over te halen. Een kind dat terug mag, durft de volgende keer vaak net iets meer.

teach-the-word-help =
    .title = Leer je kind ‘help!’ zeggen
    .body = Gilt je kind van frustratie als het deksel niet van het bakje gaat of de sok niet aan wil? Geef het een woord en een gebaar om hulp te vragen: ‘Zeg maar: help!’ en steek samen je handen uit. Reageer dan meteen en help net een klein beetje. Zo wordt gillen langzaam een vraag. Je kind leert: als iets niet lukt, mag ik iemand erbij halen. Ook dat is zelfstandig worden.

dont-redo-their-job =
    .title = Doe het niet over
    .body = Heeft je kind zelf de tafel ‘gedekt’ of de schoenen aangedaan, maar anders dan jij zou doen? Laat het zo, ook met de lepel aan de verkeerde kant of de schoenen verkeerd om. Wie het waar je kind bij is verbetert, zegt zonder woorden: het was niet goed. Moet er echt iets anders, doe het dan later, uit het zicht. Kijk liever naar de trots op dat gezicht; die is meer waard dan een rechte tafel.

picked-blue-now-wants-red =
    .title = Koos de blauwe beker, wil nu de rode
    .body = Mocht je kind kiezen, koos het de blauwe beker, en is het nu in tranen omdat het toch de rode wil? Peuters ontdekken net dat kiezen ook betekent dat je het andere niet krijgt. Blijf vriendelijk bij de keus: ‘Je koos blauw. Nu wil je rood. Dat is balen.’ Je hoeft niet te ruilen, en ook niet boos te worden. Leren omgaan met teleurstelling, met iemand ernaast, is precies wat je kind nu oefent.

name-their-pride =
    .title = Benoem de trots van je kind
    .body = Lukt het je kind iets, en kijkt het stralend naar je om? Zeg eens niet ‘Goed zo!’, maar benoem wat je kind zelf voelt: ‘Je bent trots, hè! Je deed het helemaal zelf.’ Laat je kind nagenieten zonder er meteen iets aan toe te voegen. Zo leert je kind dat trots een gevoel van binnen is, niet alleen een compliment van buiten. Dat gevoel kan het later ook vinden als niemand kijkt.

name-the-happy-feelings-too =
    .title = Benoem ook de blije gevoelens
    .body = Gevoelens benoemen doen we vaak bij boosheid of verdriet. Let vandaag ook op de fijne: ‘Je springt op en neer! Je bent zo blij dat opa er is.’ Of: ‘Je bent helemaal rustig, zo lekker in bad.’ Een kind dat ook woorden krijgt voor blij, opgewonden en tevreden, leert dat alle gevoelens gezien worden, niet alleen de lastige. Mooi extraatje: jij ziet zelf ook meer van wat er goed gaat.

new-toddler-group-arrive-early =
    .title = Een nieuwe peutergroep? Kom wat eerder
    .body = Gaan jullie naar een nieuwe plek met andere peuters, zoals peuterzwemmen, een muziekgroepje of een speelochtend? Kom tien minuten eerder, als het nog stil en leeg is. Dan kan je kind de ruimte rustig verkennen met jou erbij, voordat de drukte begint. Wie de plek al kent, kan de groep beter aan. Ga de eerste weken ook op dezelfde plek zitten; dat maakt het extra vertrouwd.

too-wild-slow-the-game =
    .title = Te wild? Rem het spel af voor het omslaat
    .body = Rennen, gillen, achtervolgen: het spel wordt steeds wilder, en je weet hoe het meestal afloopt. Rem af voordat het omslaat: beweeg langzamer, praat zachter, maak van de achtervolging een sluipspel op je tenen. Eindig met iets rustigs, zoals naast elkaar liggen en naar het plafond kijken. Een peuter kan nog niet zelf op de rem trappen; jij bent de rem. Lachen mag, de landing doen jullie samen.

tantrums-mostly-at-home =
    .title = Buien vooral bij jou?
    .body = Hoor je van de opvang of oppas dat je kind daar een engeltje is, terwijl het thuis de ene bui na de andere heeft? Dat voelt oneerlijk, maar het zegt iets moois: bij jou durft je kind alles te laten zien, ook wat het de hele dag inhield. Neem bij het ophalen een hapje en wat drinken mee; met een lege maag komt de storm vaak harder. En zorg ook voor jezelf: een veilige plek mag moe zijn.

coat-flip-trick =
    .title = De jassentruc: zelf je jas aan
    .body = Wil je kind per se zelf de jas aantrekken, maar raken de mouwen steeds in de knoop? Leg de jas open op de grond, binnenkant boven, de kraag bij de voeten van je kind. Armen in de mouwen, en dan in één zwaai over het hoofd: jas aan! Doe het een paar keer voor en laat je kind proberen. Iets zelf kunnen wat eerst niet lukte, geeft een groot gevoel. En jij hebt één strijd minder bij de deur.

odd-socks-are-fine =
    .title = Twee verschillende sokken? Prima
    .body = Wil je kind vandaag per se regenlaarzen in de zon, twee verschillende sokken, of het prinsessenjurkje naar de supermarkt? Kijk alleen of het veilig en warm genoeg is. Zo ja, laat het zo. Kleren zijn een van de eerste dingen waarover een peuter zelf iets mag beslissen. Opmerkingen van anderen? ‘Zelf uitgekozen’ is genoeg. En neem voor de zekerheid een extra trui mee.

birthday-present-hard-to-hand-over =
    .title = Het cadeautje niet willen afgeven
    .body = Gaan jullie naar een kinderfeestje, en klemt je kind het cadeautje vast zodra het gegeven moet worden? Logisch: het is mooi, en weggeven snapt een peuter nog nauwelijks. Trek het niet uit de handjes. Zeg wat je ziet, ‘Je vindt het zelf ook mooi, hè’, en geef het samen, jouw hand om die van je kind. Lukt dat niet? Dan geef jij het, met je kind ernaast. Een gemeend ‘alsjeblieft’ komt later.

comforting-another-child-together =
    .title = Samen een ander kind troosten
    .body = Valt er in de speeltuin een kind, en kijkt jouw kind geschrokken toe? Zeg wat je ziet: ‘Dat meisje is gevallen. Ze huilt, haar knie doet pijn.’ Bedenk samen wat zou kunnen helpen: haar muts teruggeven, even zwaaien, kijken of haar moeder eraan komt. Met jou erbij oefent je kind hoe je om een ander kunt geven. Wil je kind liever alleen kijken? Ook prima; meeleven begint met opmerken.

where-the-feeling-sits-in-the-body =
    .title = Waar zit het gevoel in je lijf?
    .body = Zie je dat er iets broeit bij je kind, met gebalde vuistjes, een rood hoofd of stampende voeten? Benoem wat je in het lijf ziet: ‘Je handen zijn helemaal stijf. Zit daar boosheid in?’ Of bij angst: ‘Je houdt me zo stevig vast.’ Stukje bij beetje leert je kind zijn eigen signalen kennen, lang voordat het ze kan uitleggen. Dat herkennen is later de eerste stap naar zelf tot rust komen.

a-scary-picture-in-the-book =
    .title = Een eng plaatje in het boek
    .body = Slaat je kind snel de bladzijde om, of duwt het het boek weg bij de wolf of het monster? Laat je kind de baas zijn over het enge: ‘Vind je hem eng? Dan slaan we hem over.’ Of leg samen je hand over het plaatje. Veel peuters komen er later zelf op terug, dicht tegen je aan: even gluren, snel weer dicht. Wie zelf bepaalt hoeveel eng, durft meer te kijken. Misschien wil je kind morgen juist dát boek.

practise-calm-breathing-in-play =
    .title = Oefen rustig ademen als het al rustig is
    .body = Rustig ademhalen leert een peuter niet midden in een bui. Oefen het als het goed gaat, als spelletje: bellen blazen, samen een veertje over tafel blazen, of ‘kaarsjes uitblazen’ op je vingers. Blaas zelf heel langzaam mee. Doe je het later voor op een lastig moment, ‘Zullen we de kaarsjes uitblazen?’, dan kent je kind het al. Lukt dat nog niet? Dan adem jij langzaam voor jullie allebei.

yes-later-instead-of-no =
    .title = ‘Ja, straks’ in plaats van ‘nee’
    .body = Vraagt je kind om naar buiten te gaan, om een koekje of nog een boekje, terwijl het nu niet uitkomt maar straks wel? Zeg dan niet ‘nee’, maar ‘ja, straks’, en maak het concreet: ‘Ja, na het eten gaan we naar buiten.’ Veel kinderen van bijna twee kunnen zo’n ‘na’ al aardig volgen. Het verlangen krijgt een plek in plaats van een dichte deur. En is het eten op, pak dan echt de jassen: ‘Nu gaan we!’

gave-in-yesterday-start-again =
    .title = Gisteren toch toegegeven? Vandaag opnieuw
    .body = Gaf je gisteren, moe en op, na een lange bui toch het koekje? Dat overkomt elke ouder, en het maakt niets kapot. Zeg vandaag gewoon weer rustig je nee, zonder uitleg over gisteren, en houd het vast. Een kind heeft geen ouder nodig die het elke keer perfect doet, maar een die vaak genoeg hetzelfde doet. Je kind zal het testen; zo zoekt het uit wat er vandaag geldt.

left-out-by-bigger-children =
    .title = Niet mee mogen doen met de grote kinderen
    .body = Wil je kind dolgraag meedoen met oudere kinderen, neven of buurkinderen, maar rennen die weg of roepen ze ‘Jij bent te klein’? Dat doet pijn. Zeg wat je ziet: ‘Je wilde meedoen. Ze lieten je niet. Dat is jammer.’ Zoek daarna samen een eigen rol, zoals de bal teruggooien of juichen bij een doelpunt, of speel even met jou. Zo voelt je kind zich gezien, en de groten hoef je niet te dwingen.

the-easy-quiet-child =
    .title = Het makkelijke, stille kind
    .body = Is je kind vaak tevreden, speelt het rustig en vraagt het weinig? Ook een stil kind heeft jouw aandacht nodig, juist omdat het er niet om vraagt. Ga vandaag een paar keer uit jezelf naast je kind zitten en kijk mee: ‘Wat ben je aan het bouwen?’ Zo voelt je kind: ik word ook gezien als ik niets laat horen. Lijkt je kind eerder teruggetrokken dan tevreden? Vertel het op het consultatiebureau.

when-tantrums-worry-you =
    .title = Maken de driftbuien je ongerust?
    .body = Driftbuien horen bij deze leeftijd, en kinderen verschillen in hoe vaak ze die hebben. Duren ze vaak heel lang, doet je kind zichzelf vaak pijn, of is het erna nauwelijks te troosten? Of ben je zelf helemaal op? Bespreek het met het consultatiebureau of de huisarts. Je hoeft niet te wachten tot je het zeker weet; vragen helpt jullie allebei.

it-has-to-be-exactly-so =
    .title = Het moet precies zo
    .body = Moet je kind de banaan zelf pellen, moet steeds dezelfde persoon het licht uitdoen, of moet het altijd die ene beker zijn? Veel peuters rond twee jaar willen dat dingen precies zo gaan als altijd. Dat geeft ze grip op een wereld die ze nog nauwelijks overzien. Kom eraan tegemoet waar het kan. Ging het toch anders? Benoem het, ‘Oei, dit was niet zoals jij wilde’, en blijf erbij.
