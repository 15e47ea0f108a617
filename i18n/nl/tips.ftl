# Daily tips: one message per tip id of assets/tips.toml, with .title (at most
# 60 characters) and .body (at most 400 characters).


bump-hello-voice =
    .title = Zeg vandaag hallo tegen de buik
    .body = Vertel de baby in de buik vandaag hardop wat je aan het doen bent, al zijn het maar een paar zinnen tijdens het koken. Je stem komt gedempt binnen en wordt zo een bekend geluid voor straks. Is het niet jouw buik? Ga er dan dichtbij zitten, hand erop. Voelt praten minder gek dan gedacht, of voel je beweging terwijl je praat? Dan is het contact al begonnen.

bump-lullaby-choice =
    .title = Kies één liedje voor jou en je baby
    .body = Zoek vandaag één liedje uit dat je de komende weken vaak zingt of neuriet: een slaapliedje, of gewoon een nummer dat je mooi vindt. Herhaling maakt een melodie vertrouwd, zodat je na de geboorte meteen iets bekends hebt om je baby mee te troosten. Vals zingen mag; het gaat om jouw stem, niet om de wijs.

support-circle-names =
    .title = Schrijf drie mensen op die kunnen helpen
    .body = Schrijf vandaag drie mensen op die je na de geboorte iets praktisch kunt vragen: een maaltijd, boodschappen, een wasje, of een uurtje bij de baby zodat jij kunt slapen. Uitgeruste ouders hebben meer ruimte om rustig op hun baby te reageren, en hulp vragen is een kracht. Hang het lijstje op de koelkast, dan hoef je het straks niet te onthouden.

love-grows-slowly =
    .title = Liefde mag ook langzaam groeien
    .body = Zeg vandaag tegen jezelf, of tegen iemand die je vertrouwt: ‘Misschien voel ik niet meteen die grote liefde, en dat is oké.’ Bij veel ouders groeit de band pas in de eerste weken na de geboorte, en als het trager gaat is dat zelden iemands schuld. Die zin kun je straks, op een zware nacht, nog eens tegen jezelf zeggen.

skin-to-skin-birth-plan =
    .title = Zet huid op huid in je geboorteplan
    .body = Zet vandaag in je geboorteplan, of vertel wie je bij de bevalling begeleidt, dat je je baby na de geboorte bloot op je blote borst wilt. Dat contact helpt je baby om temperatuur, hartslag en stress in evenwicht te brengen. Lukt het de bevallende ouder niet, dan kan een ander het doen, zolang die wakker en alert is. Herhaal het op de dag zelf nog eens.

rest-half-hour =
    .title = Plan vandaag een half uur niks
    .body = Kies vandaag een moment waarop je een half uur gaat liggen of zitten zonder dat er iets hoeft: geen lijstjes, geen klusjes. Rust is nu geen luxe, want een ouder die niet op is, kan straks makkelijker geduldig en zacht reageren. Je merkt dat het werkt als je schouders zakken en de rest van de dag wat minder gejaagd voelt.

small-circle-close =
    .title = Bedenk wie er de eerste weken dichtbij is
    .body = Spreek vandaag af welke paar mensen er de eerste weken echt zijn om, samen met jou, voor je baby te zorgen. Een baby hecht zich aan een klein aantal volwassenen die vaak in de buurt zijn, dus een kleine, vaste kring is fijner dan veel wisselende handen. Dat rijtje mag later groeien; voor nu is klein genoeg.

bump-hands-hello =
    .title = Een rustig handenmoment met de buik
    .body = Leg vanavond een paar minuten je handen op de buik, of vraag je partner, als je die hebt, om dat te doen. Beweeg langzaam, adem rustig en zeg iets liefs. Zo’n vast moment van aanraking maakt de baby voor jou alvast wat echter en zet de toon voor de vele knuffels die nog komen. Je merkt het als je naar dit moment gaat uitkijken.

newborn-signals-preview =
    .title = Leer nu al hoe een pasgeborene je roept
    .body = Bekijk vandaag hoe een pasgeboren baby om nabijheid vraagt: huilen om hulp, zoeken naar ogen, met de handjes grijpen en tot rust komen bij jouw stem of aanraking. Als je die signalen straks herkent, kun je er sneller en rustiger op ingaan. Je merkt dat het werkt als je na de geboorte ineens denkt: o ja, dit is zo’n signaal.

calm-breath-practice =
    .title = Oefen één rustige ademhaling
    .body = Oefen vandaag een paar keer dezelfde ademhaling: vier tellen in, zes tellen uit, schouders omlaag. Een pasgeboren baby kan zichzelf nog niet kalmeren en leunt op jouw rust, dus een vertrouwde manier om zelf tot rust te komen is straks goud waard. Straks, met een huilende baby in je armen, zit die ademhaling dan al in je lijf.

bump-read-aloud =
    .title = Lees een bladzijde hardop voor
    .body = Lees vandaag één bladzijde hardop voor uit wat je toch al leest: een roman, de krant, een kinderboek dat je bewaard hebt. Het gaat niet om de inhoud, maar om het ritme van je stem, en dat geeft rust, nu en straks. Ben jij niet degene die zwanger is, dan is dit een fijne manier om mee te doen. Kies iets wat je zelf graag leest, dan hou je het vol.

first-weeks-honest-talk =
    .title = Vraag iemand hoe de eerste weken echt waren
    .body = Vraag vandaag aan iemand die al een kind heeft hoe de eerste weken echt voelden, ook de minder mooie kanten. De geboorte is een enorme overgang voor ouders én baby, en als je weet dat een trage start heel gewoon is, schrik je er minder van. Vraag ook wat hen toen het meest hielp.

money-worry-one-step =
    .title = Zet één stap bij een zorg die je nu al hebt
    .body = Kies vandaag één zorg die je bezighoudt, zoals geld, werk of woonruimte, en zet er één kleine stap voor: een lijstje maken, iemand bellen, of aan je huisarts of de JGZ vragen waar je terechtkunt. Zorgen vreten energie die je straks voor je baby wilt hebben, en ze aanpakken hoort er gewoon bij. De rest van die zorg mag morgen een volgende stap worden.

trust-reliable-care =
    .title = Betrouwbaar is iets anders dan perfect
    .body = Bedenk vandaag wat je baby van je moet kunnen verwachten, in simpele dingen: eten bij honger, warmte, troost bij verdriet. In het eerste jaar bouwt een baby vertrouwen op uit zorg die steeds weer komt, niet uit zorg zonder fouten. Schrijf er drie op, kort en haalbaar; ‘perfect’ hoeft niet op het lijstje.

safe-childhood-memory =
    .title = Wie gaf jou vroeger een veilig gevoel?
    .body = Denk vandaag terug aan iemand bij wie jij je als kind veilig, gezien of getroost voelde. Wat deed die persoon precies? Zulke kleine dingen, zoals een rustige stem of echt luisteren, kun je straks zelf aan je baby geven. Was er niemand, dan mag je nu kiezen hoe jij het wilt doen. Kies één ding dat je wilt meenemen en schrijf het op.

skin-to-skin-front-top =
    .title = Stop een shirt met knopen van voren in de tas
    .body = Leg vandaag een shirt of vest dat van voren open kan bij je spullen voor de bevalling, voor jou en voor een partner als je die hebt. Dan is huid op huid na de geboorte en in de eerste weken makkelijk: baby bloot tegen je borst, dekentje erover, terwijl je wakker en alert bent. Een dun dekentje erbij maakt het compleet.

bump-pet-name =
    .title = Geef je baby nu al een koosnaampje
    .body = Kies vandaag een koosnaampje en gebruik het als je tegen de buik praat, steeds op dezelfde zachte toon. Baby’s zijn na de geboorte heel gevoelig voor de klank en toonhoogte van een stem, meer nog dan voor de woorden zelf. Na de geboorte kan datzelfde naampje een eerste brug tussen jullie zijn.

visitors-calm-plan =
    .title = Maak een rustig plan voor bezoek
    .body = Spreek vandaag af hoe je het bezoek in de eerste weken wilt: bijvoorbeeld korte bezoekjes, hooguit één per dag, en iemand die de deur bewaakt als jij moe bent. Veel drukte en geluid is stressvol voor een pasgeboren baby, en voor jou ook. Een vriendelijk appje als ‘we laten het weten als het past’ mag gewoon.

clinic-gp-in-phone =
    .title = Zet drie nummers in je telefoon
    .body = Zet vandaag drie nummers in je telefoon: je huisarts, de huisartsenpost (voor avond, nacht en weekend) en het consultatiebureau bij jou in de buurt. Voelt het na de geboorte zwaar, komt de band maar niet, of maak je je zorgen om je baby, dan is vroeg bellen verstandig. Op een moeilijk moment hoef je dan niet eerst te zoeken.

safe-sleep-on-the-back =
    .title = Veilig slapen: op de rug, in een leeg bedje
    .body = Leg je baby vandaag en elke keer om te slapen op de rug, in een eigen bedje; dat bedje mag gerust in jouw slaapkamer staan. Laat het tot de eerste verjaardag leeg: geen knuffel, doekje, kussen of bedomrander. Een slaapzak die goed past, houdt je baby warm. Zo slaapt je baby veilig, en kun jij zelf ook wat rustiger slapen.

crying-peaks-then-eases =
    .title = Huilen piekt rond zes weken: wanneer bel je?
    .body = Huilen neemt bij de meeste baby’s toe tot ongeveer zes weken en wordt daarna vaak minder. Weet vandaag wanneer je niet afwacht: klinkt het huilen anders dan anders, heeft je baby koorts, drinkt die slecht, of is die slap of erg suf? Bel dan dezelfde dag de huisarts, ’s avonds en in het weekend de huisartsenpost. Liever een keer te vaak gebeld dan blijven twijfelen.

skin-to-skin-awake =
    .title = Huid op huid, terwijl jij wakker bent
    .body = Leg je baby vandaag in alleen een luier op je blote borst, dekentje over de rug, op een moment dat je zelf wakker en alert bent. Dat contact helpt je baby om temperatuur, hartslag en stress in balans te brengen. Je ziet dat het werkt als de ademhaling rustiger wordt en het lijfje ontspant. Word je slaperig? Leg je baby dan op de rug in het eigen bedje.

skin-to-skin-every-carer =
    .title = Huid op huid is er voor elke verzorger
    .body = Geef vandaag een andere vaste verzorger een beurt huid op huid: je partner, als je die hebt, of iemand anders die dicht bij je baby staat. Het is niet alleen voor de ouder die bevallen is; elke vertrouwde volwassene kan zo de band voelen groeien, zolang die wakker en alert blijft.

crying-is-asking =
    .title = Huilen is vragen, geen lastig doen
    .body = Zeg bij het volgende huiltje vandaag in je hoofd: ‘Je vraagt om hulp.’ Een pasgeboren baby heeft geen andere manier om te laten weten dat er iets nodig is, en zoekt van nature jouw nabijheid. Ga erheen, ook als je nog niet weet wat er is.

guess-aloud =
    .title = Raad hardop wat er aan de hand is
    .body = Is je baby vandaag onrustig, raad dan hardop: ‘Heb je honger? Ben je moe? Is het te druk?’ Je hoeft het niet meteen goed te hebben; door te zoeken en te reageren merkt je baby dat er iemand is die luistert. Een ander die mee zorgt, kan hetzelfde doen; zo leren jullie je baby samen kennen.

pregnancy-song-again =
    .title = Zing het liedje van de zwangerschap
    .body = Zing of neurie vandaag het liedje dat je tijdens de zwangerschap vaak liet horen, of begin nu met één vast liedje. Je baby reageert sterk op de klank en toon van een bekende stem, ook zonder de woorden te snappen. Zing zacht en langzaam. Een slaapliedje uit je eigen jeugd, in je eigen taal, is net zo goed.

grasp-finger =
    .title = Geef je baby je vinger om vast te pakken
    .body = Leg vandaag je vinger in het handje van je baby en laat je baby knijpen zolang die wil. Grijpen en vasthouden is een van de manieren waarop een pasgeborene nabijheid zoekt, vanaf de eerste dag. Blijf even zitten en kijk. Je merkt het als je baby stevig vasthoudt en rustig wordt, en misschien ben je zelf even ontroerd.

love-takes-weeks =
    .title = Nog geen grote liefde voelen mag
    .body = Voel je nog niet die overweldigende liefde? Zeg dan vandaag tegen jezelf: ‘Het groeit.’ De geboorte is een enorme overgang, voor jou en voor je baby, en bij veel ouders komt het gevoel pas in de loop van een paar weken. Blijf gewoon zorgen, vasthouden en praten. Voelt het na een paar weken nog steeds leeg of somber, vertel het dan aan het consultatiebureau of je huisarts.

ask-one-thing =
    .title = Vraag vandaag één ding aan iemand
    .body = Stuur vandaag één bericht met een concrete vraag: ‘Wil jij morgen soep brengen?’ of ‘Kun je een uurtje komen, zodat ik kan slapen?’ Moeheid en zorgen maken het lastiger om rustig op je baby te reageren, en hulp vragen is dan juist sterk. Wie iets vraagt, geeft een ander ook de kans om iets te doen.

ordinary-care-trust =
    .title = Gewone zorg bouwt vertrouwen
    .body = Zie vandaag elke voeding, schone luier en warme deken als een bouwsteen. In dit eerste jaar leert je baby uit zorg die steeds weer komt dat de wereld te vertrouwen is, en daar hoeft niets bijzonders bij. Zeg af en toe zacht: ‘Ik ben er.’ Ook de nachtvoeding om drie uur telt mee.

soft-voice-face =
    .title = Laat je gezicht en stem het werk doen
    .body = Praat vandaag een paar keer van dichtbij met je baby, met een zachte, wat hogere stem en een open, vriendelijk gezicht. Baby’s lezen gezichten, lichaamstaal en stemtoon lang voordat ze woorden begrijpen, en ze leren jouw gezicht en stem al snel kennen. Je merkt dat het werkt als je baby je aankijkt, stil wordt of met armpjes of mondje reageert.

gentle-order-not-clock =
    .title = Een vaste volgorde in plaats van een schema
    .body = Kies vandaag een vaste volgorde voor na het wakker worden, bijvoorbeeld voeden, verschonen, even knuffelen en weer slapen, zonder op de klok te letten. Een herkenbaar ritme maakt de wereld van je baby voorspelbaar en daardoor veilig. Zo’n volgorde is ook voor jou houvast, na een nacht met weinig slaap.

hand-hug-settle =
    .title = Twee warme handen voor een onrustige baby
    .body = Is je baby vandaag onrustig in bed of op de commode? Leg dan rustig één warme hand op de borst of buik en de andere om het hoofdje, en praat zacht. Jouw kalme aanraking helpt je baby tot rust te komen, en door dit vaak te doen leert je baby later zelf kalmeren. Je merkt het als armpjes en beentjes stiller worden.

share-comfort-early-weeks =
    .title = Troosten mag je delen in de eerste weken
    .body = Laat vandaag een vertrouwd iemand een huilbui van je overnemen, bijvoorbeeld in het onrustige uurtje na het eten, terwijl jij even op adem komt. In de eerste weken heeft je baby nog geen sterke voorkeur voor bepaalde mensen en laat zich ook door een andere rustige, liefdevolle volwassene troosten; die duidelijke voorkeur groeit later. Jij komt uitgeruster terug, en daar heeft je baby ook wat aan.

small-circle-of-hands =
    .title = Houd de kring rond je baby klein
    .body = Kies vandaag bewust wie je baby vasthoudt en verzorgt: liever een paar vaste mensen dan iedere bezoeker. Een baby hecht zich aan een klein groepje volwassenen die vaak dichtbij zijn, en dat vertrouwen groeit het best als die kring niet steeds wisselt. Bezoek mag gerust kijken en kletsen zonder je baby over te nemen.

early-sleepy-signs =
    .title = Zie de eerste slaaptekens op tijd
    .body = Let vandaag op de vroege tekens van moeheid: gapen, wegstaren, over het gezichtje wrijven of ineens schokkerig met armpjes en beentjes bewegen. Leg je baby dan alvast rustig neer of wieg wat, voordat het huilen begint. Zo leert je baby dat een signaal gezien wordt. Leg je baby op de rug, in een slaapzak, zonder losse dekens of knuffels.

early-hunger-cues =
    .title = Herken honger voordat het huilen begint
    .body = Let vandaag op vroege hongertekens: hoofdje draaien en zoeken, smakken, handjes naar de mond. Bied dan al een voeding aan, borst of fles, in plaats van te wachten op huilen. Zo antwoord je op het signaal dat je baby echt geeft, en dat is de kern van sensitief reageren. Je merkt het als voedingen rustiger beginnen.

stay-when-crying-continues =
    .title = Blijf erbij, ook als het huilen niet stopt
    .body = Huilt je baby vandaag en lukt niets? Blijf dan in de buurt, houd vast, wieg of praat zacht, zonder dat het huilen hoeft op te houden. Je faalt niet: je laat je baby voelen dat die er niet alleen voor staat, en dat telt. Ook als het huilen doorgaat: in jouw armen huilt je baby niet alleen.

at-your-limit-pause =
    .title = Nooit schudden: leg je baby neer en stap weg
    .body = Loopt het huilen je vandaag zo hoog op dat je boos of wanhopig wordt? Schud je baby nooit, ook niet even: een babyhoofdje kan daar niet tegen. Leg je baby op de rug in het eigen bedje, ga een paar minuten naar een andere kamer en adem langzaam uit. Bel of app iemand om te helpen. Zo’n pauze is goed zorgen, geen tekortschieten. Ga terug als je weer wat rustiger bent.

gentle-leg-massage =
    .title = Na het badje: een zachte beenmassage
    .body = Leg je baby vandaag na het badje op een warme handdoek, warm je handen en strijk langzaam van dij naar voetje, steeds op dezelfde manier. Olie hoeft niet; wil je het, neem dan een paar druppels gewone, ongeparfumeerde olie, geen noten- of olijfolie. Praat er zacht bij. Draait je baby weg, huilt of verstijft die, stop dan gewoon; morgen kan het weer. Slappe, warme beentjes zeggen: dit is fijn.

watch-two-minutes =
    .title = Kijk twee minuten alleen maar naar je baby
    .body = Ga vandaag na een voeding, als je baby wakker en tevreden op een kleed ligt, twee minuten ernaast zitten en kijk alleen maar: wat doen de handjes, de voetjes, het gezichtje? Benoem zacht wat je ziet: ‘Je strekt je vingers.’ Een kind dat zich echt gezien voelt, groeit in vertrouwen, en juist zulke kleine momenten tellen. Misschien ontdek je iets wat je nog niet wist.

tell-how-it-really-goes =
    .title = Vertel iemand hoe het echt gaat
    .body = Vertel vandaag aan één iemand eerlijk hoe het met je gaat, ook als dat ‘zwaarder dan gedacht’ is. Er verandert zoveel tegelijk voor jou en je baby dat een stroeve start heel begrijpelijk is, en het is zelden iemands schuld. Meestal groeit het gevoel van ‘dit is mijn kind’ binnen een paar weken. Liever een professional? Op het consultatiebureau luisteren ze ook.

skin-to-skin-after-bath =
    .title = Na het badje: even huid op huid
    .body = Leg je baby vandaag na het badje of wassen even bloot tegen je blote borst, met een handdoek of dekentje erover, zolang jij wakker en alert bent. Huid op huid is vlak na de geboorte het sterkst, maar blijft ook in deze weken waardevol voor de band en voor rust. Je merkt het als je baby warm en ontspannen tegen je aan ligt.

talk-then-pause =
    .title = Praat, wacht even en laat je baby ‘antwoorden’
    .body = Praat vandaag van dichtbij tegen je baby, kijk je baby aan en laat dan een pauze vallen, alsof je op antwoord wacht. Je baby begrijpt de woorden nog niet, maar leert zo jouw stem kennen en voelt het heen en weer van contact. Het ‘antwoord’ kan even op zich laten wachten; een pasgeborene is traag, geef het tijd.

carry-through-fussy-hour =
    .title = Draag je baby door een onrustig uurtje
    .body = Heeft je baby vandaag een onrustig uurtje? Houd je baby dan rechtop tegen je borst en loop langzaam door het huis. Warmte, je hartslag en het zachte wiegen van je stappen geven houvast. Gebruik je een draagdoek, zorg dan dat het gezichtje vrij en zichtbaar blijft. Veel baby’s hebben zo’n uurtje, vaak ’s avonds; dat is heel gewoon en het gaat voorbij.

night-soft-light =
    .title = ’s Nachts: zacht licht, weinig woorden
    .body = Ga vannacht bij elk huiltje rustig naar je baby, met gedempt licht en een paar zachte woorden, en leg je baby daarna weer terug. Juist ’s nachts leert je baby dat er altijd iemand komt, en daaruit groeit basisvertrouwen. Het hoeft niet snel of perfect. Overdag mag het licht juist binnen; zo leert je baby langzaam het verschil tussen dag en nacht.

smile-back-and-wait =
    .title = Lach terug en wacht even
    .body = Kijkt je baby je vandaag aan, bijvoorbeeld op het aankleedkussen, stop dan even, lach breed terug en wacht een paar tellen voordat je iets zegt. Ook een geluidje van de andere kant van de kamer verdient een lach of een woord terug. Jouw gezicht is voor je baby het boeiendste wat er is, en dit heen en weer is jullie eerste gesprekje. De eerste lach terug komt vaak rond zes weken.

coo-back-and-forth =
    .title = Een gesprekje van klinkers
    .body = Doe vandaag het koeren van je baby na, ‘aaa’ of ‘oeh’, en laat daarna een stilte vallen zodat je baby weer aan de beurt is. Zo ontdekt je baby dat geluidjes maken iets oplevert: iemand die luistert en antwoord geeft. Je merkt het als je baby in jouw pauzes zelf weer gaat brabbelen of aandachtig naar je mond kijkt.

lower-your-voice-when-fussy =
    .title = Zachter praten bij onrust
    .body = Wordt je baby vandaag onrustig, laat je stem dan zakken: langzamer, lager en zachter, alsof je een geheimpje vertelt. Baby’s horen precies hoe je stem klinkt, en een rustige toon zegt ‘het is goed’ lang voordat ze woorden snappen. In de auto of in de supermarkt werkt die fluisterstem net zo goed.

knee-bouncing-rhyme =
    .title = Hop hop paardje op je knieën
    .body = Zet je baby vandaag op je knieën, stevig vastgehouden onder de armpjes, en zing Hop hop paardje met zachte hupjes op de maat. Wacht vlak voor het eind even, laat je baby dan een klein stukje zakken tussen je knieën en vang meteen weer op. Dat spannende moment met een vertrouwde afloop zegt: jij vangt me altijd. Vraagt je baby met een geluidje om meer? Dan weet je genoeg.

sway-to-a-slow-song =
    .title = Wiegen op In de maneschijn
    .body = Neem je baby vandaag in je armen en wieg langzaam heen en weer op de maat van In de maneschijn of een ander rustig liedje. Het vaste ritme en jouw stem zo dichtbij geven je baby houvast. Vals zingen of eigen woorden verzinnen mag: het gaat om jou. Wie weet wordt dit jullie vaste avondliedje.

tummy-circles-massage =
    .title = Rondjes over het buikje
    .body = Leg je baby vandaag op een warme handdoek en maak met een warme hand langzame rondjes met de klok mee over het buikje. Olie is niet nodig; gebruik je het, neem dan een druppel gewone, ongeparfumeerde olie, geen noten- of olijfolie. Trage, herhaalde bewegingen helpen je baby tot rust te komen. Kijkt je baby weg of wordt die onrustig, dan stop je. Een diepe zucht of een gaap betekent: dit is fijn.

long-strokes-down-the-back =
    .title = Lange halen over het rugje
    .body = Ligt je baby vandaag wakker op je schoot of op de buik naast je, strijk dan met een warme hand in lange, trage halen van nek naar billen. Olie hoeft niet; op de blote huid kan een beetje gewone, ongeparfumeerde olie, nooit noten- of olijfolie. Langzame, voorspelbare aanraking kalmeert het hele lijfje. Tilt je baby het hoofdje weg of wordt die druk, dan is het genoeg voor vandaag.

talk-through-the-nappy-change =
    .title = Vertel wat je doet bij het verschonen
    .body = Praat vandaag bij elke verschoning hardop mee: ‘Eerst je broekje uit, brr, even koud. En nu een schone luier.’ Je baby begrijpt de woorden nog niet, maar hoort je stem, voelt wat er komt en raakt zo vertrouwd met taal. Zo wordt een klusje dat vaak per dag terugkomt een momentje samen. Raak je uitgepraat? Neurie dan gewoon.

say-it-before-you-do-it =
    .title = Eerst zeggen, dan doen
    .body = Kondig vandaag aan wat je gaat doen voordat je het doet: ‘Ik til je op’, ‘nu gaat je mouw over je handje’. Wacht daarna een tel. Zo leert je baby dat er niets zomaar uit het niets gebeurt, en dat maakt optillen en aankleden minder schrikken. Na een tijdje zie je je baby zich klaarmaken, bijvoorbeeld door de armpjes te spannen als je ‘op’ zegt.

guided-tour-on-your-walk =
    .title = Een rondleiding tijdens het wandelen
    .body = Vertel je baby vandaag onderweg wat jullie tegenkomen: ‘Kijk, een hond. Hoor je die bus?’ Houd het kort en laat stiltes vallen. Zo deel je de wereld met je baby, en wordt jouw stem een vertrouwd anker tussen alle nieuwe dingen. Geen zin om te praten? Samen kijken en af en toe iets aanwijzen is ook genoeg.

one-little-book-every-day =
    .title = Eén boekje, elke dag
    .body = Pak vandaag een stevig prentenboekje en lees het voor, ook al heeft je baby geen idee waar het over gaat. Het gaat om de melodie van je stem en het dicht tegen elkaar aan zitten. Lees morgen gerust hetzelfde boekje: herhaling is fijn. Het werkt als je baby stil wordt bij de eerste zin, of van de plaatjes naar jou kijkt en weer terug.

bold-black-and-white-pictures =
    .title = Zwart-witte plaatjes bekijken
    .body = Houd vandaag een boekje met duidelijke zwart-witte plaatjes ongeveer zo ver van je baby als jouw gezicht is tijdens het voeden, en vertel zacht wat erop staat. Jonge baby’s zien sterke contrasten het best, en jouw stem maakt er een moment samen van. Kijkt je baby weg, dan is dat een pauze. Strak kijken en stil worden laten zien dat het boeit.

read-your-own-book-aloud =
    .title = Lees voor uit je eigen boek
    .body = Zin om zelf iets te lezen? Lees dan vandaag een paar bladzijden hardop voor met je baby op schoot: uit je roman, een tijdschrift of een recept. Voor je baby telt vooral het ritme van je stem, niet het verhaal. En jij hebt ook even iets voor jezelf. Een andere verzorger kan dit ook, met het eigen lievelingsboek.

three-steps-before-sleep =
    .title = Drie vaste stapjes voor het slapen
    .body = Kies vandaag drie kleine stapjes die je voortaan steeds voor het slapen doet, bijvoorbeeld: gordijnen dicht, slaapzak aan, één liedje. Dezelfde volgorde vertelt je baby wat er komt, en een voorspelbare wereld voelt veilig. Het hoeft niet op de minuut, en iedereen die je baby naar bed brengt kan het zo doen. Later kan er een boekje of tandenpoetsen bij; de volgorde blijft.

a-familiar-feeding-spot =
    .title = Een vast plekje om te voeden
    .body = Voed je baby vandaag zoveel mogelijk op hetzelfde rustige plekje en in dezelfde houding, met je telefoon even buiten bereik. Herkenbare momenten geven je baby houvast: hier krijg ik eten en aandacht. Lukt het niet elke keer? Geen punt. Bij de fles kan iedere vaste verzorger hetzelfde plekje gebruiken.

the-same-good-morning =
    .title = Elke ochtend hetzelfde goedemorgen
    .body = Begroet je baby vandaag bij het wakker worden steeds op dezelfde manier: gordijn open, ‘Goedemorgen, daar ben je!’ en een knuffel. Zo’n klein vast ritueel maakt het begin van de dag herkenbaar en warm. Wie er ook opstaat, jij, je partner als je die hebt of een grootouder, kan het zo doen. Het tijdstip maakt niet uit, en het hoeft niet elke dag even mooi.

together-in-the-mirror =
    .title = Samen in de spiegel kijken
    .body = Ga vandaag met je baby op schoot voor een spiegel zitten en vertel wat je ziet: ‘Daar ben jij, en daar ben ik. En hier is je oor.’ Raak het oortje aan terwijl je het zegt. Je baby ziet vooral een leuk gezichtje terugkijken; zichzelf herkennen komt later, maar samen kijken en benoemen verbindt al. Lacht je baby naar dat andere kindje? Zwaai dan samen terug.

mirror-by-the-changing-table =
    .title = Een spiegeltje bij de commode
    .body = Zet of hang vandaag een onbreekbaar spiegeltje bij de commode en kijk er samen in tijdens het verschonen: ‘Daar zijn je voetjes! En hier je buik.’ Zo wordt een klusje een klein spelletje samen, en koppel je jouw woorden aan wat je baby ziet en voelt. Maak het wel goed vast, want baby’s grijpen graag.

quiet-corner-after-a-busy-day =
    .title = Na drukte even naar een stil hoekje
    .body = Was het vandaag druk, met bezoek, de supermarkt of een verjaardag? Zoek daarna met je kind een rustig, wat schemerig plekje op, zonder tv of muziek. Houd een baby tegen je aan; met een ouder kind kan samen blokken stapelen of een boekje ook. Veel geluid en gezichten kunnen een klein kind overspoelen, ook als het ervan genoot. Stilte bij jou helpt alles te laten zakken.

looking-away-means-a-break =
    .title = Wegkijken betekent: even pauze
    .body = Let vandaag tijdens spelen, knuffelen of praten op wegkijken, gapen, hikken, een gefronst gezichtje of wild zwaaiende armpjes. Zo zegt je baby vaak: even genoeg. Stop dan met praten, kijk zelf ook even weg en geef wat ruimte. Kijkt je baby je weer aan, dan ga je verder. Zo ervaart je baby dat de eigen signalen invloed hebben op wat er gebeurt.

bright-eyes-time-to-play =
    .title = Heldere oogjes? Tijd om te spelen
    .body = Heeft je baby vandaag heldere ogen, een open gezicht en trappelende beentjes? Dan vraagt je baby om contact. Dat is het moment voor een liedje, een rammelaar of gekke geluidjes. Een baby heeft niet alleen rust nodig, maar ook jou als speelmaatje. Je merkt dat het raak is als je baby je blijft aankijken en steeds meer geluidjes maakt.

one-thing-at-a-time =
    .title = Eén ding tegelijk
    .body = Zet vandaag tijdens het spelen de tv of radio uit en geef je baby maar één speeltje tegelijk. Voor een baby is jouw gezicht met één rammelaar erbij al een hele wereld; meer tegelijk maakt eerder onrustig dan blij. Morgen mag er gerust een ander speeltje komen; vandaag is één genoeg.

answer-the-reach =
    .title = Reageer als je baby naar je reikt
    .body = Strekt je baby vandaag de armpjes naar je uit of grijpt die naar je haar of je vinger, reageer dan: pak het handje, lach en zeg ‘Hé, daar ben je!’ Zo leert je baby dat contact zoeken werkt en dat jij er bent. Je hoeft niet alles te laten vallen; een blik en een paar woorden zijn vaak genoeg.

look-where-they-look =
    .title = Kijk mee met je baby
    .body = Volg vandaag eens waar je baby naar kijkt, de lamp, wiebelende bladeren, de kat, en praat erover: ‘Jij ziet die blaadjes bewegen, hè?’ Meegaan met wat je baby boeit zegt: ik zie wat jij ziet. Dat is gevoelig reageren in het klein. Het werkt als je baby langer blijft kijken en dan naar jou, alsof die het wil delen.

cheer-the-small-things =
    .title = Juich om kleine dingen
    .body = Geef je baby vandaag een enthousiast complimentje bij elke poging: het hoofdje optillen, een nieuw geluidje, een greep naar het speeltje. ‘Wauw, dat deed je zelf!’ Jouw blije gezicht laat je baby ervaren dat wat die doet voor jou telt. Het gaat om jouw blijdschap, niet om wat je baby al kan.

eyes-on-each-other-during-a-feed =
    .title = Kijk elkaar aan tijdens de voeding
    .body = Leg vandaag tijdens één voeding je telefoon weg en kijk je baby rustig aan. Zeg zacht iets of neurie een wijsje. Zoekt je baby je blik, houd die dan vast; kijkt je baby weg, ook goed. Zulke momenten van elkaar aankijken zijn de bouwstenen van jullie band. Van dichtbij, zo ver als jouw gezicht tijdens het voeden, ziet je baby je het best.

a-song-with-their-name =
    .title = Een liedje met de naam van je baby
    .body = Verzin vandaag een simpel liedje met de naam van je baby erin, bijvoorbeeld op de wijs van Altijd is Kortjakje ziek. Zing het bij het aankleden of onderweg in de kinderwagen. Je baby hoort de eigen naam vaak en vrolijk, en jullie liedje wordt iets van jullie samen. Een tweede taal thuis? Zing het dan in de taal van je hart.

finger-rhyme-on-toes =
    .title = Een vingerversje op de teentjes
    .body = Speel vandaag een vingerversje zoals Dit is de duim, terwijl je een voor een de vingertjes of teentjes aanraakt, en kriebel aan het eind even zacht. Rijmpjes met aanraking combineren ritme, jouw stem en je handen: drie dingen waar baby’s van houden. Vraag opa of oma eens naar een versje uit hun eigen jeugd.

an-extra-cuddle-minute =
    .title = Een extra knuffelminuut
    .body = Neem vandaag na een slaapje een minuut extra om je baby gewoon vast te houden, zonder dat er iets hoeft. Knuffelen maakt oxytocine aan, een stofje dat jullie band versterkt, en het laat je baby voelen dat die welkom is. Op een drukke dag doet het jou ook goed. Een kwartier mag ook, als de dag het toelaat.

face-to-face-on-the-floor =
    .title = Op de buik, oog in oog
    .body = Ga vandaag plat op de grond liggen als je baby op de buik ligt te oefenen, met je gezicht op dezelfde hoogte. Lach, trek je wenkbrauwen op, praat zacht. Jouw gezicht vlakbij maakt het zware werk van het hoofdje optillen een stuk leuker. Een paar minuten is genoeg; op de buik spelen doe je alleen als je baby wakker is en jij erbij bent.

glad-you-are-here =
    .title = Laat merken dat je blij met je baby bent
    .body = Zeg vandaag zomaar tussendoor, met je gezicht dichtbij: ‘Wat fijn dat jij er bent.’ Je baby begrijpt de woorden niet, maar voelt je warme blik en blije toon. Juist in zulke kleine, gewone momenten ontdekt je baby dat die gezien wordt en welkom is. Uit het autostoeltje of de kinderwagen tillen is er een mooi moment voor.

another-carer-takes-the-bath =
    .title = Laat een ander het badje doen
    .body = Laat vandaag iemand die vaak bij je baby is, je partner als je die hebt, een grootouder of een vaste oppas, het badje doen, terwijl jij erbij bent. Een baby kan zich ook aan andere vertrouwde volwassenen hechten, en dat maakt het later makkelijker als jij even weg bent. Je merkt het als je baby die ander ook aankijkt, toelacht en zich ook door die ander laat troosten.

picking-up-does-not-spoil =
    .title = Oppakken verwent niet
    .body = Hoor je vandaag ‘laat maar even huilen, anders raakt je baby verwend’? Bij een jonge baby mag je dat rustig naast je neerleggen en gewoon gaan troosten. Je baby huilt niet uit gewoonte, maar omdat er iets nodig is, en wie steeds antwoord krijgt, leert dat roepen zin heeft. Spreek dit af met iedereen die mee zorgt. Zelf tot rust komen leert je baby pas veel later, juist dankzij jouw hulp nu.

only-you-will-do-now =
    .title = Wil je baby alleen jou? Dat is de band
    .body = Protesteert je baby vandaag als een ander je baby overneemt? Rond deze leeftijd kiest een baby duidelijk voor de mensen aan wie die gehecht is. Dat is geen verwennerij en niets om af te leren, maar een teken dat jullie band zichtbaar wordt. Neem je baby even terug, stel gerust en geef het tijd.

not-the-favourite-right-now =
    .title = Even niet de favoriet?
    .body = Wil je baby vandaag alleen naar die ene ouder of verzorger en niet naar jou? Dat kan pijn doen, maar het is heel gewoon rond deze leeftijd: de voorkeur voor één vertrouwd persoon wordt sterker. Blijf rustig en vriendelijk in de buurt en doe kleine vaste dingen samen, zoals het badje of een liedje. Die voorkeur verschuift vaak weer; jouw plek blijft.

let-strangers-warm-up-slowly =
    .title = Laat onbekenden rustig opwarmen
    .body = Komt er vandaag bezoek dat je baby weinig ziet, of wil op een verjaardag iedereen je baby even vasthouden? Houd je baby eerst zelf op schoot en vraag vriendelijk of de ander eerst met jou praat en rustig lacht: ‘We kijken eerst even vanaf hier.’ Eenkennigheid is heel gewoon vanaf een maand of zes à negen; je baby checkt bij jou of het veilig is. Je baby bepaalt wanneer het dichterbij mag.

a-short-goodbye-ritual =
    .title = Een kort en vast afscheidsritueel
    .body = Breng je je baby vandaag naar de opvang of een oppas? Houd het afscheid kort en elke keer hetzelfde: een knuffel, ‘Dag dag, ik kom na het fruit terug’, een zwaai bij het raam, en dan echt gaan. Stiekem wegglippen is verleidelijk, maar plots verdwijnen maakt een baby juist onzekerder. Tranen mogen; vaak is je baby al snel getroost door de vertrouwde medewerker.

peekaboo-with-a-cloth =
    .title = Kiekeboe met een doekje
    .body = Leg vandaag een dunne doek over je eigen hoofd, wacht een tel en trek hem weg: ‘Kiekeboe!’ En dan nog eens, en nog eens. Je baby ontdekt dat jij terugkomt als je even weg bent, en dat weggaan en terugkomen zelfs een spelletje kan zijn. Die ademloze stilte vlak voordat je tevoorschijn komt, hoort erbij: spanning met een goede afloop.

let-them-pull-the-cloth =
    .title = Laat je baby de doek wegtrekken
    .body = Speel vandaag kiekeboe, maar laat je baby zelf de doek van jouw gezicht trekken, of leg het doekje licht over het hoofdje van je baby: ‘Waar ben je? Daar ben je!’ Zelf het einde maken geeft je baby het gevoel iets te kunnen laten gebeuren. Je merkt het als je baby het doekje teruggeeft of zich zelf gaat verstoppen: nog een keer!

peekaboo-while-dressing =
    .title = Kiekeboe bij het aankleden
    .body = Trek je vandaag een truitje over het hoofd van je baby, maak er dan een spelletje van: ‘Waar is je gezicht? Kiekeboe!’ Zo wordt een moment waar veel baby’s een hekel aan hebben een voorspelbaar grapje. Even niets zien en dan jou weer vinden is voor je baby telkens een kleine geruststelling. Heeft je baby er vandaag geen zin in, dan mag het truitje ook gewoon snel.

keep-the-circle-small =
    .title = Houd de kring klein en vertrouwd
    .body = Kijk vandaag eens wie er allemaal voor je baby zorgen. Een baby hecht zich aan een paar mensen die vaak dichtbij zijn, dus een kleine, vaste groep werkt beter dan veel wisselende gezichten. Regel je opvang of oppas, kies dan liever steeds dezelfde persoon of dezelfde vaste dagen. Een nieuwe oppas? Laat die eerst een keer komen terwijl jij thuis bent.

settle-in-step-by-step =
    .title = Stap voor stap wennen bij de opvang
    .body = Gaat je baby binnenkort naar de opvang of een nieuwe oppas? Plan een paar korte wenmomenten: eerst samen een uurtje, dan even zonder jou, dan wat langer. Zo leert je baby de nieuwe verzorger in kleine stapjes kennen, terwijl jij nog het vertrouwde anker bent. Vraag gerust naar een vaste begeleider. Wennen kost bij de een een week, bij de ander een maand; allebei gewoon.

share-your-comfort-secrets =
    .title = Deel je troostgeheimen
    .body = Schrijf vandaag voor de oppas, de grootouders of de opvang op hoe jullie je baby troosten en laten slapen: welk liedje, welke manier van wiegen, welke woorden. Een vertrouwd knuffeltje is fijn om overdag mee te troosten, maar gaat tot de eerste verjaardag niet mee in bed. Als een ander op dezelfde manier reageert, herkent je baby dat en voelt die zich sneller veilig.

a-regular-day-with-someone-else =
    .title = Een vast moment met opa, oma of een ander
    .body = Spreek vandaag met een grootouder, een buur of een goede vriend af om je baby vaker te zien, liefst op een vast moment, zoals elke woensdag. Een baby kan zich ook hechten aan andere volwassenen die regelmatig en liefdevol in de buurt zijn, en dat is een mooi cadeau voor later. En voor jou is het meteen een adempauze.

a-bond-with-the-childcare-worker =
    .title = Een band met de opvang is goed nieuws
    .body = Strekt je baby vandaag de armpjes uit naar de pedagogisch medewerker van de opvang? Dat kan even een steek geven, maar het is goed nieuws: je baby voelt zich daar veilig. Jouw plek blijft uniek; een kind kan zich aan meerdere mensen hechten zonder dat de band met jou minder wordt. Zeg het gerust tegen de medewerker: ‘Fijn om te zien hoe vertrouwd het hier is.’

you-on-the-floor-them-exploring =
    .title = Jij op de grond, je baby op ontdekking
    .body = Ga vandaag op de grond zitten terwijl je baby speelt, rolt of wegkruipt, en blijf daar gewoon, rustig en zichtbaar. Je baby durft verder te ontdekken omdat jij het vertrouwde vertrekpunt bent. Je hoeft niet mee te spelen; er zijn is genoeg. Een kopje thee erbij mag; jij hoeft alleen maar te blijven.

say-what-they-feel =
    .title = Zeg wat je baby voelt
    .body = Zeg vandaag hardop wat je denkt dat je baby voelt: ‘Je schrok van dat harde geluid, hè?’ of ‘Je bent boos, je wilde dat blokje hebben.’ Je baby begrijpt de woorden nog niet, maar merkt aan je toon dat jij ziet wat er vanbinnen gebeurt. Zo groeit het gevoel: wat ik voel, mag er zijn. Zit je ernaast met je gok? Geen probleem, je baby voelt vooral dat je het probeert.

wonder-aloud-what-they-think =
    .title = Vraag je hardop af wat je baby denkt
    .body = Zie je je baby vandaag geboeid naar iets kijken, zeg dan wat je denkt dat er in dat hoofdje omgaat: ‘Wat is dat voor ding, denk je? Dat wil je wel pakken, hè?’ Door je in je baby te verplaatsen en het uit te spreken, leer je je baby steeds beter kennen. Of je gok klopt, is minder belangrijk dan dat je het probeert.

a-day-you-can-predict =
    .title = Een dagritme dat je kunt voorspellen
    .body = Schrijf vandaag eens op hoe jullie dag grofweg verloopt: wakker worden, eten, slapen, naar buiten, badje. Probeer dat ritme de komende week ongeveer aan te houden, ook als iemand anders op je baby past. Een herkenbare dag maakt de wereld overzichtelijk en daardoor veilig. Een vakantie of logeerpartij gooit het even om; daarna komt het ritme vanzelf terug.

hide-a-toy-under-a-cloth =
    .title = Een speeltje verstoppen onder een doek
    .body = Verstop vandaag, terwijl je baby kijkt, een speeltje half onder een doek en vraag: ‘Waar is de bal?’ Laat je baby zoeken en juich als die het vindt. Zo ontdekt je baby dat dingen, en mensen, blijven bestaan als ze even uit zicht zijn. Daardoor wordt jouw weggaan ook wat begrijpelijker. Wil je baby het nog een keer? Dat is precies de bedoeling.

tears-at-goodbye-are-no-failure =
    .title = Tranen bij afscheid zijn geen mislukking
    .body = Huilt je baby vandaag als je weggaat, bij de opvang of bij de grootouders? Rond deze leeftijd is dat heel gewoon: je baby snapt dat jij weg bent, maar nog niet goed dat je terugkomt. Het zegt iets moois over jullie band, niet iets slechts over jouw aanpak. Zeg vriendelijk gedag en vertrouw op de ander. Bel of app gerust wat later om te horen hoe het gaat.

clap-your-hands-song =
    .title = Klap eens in je handjes
    .body = Zing vandaag Klap eens in je handjes en klap samen: eerst met jouw handen om die van je baby, later misschien zelf. Liedjes met vaste gebaren worden een herkenbaar spelletje dat je baby ook bij een grootouder of oppas kan terugvinden. Zo neem je iets van thuis mee naar andere plekken. Ook in een wachtkamer maakt het liedje het wachten korter.

there-at-night-too =
    .title = Ook ’s nachts ben je er
    .body = Wordt je baby vannacht vaker wakker dan eerst? Rond deze leeftijd gebeurt dat vaak, ook omdat je baby beter doorheeft dat jij er soms niet bent. Ga kijken, leg een hand op je baby en zeg zacht: ‘Ik ben hier.’ Dat bevestigt steeds weer: als ik roep, komt er iemand. Het werkt als je baby sneller weer in slaap valt. Ben je kapot? Wissel af met een ander als dat kan.

only-you-will-do-take-a-break-anyway =
    .title = Wil je baby alleen jou? Neem toch pauze
    .body = Wil je baby alleen bij jou zijn en word je daar moe van? Heel begrijpelijk. Plan toch kleine pauzes: laat iemand die je vertrouwt een rondje wandelen met je baby, of neem tien minuten voor een douche terwijl een ander oppast. Een uitgeruste verzorger heeft meer geduld, en je baby leert dat die ander ook veilig is.

safe-seen-soothed =
    .title = Veilig, gezien, getroost
    .body = Sta vanavond even stil bij de dag. Was je baby veilig? Werd je baby gezien, al was het in een paar blikken? Werd je baby getroost toen dat nodig was? Kun je meestal ‘ja, zo ongeveer’ zeggen, dan groeit er bij je baby een gevoel van zekerheid. Perfect hoeft niet.

point-and-name =
    .title = Wijs aan en vertel
    .body = Wijs vandaag een paar keer iets aan en noem het: ‘Kijk, de poes!’ Kijk daarna naar je baby en dan weer naar de poes. Rond deze leeftijd begint je baby te snappen dat jouw vinger ergens naartoe wijst, en samen naar hetzelfde kijken is een nieuwe manier van contact. Wijst je baby zelf iets aan? Noem het dan meteen: ‘Ja, een vogel!’

cuddles-for-a-busy-explorer =
    .title = Knuffelen blijft belangrijk
    .body = Nu je baby meer beweegt en wil ontdekken, schiet lang knuffelen er misschien bij in. Maak vandaag bewust een paar rustige momenten: samen op de bank na het eten, even dicht tegen je aan voor het slapen. Aanraking blijft jullie band voeden, ook nu je baby groter wordt. Je merkt het als je baby uit zichzelf tegen je aan komt liggen of het hoofd op je schouder legt.

name-the-fall =
    .title = Zeg wat je ziet na een val
    .body = Valt je kind vandaag, ga dan even op ooghoogte zitten en zeg wat er gebeurde: ‘Boem, je viel op je knie. Daar schrok je van, hè?’ Woorden bij een gevoel helpen je kind begrijpen wat er vanbinnen gebeurt. Maak het niet groter of kleiner dan het was; precies benoemen is genoeg.

be-the-fixed-point =
    .title = Wees vandaag het vaste punt
    .body = Ga vandaag in de speeltuin op een bankje of thuis op één plek zitten, goed zichtbaar, en blijf daar. Je kind loopt weg, kijkt om en komt even terug voor een aai of een knipoog. Geef die kort en laat het weer gaan: dat is bijtanken. Wie weet dat jij blijft zitten, durft een stukje verder. Na een paar rondjes worden de uitstapjes vaak vanzelf langer.

open-arms-first =
    .title = Eerst open armen, vragen komen later
    .body = Kruipt of loopt je baby vandaag huilend naar je toe na een schrik, een harde knal of een kleine val? Open dan eerst gewoon je armen en vang op, nog zonder vragen of uitleg; zeggen dat het niks is, hoeft ook niet. Een veilige haven om op adem te komen maakt het daarna makkelijker om weer te gaan ontdekken. Vaak glijdt je baby na een poosje vanzelf weer van je schoot.

count-to-ten-before-helping =
    .title = Tel tot tien voordat je helpt
    .body = Zie je je kind vandaag worstelen met een blokje, een deksel of een schoen, tel dan rustig tot tien voordat je helpt. Zo krijgt je kind de kans om zelf iets uit te vinden, met jou dichtbij als vangnet. Je ziet het werken aan die trotse blik als het lukt, of aan een handje dat jou erbij haalt als het echt niet gaat.

choice-of-two =
    .title = Laat je kind kiezen uit twee
    .body = Geef je kind vandaag een paar keer een keuze uit twee: de rode of de blauwe beker, eerst de broek of eerst de trui. Zo’n kleine keuze laat je kind voelen dat het ertoe doet wat het zelf wil. Je merkt het aan wat minder strijd bij het aankleden, of aan hoe beslist je kind naar een van de twee wijst.

repair-after-snapping =
    .title = Uit je slof geschoten? Maak het goed
    .body = Schoot je vandaag uit je slof, ga dan naast je kind zitten zodra je zelf wat rustiger bent en zeg: ‘Ik werd net heel boos. Dat was schrikken, hè? Het spijt me.’ Na een botsing weer goedmaken maakt de band sterker dan nooit botsen. Je kind hoeft het niet eens te begrijpen; het voelt wel dat het weer goed is.

one-line-for-the-carer =
    .title = Geef de opvang één zinnetje mee
    .body = Vertel bij het brengen één ding aan de pedagogisch medewerker of oppas: ‘Slecht geslapen vannacht’ of ‘Is helemaal gek op treinen.’ Vraag bij het halen ook één ding terug. Zo loopt er een draadje tussen thuis en de andere plek, waardoor de dag voor je kind meer één geheel wordt. Is er bij de deur geen tijd, dan werkt een schriftje of de app van de opvang ook.

a-ritual-with-another-carer =
    .title = Gun een andere verzorger een eigen ritueel
    .body = Laat een grootouder, de oppas of een andere vaste verzorger iets eigens hebben met je kind: een bepaald liedje, samen eendjes voeren, de ‘krant lezen’ op schoot. Je kind kan met meerdere vertrouwde volwassenen een echte band opbouwen, en dat haalt niets weg bij jou. Je merkt het als je kind al gaat stralen of zwaaien zodra die persoon binnenkomt.

five-minutes-at-pickup =
    .title = Vijf minuten samen na het ophalen
    .body = Huilt je kind bij het ophalen, of doet het alsof je lucht bent? Dat is heel gewoon: bij jou durft de spanning van de dag eruit. Neem na het weerzien vijf minuten alleen voor elkaar, op de bank of op een bankje buiten, voordat je aan boodschappen of koken begint. Eerst even boos of stil? Blijf vriendelijk in de buurt; het contact komt vanzelf.

peekaboo-behind-the-door =
    .title = Kiekeboe achter de deur
    .body = Maak kiekeboe vandaag een stapje groter: verstop je half achter een deur of de bank, roep zachtjes de naam van je kind en kom dan met een lach tevoorschijn. Zo wordt weggaan en terugkomen een spel waar je kind zelf plezier in heeft. Kijkt je kind even bang, kom dan iets sneller tevoorschijn; het moet een spel blijven.

toddler-hides-you-seek =
    .title = Laat je kind zich verstoppen
    .body = Peuters verstoppen zich graag, al steken hun voeten vaak onder het gordijn uit. Zoek hardop en een beetje traag: ‘Zit het onder de tafel? Nee… achter de stoel?’ Zo bepaalt je kind zelf wanneer het weg is en wanneer het gevonden wordt. Je ziet het werken als je kind giechelend tevoorschijn springt en meteen opnieuw wil.

favourite-book-again =
    .title = Lees het lievelingsboek nog een keer
    .body = Pakt je kind vandaag weer hetzelfde boekje, lees het dan gerust voor de twintigste keer. Stop af en toe vlak voor een bekend woord en laat je kind aanvullen of aanwijzen. Herhaling voelt voor een jong kind veilig, omdat het weet wat er komt. Voor jou is het de twintigste keer, voor je kind elke keer weer feest.

feelings-in-picture-books =
    .title = Zoek de gevoelens in het prentenboek
    .body = Kijk tijdens het voorlezen samen naar de gezichten in het boek: ‘Kijk, het konijn huilt. Het is zijn knuffel kwijt.’ Zo maakt je kind kennis met woorden voor gevoelens, op een rustig en veilig moment op schoot. Je ziet het werken als je kind zelf naar een blij of boos gezicht wijst, of het huilgeluidje nadoet.

warn-before-a-change =
    .title = Kondig een overgang van tevoren aan
    .body = Zeg vandaag vóór elke overgang even wat er gaat komen: ‘Nog één keer van de glijbaan, dan gaan we naar huis.’ Een seintje vooraf geeft je kind tijd om los te laten, in plaats van overvallen te worden. Je merkt dat het werkt als het stoppen met spelen wat soepeler gaat. Protest mag er nog steeds zijn, dat hoort erbij.

name-the-anger =
    .title = Geef de boosheid een naam
    .body = Krijgt je peuter vandaag een driftbui, blijf dan dichtbij en zeg kort wat je ziet: ‘Jij bent zó boos. Je wilde nog een koekje.’ Je hoeft het koekje niet te geven om het gevoel serieus te nemen. Een gevoel met een naam is voor een klein kind minder overweldigend. Houd je woorden kort; tijdens de bui is je rustige aanwezigheid belangrijker dan uitleg.

your-face-says-its-safe =
    .title = Laat met je gezicht zien dat het veilig is
    .body = Twijfelt je kind bij iets nieuws, zoals een hond of een onbekende, dan kijkt het vaak eerst naar jouw gezicht. Geef een rustige, vriendelijke blik en zeg: ‘Dat is de hond van de buren, die is lief.’ Jouw gezicht werkt voor je kind als een kompas in een onbekende situatie. Vindt je baby het nog te spannend, dan is kijken vanaf jouw schoot ook goed.

little-helper =
    .title = Laat je kind meehelpen
    .body = Geef je kind vandaag een klusje dat bij een peuter past: de lepels naar tafel brengen, sokken in de wasmachine gooien, de deur voor je openduwen. Het gaat langzamer en rommeliger, en dat is prima. Meedoen laat je kind voelen dat het iets kan en erbij hoort. Kies klusjes zonder scherpe randen of hete pannen, dan kun jij ontspannen meekijken.

spills-are-practice =
    .title = Een ongelukje is gewoon oefenen
    .body = Morst je kind vandaag bij het zelf inschenken, of valt de toren om? Zeg luchtig: ‘Oeps, dat liep over. Pak jij een doekje?’ Fouten maken hoort bij leren, en een kind dat mag mislukken zonder schaamte, blijft het proberen. Houd een doekje binnen handbereik; dan is opruimen gewoon deel van het spel.

cheer-the-trying =
    .title = Juich voor het proberen
    .body = Probeert je kind vandaag iets spannends, zoals een trapje beklimmen, blijf dan dichtbij en benoem de moeite: ‘Jij blijft het maar proberen, zeg!’ Kinderen die weten dat er iemand is om op terug te vallen, durven meer en kunnen beter tegen een tegenvaller. Na afloop mag er een knuffel komen, of het nu gelukt is of niet.

take-small-fears-seriously =
    .title = Neem een kleine angst serieus
    .body = Schrikt je kind vandaag van de stofzuiger, de föhn of een blaffende hond? Zeg liever ‘Dat was een hard geluid, hè, daar schrok je van’ dan ‘Er is niks aan de hand.’ Als een angst erkend wordt, hoeft je kind niet harder te huilen om gehoord te worden. Wil je kind het daarna weten, bekijk dan samen hoe de stofzuiger werkt.

lend-your-calm =
    .title = Leen je kind jouw rust
    .body = Huilt of raast je kind vandaag, in de autostoel, in bad of midden in de nacht, en voel je je eigen spanning stijgen? Adem eerst zelf drie keer lang uit, laat je schouders zakken, kom dichtbij en praat zachter en langzamer dan normaal. Een jong kind kan grote gevoelens nog niet zelf afremmen en leent jouw rust: je adem, je hartslag, je stem. Zo leert het later zelf kalmeren.

stop-the-hit-not-the-feeling =
    .title = Stop de klap, niet het gevoel
    .body = Slaat of bijt je kind vandaag uit frustratie, houd dan rustig de hand tegen en zeg: ‘Ik laat je niet slaan. Je bent boos omdat je schep werd afgepakt.’ Een grens en begrip gaan prima samen, want achter lastig gedrag zit bijna altijd een gevoel dat gezien wil worden. Je ziet het werken als je kind na het stoppen naar jou toe komt in plaats van door te vechten.

narrate-what-you-do-together =
    .title = Vertel wat je doet, met je baby erbij
    .body = Zet je baby vandaag in de kinderstoel naast je terwijl je kookt en praat mee als een rustige verslaggever: ‘Ik snijd de appel. Kijk, de schil gaat in de bak. Wil jij de lepel vasthouden?’ Zo hoort je baby veel woorden precies op het moment dat die ziet wat ze betekenen, en hoort die er gewoon bij. Een boterham smeren of de was vouwen werkt net zo goed.

mirror-faces =
    .title = Gezichten trekken voor de spiegel
    .body = Ga samen voor de spiegel zitten en trek overdreven gezichten: verbaasd, blij, boos, verdrietig. Zeg erbij wat je doet: ‘Kijk, nu ben ik boos! En nu weer blij.’ Een baby kijkt vooral geboeid en lacht misschien; een peuter gaat je nadoen. Zo oefent je kind spelenderwijs hoe gevoelens eruitzien. Dat het kindje in de spiegel zichzelf is, ontdekt het pas rond anderhalf à twee jaar.

rough-and-tumble-stop =
    .title = Stoeien, en stoppen bij ‘stop’
    .body = Stoei of kriebel vandaag even op bed of op de bank, en stop meteen als je kind ‘stop’ zegt, je wegduwt of zich wegdraait. Wacht dan tot het zelf weer wil. Samen lachen en aanraken versterkt de band, en je kind leert dat het over het eigen lijf mag beslissen. Je merkt het als je kind weer naar je toe kruipt om verder te gaan.

morning-cuddle =
    .title = Een knuffelmoment bij het opstaan
    .body = Begin de dag met een paar minuten knuffelen voordat jullie opstaan: samen onder een deken, of je kind even tegen je aan op de bank. Rustige aanraking zet in het lijf oxytocine vrij, een stofje dat jullie band versterkt. Op een haastige ochtend is één minuut onder de deken ook genoeg.

ten-minutes-following =
    .title = Tien minuten volgen in het spel
    .body = Speel vandaag tien minuten waarin je baby de leiding heeft. Slaat je baby met een lepel op tafel, doe het na; gooit die iets op de grond, raap het op en geef het terug. Zeg wat je ziet en laat ‘goed spelen’ of iets aanleren even los. Volgen in plaats van sturen laat je baby voelen dat wat die zelf interessant vindt, ertoe doet. Tien minuten is genoeg; de afwas wacht wel.

answer-every-look =
    .title = Reageer op elk ‘kijk!’
    .body = Let vandaag op de kleine uitnodigingen van je kind: een wijzend vingertje, een ‘kijk!’, een steentje dat je in je hand krijgt. Reageer, al is het maar kort: ‘Wauw, een steentje! Voor mij?’ Zulke kleine antwoorden vertellen je kind dat contact zoeken de moeite loont. Je merkt het als je kind je vaker iets komt laten zien, met een blik die op je reactie wacht.

say-when-you-leave-the-room =
    .title = Zeg het als je even de kamer uitgaat
    .body = Ga je vandaag even naar de keuken of de wc, zeg dan kort: ‘Ik ga even naar de keuken, ik kom zo terug.’ En kom dan ook echt terug, met een vrolijk ‘Daar ben ik weer!’ Kleine afscheidjes die goed aflopen, leren je kind dat jij terugkomt als je weggaat. Praat of zing gewoon door terwijl je wegloopt, dan blijft je stem in de kamer.

show-me-again =
    .title = ‘Ik snap het nog niet, laat nog eens zien’
    .body = Raakt je kind vandaag gefrustreerd omdat jij niet begrijpt wat het wil? Zeg eerlijk: ‘Ik snap het nog niet. Wil je het me laten zien?’ en ga mee. Elkaar even mislopen is heel gewoon, en samen opnieuw zoeken naar wat er bedoeld werd, maakt de band juist sterker. Zo leert je kind ook: als iemand me niet snapt, kunnen we het samen uitzoeken.

reconnect-after-no =
    .title = Na een ‘nee’ weer verbinden
    .body = Zei je vandaag ‘nee’ en was je kind diep verdrietig? Blijf bij je nee, maar zoek een paar minuten later weer contact: een arm om je kind heen en ‘Dat vond je stom, hè. Ik ben er nog.’ Een grens en een warme band gaan prima samen, zolang er daarna weer verbinding komt. Uitleggen of goedpraten hoeft niet; het contact daarna zegt genoeg.

walk-at-toddler-pace =
    .title = Wandel op peutertempo
    .body = Maak vandaag een kort ommetje waarbij je kind het tempo bepaalt. Stop bij elk steentje, elke slak en elk putdeksel, en kijk echt mee: ‘Wat heb je gevonden?’ Als jij vertraagt naar het tempo van je kind, voelt het zich gezien in wat het boeiend vindt. Je merkt het als je kind je aan je hand meetrekt naar de volgende ontdekking.

echo-and-add-a-word =
    .title = Herhaal het woordje en maak het groter
    .body = Zegt je kind vandaag een woordje of een klank, zoals ‘auto’ of ‘bah’, herhaal het dan vrolijk en maak er iets meer van: ‘Ja, een auto! Een blauwe auto.’ Zo hoort je kind dat je luistert, en krijgt het net een stapje meer taal terug. Spreken jullie thuis twee talen? Geef het woordje dan gerust terug in jouw taal.

a-piece-of-home =
    .title = Geef een stukje thuis mee
    .body = Geef je baby vandaag iets vertrouwds mee naar de opvang of de oppas: een knuffeltje, een doekje dat naar thuis ruikt, of een foto van jullie. Spreek af dat het overdag bij het spelen en troosten binnen handbereik ligt. In bed gaat het pas na de eerste verjaardag mee; tot dan slaapt je baby ook daar op de rug in een leeg bedje. Zo’n stukje thuis slaat een brug naar de andere plek.

talk-about-other-carers =
    .title = Praat thuis over de andere verzorgers
    .body = Noem vandaag thuis de naam van de pedagogisch medewerker, de oppas of een grootouder, en bekijk eventueel samen een foto: ‘Morgen ga je weer naar Sanne.’ Zo horen de mensen bij wie je kind zich ook veilig voelt, bij één vertrouwde wereld. Je merkt het als je kind opveert bij het horen van de naam, naar de foto wijst of de naam zelf probeert te zeggen.

say-exactly-what-you-liked =
    .title = Zeg precies wat je goed vond
    .body = Geef je kind vandaag een paar keer een compliment dat precies zegt wat je zag: ‘Jij hebt zelf je schoen gepakt!’ of ‘Wat aaide je de kat zacht.’ Een concreet compliment laat merken dat je echt keek, meer dan een snel ‘goed zo’. Het hoeft niet groots: ook ‘Je hebt je beker zelf teruggezet’ telt.

tell-them-how-you-feel =
    .title = Vertel je kind hoe jij je voelt
    .body = Ben je vandaag moe, gehaast of prikkelbaar, zeg het dan met een rustige stem en in simpele woorden: ‘Ik ben een beetje moe, daarom praat ik zachtjes. Het komt niet door jou.’ Doe alles wat langzamer. Je kind pikt je stemming toch op; met een naam erbij wordt die begrijpelijk in plaats van verwarrend. Voelt het vaak zo, praat er dan over met iemand die je vertrouwt of met het consultatiebureau.

see-what-they-dare =
    .title = Kijk eens wat je kind al durft
    .body = Let vandaag op wat je kind allemaal al durft: een nieuw klimrek, een ander kind aankijken, even zonder jou in een andere kamer spelen. Dat durven groeit op het vertrouwen dat jullie elke dag samen opbouwen. Zeg het ook hardop: ‘Jij durft al veel, hè!’ Dat hardop zeggen helpt je kind zichzelf ook zo te zien.

retell-the-day =
    .title = Vertel de dag na bij het slapengaan
    .body = Vertel vanavond bij het instoppen in een paar zinnen hoe de dag ging: ‘We gingen naar de speeltuin. Je viel van het trapje en huilde. Toen kreeg je een knuffel en ging je weer glijden.’ Een verhaal met een goede afloop helpt je kind de dag en de gevoelens erin te ordenen. Het hoeft geen mooi verhaal te zijn; drie zinnen en een goede afloop zijn genoeg.

comfort-the-teddy =
    .title = Troost samen de knuffel
    .body = Pak vandaag een knuffel of pop en laat die ‘vallen’ of ‘verdrietig’ zijn. Vraag je kind: ‘Oei, beer huilt. Wat heeft beer nodig?’ In het spel oefent je kind met troosten zoals het zelf getroost wordt. Je ziet het werken als je kind de beer gaat aaien, wiegen of een kusje geeft, en misschien jouw troostwoorden gebruikt.

good-enough-really-is =
    .title = Goed genoeg is écht genoeg
    .body = Noem vanavond voor jezelf één moment van vandaag dat goed genoeg ging: een voeding, een knuffel, een blik. Niet het mooiste moment, gewoon een gewoon moment. Je kind heeft geen perfecte ouder nodig, wel iemand die vaak genoeg beschikbaar is en na een misser terugkomt. Schrijf het eventueel op; op een zware dag is zo’n briefje goud waard.

missed-it-come-back =
    .title = Iets gemist? Kom gewoon terug
    .body = Miste je vandaag een signaal, omdat je onder de douche stond, aan het koken was of het gewoon niet zag? Ga dan naar je kind toe, zoek oogcontact en zeg zacht: ‘Hier ben ik.’ Elkaar mislopen gebeurt in elke relatie vaak; juist het terugkomen bouwt vertrouwen op. Een simpel ‘Sorry, ik ben er weer’ is genoeg, ook bij een baby die de woorden nog niet snapt.

one-moment-without-the-phone =
    .title = Eén moment zonder telefoon
    .body = Kies vandaag één vast moment, zoals de voeding, het badje of het eten aan tafel, en leg je telefoon zolang in een andere kamer. Je kind voelt het verschil tussen iemand die in de buurt is en iemand die er écht is. Het hoeft niet de hele dag; dit ene moment telt.

four-s-as-a-compass =
    .title = De vier S’en als kompas
    .body = Denk bij een lastig moment vandaag aan de vier S’en van Siegel: Safe (veilig), Seen (gezien), Soothed (getroost), en samen maken die je kind Secure (geborgen). Vraag jezelf één ding: welke van de eerste drie kan ik nu geven? Zo’n vraag helpt je door de chaos heen naar een volgende stap. Bij een prik bijvoorbeeld: dichtbij houden (veilig), zeggen dat het pijn deed (gezien), wiegen (getroost).

safe-comes-first =
    .title = Eerst veilig, dan de rest
    .body = Is je kind vandaag overstuur, zorg dan eerst dat het zich veilig voelt: oppakken of dichtbij komen, weg van lawaai, je stem laag en rustig. Uitleg, oplossen en opruimen komen daarna, want zonder dat gevoel van veiligheid, de eerste van Siegels vier S’en, kan een kind nauwelijks iets anders opnemen. Je woorden mogen wachten; je armen kunnen meteen.

your-own-soothing-signature =
    .title = Vind jouw vaste troostgebaar
    .body = Kies een manier van troosten die bij jou past en gebruik die vandaag elke keer, bijvoorbeeld: je kind rechtop tegen je schouder, zacht ‘sssst’, langzaam wiegen, steeds dezelfde woorden. Getroost worden, ‘Soothed’ in Siegels vier S’en, gaat sneller als het gebaar vertrouwd is, omdat het lijf van je kind het herkent. Stukje bij beetje leert je kind zo hoe rustig worden voelt.

look-behind-the-behaviour =
    .title = Kijk achter het gedrag
    .body = Huilt, jengelt of mokt je kind vandaag zonder duidelijke reden? Vraag je dan even af wat eronder zou kunnen zitten: moe, honger, te veel gedoe, of gewoon jou missen. Je hoeft het niet meteen goed te raden, want een kind dat merkt dat iemand echt probeert te snappen wat er is, voelt zich gezien. Op een dag met doorkomende tandjes of na een prik zit er vaak meer onder dan je denkt.

light-up-when-you-meet =
    .title = Straal als je je kind weer ziet
    .body = Laat vandaag bij elk weerzien, na een slaapje of als je thuiskomt, echt op je gezicht zien dat je blij bent: ogen die oplichten, een warm ‘Hé, daar ben jij!’ Zo voelt je kind zonder woorden dat het welkom is, precies zoals het is. Je merkt het aan een glimlach terug, trappelende beentjes, of armen die naar je uitgaan.

cross-one-thing-off =
    .title = Streep vandaag één ding door
    .body = Kijk naar je lijstje voor vandaag en streep er één ding af dat best kan blijven liggen: de was, de stofzuiger, dat ene mailtje. Gebruik die tijd om te zitten, te eten of te slapen. Stress en vermoeidheid maken het voor iedereen lastiger om rustig en afgestemd te reageren, dus jezelf ontlasten is ook zorgen voor je kind. Morgen is er weer een lijstje, en dat is prima.

worries-shared =
    .title = Zorgen hoef je niet alleen te dragen
    .body = Liggen er zorgen op je schouders, over geld, werk, je relatie of je gezondheid? Noem het bij je volgende bezoek aan het consultatiebureau of bij je huisarts; daar kunnen ze met je meedenken over hulp. Aanhoudende zorgen maken het zwaar om er ook nog voor je kind te zijn, dus daar iets aan doen hoort bij goed zorgen. Geldzorgen zijn geen schande; er is vaak meer hulp dan je denkt.

half-an-hour-for-you =
    .title = Een halfuurtje voor jezelf
    .body = Vraag vandaag iemand die je vertrouwt om een halfuurtje voor je kind te zorgen: je partner als je die hebt, een grootouder, iemand uit de buurt of een vriend. Ga liggen, maak een wandeling of drink in stilte een kop thee. Een uitgeruste volwassene kan makkelijker geduld en warmte opbrengen. Ben je alleen? Ga dan liggen zodra je kind slaapt.

every-comfort-builds-the-brain =
    .title = Elke troost bouwt mee aan het brein
    .body = Troost je kind vandaag zoals je altijd doet, maar sta er één keer bewust bij stil. Bij schrik maakt het lijf het stresshormoon cortisol aan, en jouw nabijheid laat dat weer zakken; door dat vaak samen te doen, groeien de hersendelen die later helpen met gevoelens en met anderen. Na een prik of een nare droom is zo’n moment extra waardevol.

in-doubt-ask-early =
    .title = Twijfel je? Vraag het op tijd
    .body = Heb je vaak het gevoel dat je je kind niet kunt ‘lezen’, of lijkt je kind erg angstig, heel waakzaam of juist stil en teruggetrokken? Bespreek het met het consultatiebureau (JGZ) of je huisarts, ook als je twijfelt. Vroeg hulp vragen is een teken van zorg, en er is veel dat kan helpen. Je hoeft niet te wachten tot je het zeker weet; twijfel is reden genoeg.

low-or-numb-tell-someone =
    .title = Somber, angstig of geen plezier? Vertel het
    .body = Voel je je sinds de geboorte al meer dan twee weken somber, angstig of leeg, of heb je nergens meer plezier in, ook niet in je baby? Vertel het vandaag aan het consultatiebureau, je verloskundige of je huisarts. Het overkomt veel ouders, moeders en partners, en het is niemands schuld. Hulp vragen is kracht, en met de juiste steun wordt het meestal lichter.

same-words-same-moments =
    .title = Dezelfde woorden bij vaste momenten
    .body = Kies voor drie terugkerende momenten een vast zinnetje en gebruik dat vandaag elke keer: ‘Tijd voor een schone luier’, ‘We gaan eten’, ‘Slaap lekker, tot straks.’ Herkenbare woorden maken de dag voorspelbaar, en wat voorspelbaar is, voelt veilig. Grootouders en oppas kunnen dezelfde zinnetjes gebruiken.

one-anchor-on-a-messy-day =
    .title = Op een rommelige dag: houd één anker
    .body = Loopt vandaag alles door elkaar, door werk, ziekte, bezoek of gewoon chaos? Houd dan één vast anker overeind, zoals het liedje bij het slapen of de knuffel na het eten. Schommelingen in de dag en in jouw humeur kan een kind beter hebben als er iets hetzelfde blijft. Bij een verhuizing, een ziekenhuisopname of een feestdag vol familie is zo’n anker extra belangrijk.

a-bad-day-breaks-nothing =
    .title = Een slechte dag maakt niets kapot
    .body = Was het vandaag een dag vol gehuil, haast en weinig geduld, bij je kind en bij jou? Sluit hem dan af met één klein gebaar: een hand op de rug, een liedje, een zacht ‘Morgen weer.’ Een band groeit over vele dagen, met gemiddeld genoeg aandacht, niet door één perfecte dag. Zo’n afsluiting is ook voor jezelf: een zachte streep onder de dag.

your-child-knows-you =
    .title = Je kind kent jou, niet het plaatje
    .body = Merk je dat je jezelf vandaag vergelijkt met andere ouders, online, in de familie of op een verjaardag? Zet die vergelijking bewust even opzij, bijvoorbeeld door een app een dag niet te openen. Je kind heeft geen ideaalbeeld nodig, maar jou, met je eigen manier van doen.

count-your-comebacks =
    .title = Tel vandaag je herstelmomenten
    .body = Let vandaag eens niet op wat er misging, maar op de keren dat je terugkwam: je pakte je kind toch nog op, je zag een signaal alsnog, je maakte een boze blik weer goed. Zo’n herstel na een misser is niet het repareren van een fout, maar precies de manier waarop een veilige band groeit.

write-down-one-moment =
    .title = Schrijf één klein moment op
    .body = Schrijf vandaag één klein moment op waarin je kind steun bij jou vond: een troost, een spelletje, een blik van herkenning. Zulke gewone momenten stapelen zich op tot zelfvertrouwen, veerkracht en later het vermogen om vriendschappen te sluiten. Je merkt het als je bij het teruglezen ziet hoeveel je al geeft, ook op dagen die zwaar voelden.

what-you-do-matters =
    .title = Laat zien: wat jij doet, doet ertoe
    .body = Kies vandaag één signaal van je kind, zoals een bepaald geluidje, een huiltje of een uitgestoken hand, en reageer er elke keer op. Zo ontdekt je kind dat het zelf iets in beweging kan zetten, en dat is een vroege bouwsteen van zelfvertrouwen. In bad, met een spetterende hand of een kraaiend geluidje, kun je er mooi mee beginnen.

fill-your-own-tank =
    .title = Zorg ook voor je eigen tank
    .body = Drink vandaag een glas water en eet iets stevigs voordat je aan de volgende voeding, maaltijd of het badje begint. Het klinkt klein, maar met honger, dorst of een lege tank is geduld veel moeilijker op te brengen, dus voor jezelf zorgen is gewoon deel van de zorg voor je kind. Een fles water en iets te eten bij je voedplek maken het makkelijk.

who-to-call-when-its-too-much =
    .title = Wie bel je als het te veel wordt?
    .body = Bedenk vandaag wie je kunt bellen of appen als het even te veel wordt, en laat die persoon dat ook weten: ‘Mag ik je bellen als ik vastloop?’ Hulp vragen is een kracht, en een kind heeft baat bij volwassenen die niet alles alleen hoeven te dragen. Zet die naam bovenaan in je favorieten.


first-ward-visit-just-arrive =
    .title = Je eerste bezoek aan de afdeling neonatologie
    .body = Ga je vandaag voor het eerst naar je baby op de neonatologie? Vraag een verpleegkundige om naast je te staan en uit te leggen wat je ziet: slangetjes, plakkers, piepjes. Kijk dan naar je baby en zeg zacht hallo; tussen alle vreemde geluiden is jouw stem iets vertrouwds. Meer hoeft deze eerste keer niet. Je bent geen bezoeker maar de ouder, dus vraag gerust wat jij vandaag mag doen.

incubator-still-hands-hold =
    .title = Je eerste aanraking door het deurtje van de couveuse
    .body = Mag je vandaag je handen door de deurtjes van de couveuse steken? Vraag de verpleegkundigen eerst hoe je je handen wast en hoe jouw baby graag aangeraakt wordt. Vaak voelt een warme, stille hand prettiger dan strelen: laat je hand rustig liggen, bijvoorbeeld om de voetjes, en kijk wat je baby doet. Haal je hand daarna langzaam weg. Trillen je handen de eerste keer? Dat is heel gewoon.

tiny-baby-enough-signs-pause =
    .title = Lees het ‘even genoeg’ van je kleine baby
    .body = Let vandaag tijdens de verzorging op kleine signalen, zoals wegkijken, gespreide vingertjes, hikken, gapen, een frons of armpjes die wegschieten. Een te vroeg geboren baby krijgt vaak snel te veel prikkels en kan zo laten zien: even pauze. Stop dan, houd je hand stil en wacht tot je baby weer rustig wordt. Vraag de verpleegkundigen welke signalen jouw baby laat zien; elke baby doet het net anders.

kangaroo-care-ask-the-nurses =
    .title = Vraag wanneer je mag buidelen
    .body = Vraag vandaag wanneer je je baby huid op huid mag houden; op de afdeling heet dat vaak ‘buidelen’. Als het kan, leggen de verpleegkundigen je baby met draadjes en al op je blote borst, waar je warmte en hartslag kunnen helpen om rustig te worden. Draag iets wat van voren open kan, ga eerst naar de wc en zet water klaar. Blijf wakker en alert; word je slaperig, zeg het dan.

kangaroo-care-second-parent =
    .title = Buidelen is niet alleen voor wie bevallen is
    .body = Sta jij vaak naast de couveuse terwijl een ander buidelt, of ben jij niet degene die bevallen is? Vraag vandaag ook een eigen moment huid op huid. Je baby leert zo jouw geur, adem en hartslag kennen, en voor jou wordt het ouderschap er vaak ineens tastbaar door. Blijf wakker en alert. Spreek daarna met de verpleegkundigen een vaste tijd af, dan hoef je er niet steeds om te vragen.

kangaroo-slow-breathing-chest =
    .title = Tijdens het buidelen: adem rustig en doe niets
    .body = Ligt je baby vandaag huid op huid op je borst? Leg je telefoon weg, laat je schouders zakken en adem langzaam uit. Je baby beweegt mee op jouw ademhaling en voelt je hartslag; een rustig lijf dichtbij kan een klein stresssysteem helpen om te kalmeren. Praten of aaien hoeft niet: er zijn is genoeg. Merk je dat je zelf wegzakt, vraag dan een verpleegkundige om je baby terug te leggen.

tube-feed-as-contact =
    .title = Maak van de sondevoeding een moment samen
    .body = Krijgt je baby voeding via een sonde? Vraag vandaag of je erbij mag zijn, en of je het spuitje mag vasthouden of je baby tijdens de voeding bij je mag hebben, in de couveuse of huid op huid, terwijl jij wakker en alert bent. Leg een hand om je baby en praat zacht. Zo wordt eten, net als later aan borst of fles, een moment van warmte en nabijheid. Kan het vandaag niet, vraag dan wanneer wel.

feast-day-in-these-weeks =
    .title = Een feestdag in deze onrustige weken
    .body = Valt er in deze weken een feestdag of verjaardag, zoals Kerst, het Suikerfeest of de verjaardag van een broer of zus? Geef je baby vandaag een klein stukje van het feest: het feestlied zacht gezongen, een kaart bij de couveuse of het bedje, een foto van iedereen samen. Op de afdeling? Vraag de verpleging wat er kan. En vier gerust zelf ook mee; een feest overslaan maakt je geen betere ouder.

care-times-plan-your-visit =
    .title = Plan je bezoek rond een verzorgmoment
    .body = Vraag vandaag hoe laat de volgende verzorgmomenten van je baby zijn: luier, temperatuur, voeding. Vaak worden die bij elkaar gepland, zodat een kleine baby daartussen kan slapen; de verpleegkundigen weten hoe het bij jouw baby gaat. Kom zo dat je erbij bent en zelf iets mag doen. Je baby krijgt zo een herkenbaar ritme, met jou erin. Lukt het niet elke keer, kies dan één vast moment per dag.

nappy-change-in-the-incubator =
    .title = Verschoon je baby in de couveuse
    .body = Vraag een verpleegkundige vandaag om je te laten zien hoe je je baby in de couveuse verschoont, en doe het daarna zelf terwijl die meekijkt. Werk langzaam en vertel zacht wat je doet: ‘Nu gaat je luier open.’ Zo hoort je baby jouw stem bij jouw handen, en wordt een klusje een moment samen. De eerste keren voelt het onhandig; dat hoort erbij en het went.

one-care-task-becomes-yours =
    .title = Leer één verzorgtaak die van jou wordt
    .body = Kies vandaag met de verpleegkundige één taak die jij voortaan doet als je er bent, bijvoorbeeld de temperatuur opnemen, het gezichtje wassen of het mondje verzorgen; zij weten wat bij jouw baby past. Tussen alle wisselende diensten ben jij dan degene wiens handen steeds terugkomen. Lukt het vandaag nog niet zelf, kijk dan goed mee; de volgende keer neem jij het over.

nurses-card-what-calms-baby =
    .title = Vertel de verpleging wat jouw baby rustig maakt
    .body = Schrijf vandaag op een kaartje wat jij bij je baby ziet: hoe die het liefst ligt, wat rustig maakt, welk liedje je zingt. Vraag of het bij de couveuse mag hangen. De verpleegkundigen zorgen ook voor je baby als jij er niet bent, en zo gaat jouw kennis mee in hun handen. Vraag andersom wat zij hebben gezien; samen zijn jullie het team rond je baby.

ward-round-question-list =
    .title = Neem je vragen mee naar de artsenvisite
    .body = Houd vandaag in je telefoon een lijstje bij met alles wat je wilt weten, hoe klein ook. Vraag of je bij de artsenvisite of een oudergesprek mag aansluiten en neem het lijstje mee. Wie snapt wat er gebeurt, voelt zich minder toeschouwer en meer ouder, en dat geeft ruimte voor contact met je baby. Iets twee keer vragen is prima; op zo’n afdeling onthoudt niemand alles.

monitor-watch-baby-not-screen =
    .title = Kijk naar je baby, niet alleen naar het scherm
    .body = Vraag vandaag een verpleegkundige om één keer rustig uit te leggen wat de monitor laat zien, welke piepjes vaak onschuldig zijn, bijvoorbeeld als je baby beweegt of een plakker losraakt, en wanneer jij iemand roept. De verpleging houdt het scherm in de gaten. Kijk daarna bewust naar je baby zelf: het gezichtje, de handjes, hoe die ligt. Daar leer je je kind lezen.

heel-prick-hold-your-baby =
    .title = Houd je baby vast bij een hielprik of prik
    .body = Moet er vandaag iets vervelends gebeuren bij je baby, zoals een hielprik of een nieuw slangetje? Vraag of je erbij mag blijven en je handen stil om je baby heen mag houden, of je baby tegen je aan. Jouw nabijheid kan het lijfje helpen om na de schrik weer tot rust te komen. Blijf daarna nog even met je hand bij je baby. Is kijken te veel voor je? Dan mag je ook even weglopen.

see-your-baby-past-the-tubes =
    .title = Zoek je baby achter de slangetjes
    .body = Zie je vandaag vooral draadjes, pleisters of een kapje? Zoek dan bewust naar je baby zelf: de wenkbrauwen, het haar, de vorm van de oortjes, de teentjes. Op wie lijkt je baby? Zeg het hardop of schrijf het op. Zo zie je je kind in plaats van alleen de apparaten eromheen, en het gevoel ‘dit is mijn kind’ groeit vaak juist uit zulke details.

goodbye-ritual-at-the-incubator =
    .title = Een vast afscheid bij de couveuse
    .body = Moet je vandaag weer weg van de afdeling? Neem steeds op dezelfde manier afscheid: je hand nog even stil om je baby, dezelfde paar woorden, zoals ‘Slaap lekker, ik kom morgen terug’, en dan echt gaan. Een vast ritueel brengt iets herkenbaars in het weggaan en geeft jou een duidelijk einde, zodat weggaan minder als wegsluipen voelt. Zeg tegen de verpleegkundige wanneer je terugkomt.

go-home-to-sleep-allowed =
    .title = Naar huis om te slapen mag
    .body = Voelt het vanavond verkeerd om je baby achter te laten? Ga toch naar huis, of naar je kamer, om te slapen. ’s Nachts waken de verpleegkundigen, en jij hebt je krachten nodig voor de weken die komen, ook voor de tijd thuis. Vraag de verpleging of je voor het slapengaan even mag bellen om te horen hoe het gaat, en of dat ook kan als je midden in de nacht wakker ligt.

birth-parent-in-bed-recovering =
    .title = Nog niet bij je baby kunnen na de bevalling
    .body = Lig je na een keizersnede of een zware bevalling zelf nog in bed, of ben je ziek, en kun je niet naar je baby? Vraag of iemand je in een rolstoel of bed kan brengen, al is het maar even. Laat een naaste ondertussen foto’s en een kort filmpje maken. Dat anderen je baby eerst vasthouden, zegt niets over jullie band; die kan gewoon wat later beginnen.

short-ward-visit-still-counts =
    .title = Een kort bezoek telt ook
    .body = Werk je, heb je kinderen thuis of woon je ver weg, en lukt vandaag maar een kwartiertje? Ga toch. Was je handen, leg een hand om je baby, zeg zacht hallo en vertel één ding over je dag. Reken jezelf niet af op minuten: een baby heeft vooral iemand nodig die steeds terugkomt. Kun je een dag echt niet, bel dan de afdeling en vraag hoe het ging.

no-touching-today-stay-close =
    .title = Mag je vandaag niet aanraken? Blijf dichtbij
    .body = Is je baby vandaag zo kwetsbaar dat aanraken of buidelen niet kan? Ga dan naast de couveuse zitten en vraag de verpleging of zacht praten wel kan. Kijk naar wat je baby laat zien: een handje dat opengaat of sluit, een gezichtje dat verandert. Zo leer je je baby al kennen, ook zonder aanraking. Het voelt machteloos, maar dat je er bent, is nu al zorg.

eyes-open-bring-your-face-close =
    .title = Doet je baby de oogjes open? Kom dichtbij
    .body = Gaan de oogjes van je baby vandaag even open? Vraag of het licht wat gedempt kan, bijvoorbeeld met de hoes over de couveuse, en breng je gezicht rustig dichterbij. Zeg niets, of heel zacht iets. Veel baby’s kijken graag naar een gezicht, maar een heel kleine baby is vaak snel moe: gaan de oogjes weer dicht of kijkt je baby weg, dan was het genoeg.

twins-on-the-ward-each-a-moment =
    .title = Twee baby’s op de afdeling: elk een eigen moment
    .body = Liggen er twee (of meer) baby’s van jou op de afdeling? Geef vandaag elke baby een eigen moment: een keer buidelen terwijl je wakker en alert bent, een verzorging of gewoon even alleen met die ene. Zo leer je zien dat ze elk hun eigen signalen en tempo hebben. Is het de ene dag ongelijk verdeeld, dan is dat niet erg; kijk morgen wie aan de beurt is. Vraag de verpleging om mee te plannen.

transfer-to-hospital-near-home =
    .title = Overgeplaatst naar een ander ziekenhuis
    .body = Gaat je baby naar een ziekenhuis dichter bij huis, of is dat net gebeurd? Vraag of je bij het vervoer mag zijn of mag meerijden. Stel je op de nieuwe afdeling meteen voor als de ouder, laat je rondleiden en vraag wie je aanspreekpunt is. Voor je baby is alles nieuw: gezichten, geluiden, handen. Jij bent wat meegaat, en hoe sneller jij je er thuis voelt, hoe meer rust je meebrengt.

first-own-clothes-open-cot =
    .title = De eerste eigen kleertjes
    .body = Mag je baby uit de couveuse naar een open bedje, of mag die kleertjes aan? Neem vandaag een rompertje, mutsje of pakje van thuis mee en kleed je baby samen met de verpleegkundige aan. Iets wat jij hebt uitgekozen maakt voor veel ouders ineens voelbaar: dit is ons kind. Maak er gerust een foto van. Is het nog te vroeg, leg dan vast iets klaar in je tas.

first-drinks-baby-sets-the-pace =
    .title = Eerste keer drinken: je baby bepaalt het tempo
    .body = Gaat je baby vandaag oefenen met drinken aan de borst of uit een flesje? Houd je baby dicht tegen je aan en let op de signalen: zoekt het mondje, of draait het hoofdje weg en wordt je baby moe? Vraag de verpleegkundigen vooraf wat je doet als je baby stopt voordat de voeding op is. Drinken leren gaat meestal in kleine stapjes, in het tempo van je baby. De lactatiekundige kan ook meekijken.

rooming-in-before-going-home =
    .title = Samen op een kamer voordat je naar huis gaat
    .body = Vraag of je, voordat je baby naar huis gaat, een dag of nacht samen op een kamer op de afdeling kunt blijven. Neem dan alle zorg zelf op je: voeden, verschonen, troosten, ook ’s nachts, met de verpleging op de achtergrond. Zo merk je dat jij je baby kunt lezen, en ben jij voor je baby degene die komt. Twijfel je even, bel dan gerust: daarvoor is die nacht juist bedoeld.

parents-room-talk-to-another-parent =
    .title = Praat met een andere ouder in de ouderkamer
    .body = Zit je vandaag in de ouderkamer of bij de koffieautomaat naast een andere ouder? Vraag hoe het met diegene gaat. Niemand begrijpt dit leven tussen couveuse en thuis zo goed als iemand die het zelf meemaakt, en gedeelde zorgen voelen lichter. Vergelijk alleen geen grammen of stappen; elke baby heeft een eigen weg. Heb je vandaag liever stilte, dan is dat ook goed.

sibling-at-home-baby-in-hospital =
    .title = Broer of zus thuis, de baby in het ziekenhuis
    .body = Wacht er thuis een broer of zus terwijl jij steeds naar het ziekenhuis gaat? Vertel in simpele woorden waar de baby is en waarom, en laat een tekening maken die bij de couveuse mag hangen. Houd thuis zoveel mogelijk dezelfde vaste persoon en dezelfde gewoontes, zoals het slapengaan. Zo voelt ook het oudere kind zich veilig in deze onrustige weken. Vraag de afdeling wanneer het mag komen kijken.

corrected-age-count-from-due-date =
    .title = Wat ‘gecorrigeerde leeftijd’ betekent
    .body = Je baby is er al, maar voor de ontwikkeling tel je vanaf de uitgerekende datum: de gecorrigeerde leeftijd. Die gebruik je tot je kind ongeveer twee is. Is je baby twee maanden te vroeg geboren, dan past vier maanden na de geboorte vaak meer bij twee maanden. Ook deze tips volgen die leeftijd. Leg het vandaag uit aan opa’s, oma’s of vrienden, dan verwacht niemand te vroeg te veel.

tube-bottle-or-breast-bond-grows =
    .title = Sonde, fles of borst: de band groeit net zo goed
    .body = Krijgt je baby voeding via een sonde of fles, met moedermelk of kunstvoeding, en knaagt dat aan je? Hechting groeit niet uit de manier van voeden, maar uit wat eromheen gebeurt: je handen, je stem, je geur en steeds weer terugkomen. Let vandaag na een voeding op wat je baby bij jou doet, zoals een lijfje dat ontspant of een handje om je vinger. Dat is jullie band.

other-parent-helps-with-expressing =
    .title = Kolft de ander? Zo doe jij mee
    .body = Kolft de ouder die moedermelk geeft vandaag weer, thuis of in het ziekenhuis? Neem dan jouw deel: maak de onderdelen schoon, zet er een etiket op zoals de afdeling vraagt, breng de melk weg en ga er gewoon even naast zitten. Kolven is eenzaam werk, en gezelschap maakt het lichter. Zo zorg je samen voor je baby, ook al geef jij de melk niet zelf.

expressing-milk-is-not-a-contest =
    .title = Kolven is zwaar werk, geen wedstrijd
    .body = Kolf je vandaag weer, met de wekker ’s nachts en een oog op de flesjes? Zie de milliliters niet als bewijs van hoe goed je het doet. Veel ouders merken dat kolven makkelijker gaat bij de couveuse, na het buidelen of met een foto van hun baby erbij. Valt het tegen, vraag dan de lactatiekundige om hulp. En lukt het niet of stop je, dan ben je net zo goed de ouder die je baby nodig heeft.

hospital-costs-ask-for-help =
    .title = Parkeren, reizen, eten: vraag hulp bij de kosten
    .body = Lopen de kosten op door al dat heen en weer: parkeren, benzine of de trein, eten uit de automaat? Vraag vandaag de verpleging of de medisch maatschappelijk werker wat er kan, zoals een parkeerregeling voor ouders of een slaapplek dichtbij. Vraag ook je zorgverzekeraar of er iets vergoed wordt. Geldzorgen kosten energie die je liever aan je baby geeft, en om hulp vragen hoort bij deze weken.

ask-for-an-interpreter-on-the-ward =
    .title = Artsen niet goed te volgen? Vraag om een tolk
    .body = Is Nederlands niet je eerste taal, en gaan de gesprekken met artsen en verpleegkundigen te snel? Vraag vandaag of er bij het volgende gesprek een tolk kan komen of meebellen; ziekenhuizen werken daar vaak mee. Laat liever geen kind of familielid vertalen. Begrijp je wat er met je baby gebeurt, dan heb je meer rust voor je baby zelf. Al (bijna) thuis? Vraag het ook bij het consultatiebureau.

diary-for-your-preterm-baby =
    .title = Houd een dagboekje bij voor je baby
    .body = Begin vandaag een schrift of notitie aan je baby: ‘Vandaag hield ik voor het eerst je hand vast.’ Schrijf kleine eerste keren op, plak foto’s erbij en vraag of de verpleegkundigen er een regel in willen schrijven als jij er niet bent. Later lees je terug hoeveel jullie al samen deden, en ooit kan je kind het zelf lezen. Eén zin per dag is genoeg, en een dag overslaan ook.

not-feeling-like-my-baby-yet =
    .title = Voelt het nog niet als jouw baby?
    .body = Voelt je baby na alle apparaten en andermans handen nog niet echt als van jou? Veel ouders van een te vroeg geboren baby kennen dat, en het zegt niets over jou of jullie band. Zeg het vandaag tegen een verpleegkundige, de JGZ of iemand die je vertrouwt, en vraag wat die ziet dat je baby doet als jij er bent. Soms ziet een ander de band al voordat jij hem voelt; het gevoel komt vaak later.

guilt-about-the-early-birth =
    .title = Schuldgevoel over de vroege geboorte
    .body = Blijf je denken: had ik iets anders moeten doen, ligt het aan mij? Veel ouders voelen die schuld, en een vroege geboorte is zelden iemands schuld. Schrijf je vraag vandaag op en stel hem aan de arts of verloskundige; een eerlijk antwoord haalt er vaak de scherpste randjes af. Zeg het ook tegen iemand die dichtbij staat. Schuld hoeft niet tussen jou en je baby in te staan.

afraid-to-attach-come-close =
    .title = Bang om je te hechten? Ga toch dichtbij
    .body = Houd je jezelf een beetje in, omdat je bang bent dat het misgaat met je baby? Die angst is heel begrijpelijk, en veel ouders herkennen hem. Juist nu heeft je baby je nabijheid nodig, en dichtbij zijn kan ook jou troost geven. Begin klein: een hand, een liedje, een paar minuten. De angst hoeft niet weg te zijn voordat je mag beginnen.

ward-social-worker-or-psychologist =
    .title = Praat met iemand die hier verstand van heeft
    .body = Slaap je slecht, schiet je vaak vol of voel je juist niets meer sinds de geboorte? Vraag op de afdeling naar de medisch maatschappelijk werker of de psycholoog; die zijn er voor ouders zoals jij. Ben je al thuis, vertel het dan je huisarts of het consultatiebureau. Houden somberheid of angst langer dan twee weken aan, of voel je al zo lang geen vreugde, zeg het dan zeker. Hulp vragen is sterk.

parents-cope-differently-with-worry =
    .title = Ieder draagt de zorgen op een eigen manier
    .body = Wil de een alles weten over zuurstof en grammen, terwijl de ander liever stil bij de baby zit of zich op het werk stort? Mensen gaan verschillend om met angst, en dat is geen gebrek aan liefde. Vraag elkaar vandaag: ‘Wat helpt jou nu?’ en luister zonder te verbeteren. Sta je er alleen voor? Stel die vraag dan aan jezelf, en aan één iemand die je vertrouwt.

one-news-message-for-everyone =
    .title = Eén bericht voor iedereen die nieuws wil
    .body = Stromen de appjes binnen met ‘Hoe is het met de kleine?’ Kies vandaag één persoon die het nieuws voor jullie doorgeeft, of stuur één bericht naar een groep en zet de rest op stil. Zo gaat je energie naar je baby in plaats van naar je telefoon, en blijft de kring om je baby klein en rustig. Laat die persoon ook de vragen over bezoek opvangen.

family-helpers-get-a-practical-job =
    .title = Geef opa, oma of vrienden een klus
    .body = Willen familie en vrienden graag helpen, maar kunnen ze niet allemaal bij de baby komen? Geef ze vandaag een concrete klus: een maaltijd, de was, rijden naar het ziekenhuis, tijd met een ouder kind. Zo helpen ze echt, en houd jij je aandacht voor je baby. Hun eigen band met je baby komt later, als er rust is: een grootouder of vriend die vaak komt, wordt dan vanzelf vertrouwd.

ask-work-about-leave-options =
    .title = Vraag op je werk wat er kan met verlof
    .body = Raakt je verlof op terwijl je baby nog in het ziekenhuis ligt, of zie je op tegen weer beginnen? Vraag vandaag je werkgever of de personeelsafdeling wat er in jouw situatie kan; als een pasgeborene in het ziekenhuis ligt, zijn er soms extra mogelijkheden. Minder zorgen en een duidelijk plan geven je ruimte om bij je baby te zijn. Zie je op tegen het gesprek, neem dan iemand mee.

a-setback-on-the-ward =
    .title = Een terugslag op de afdeling
    .body = Moet je baby vandaag toch weer extra zuurstof, een infuus of terug de couveuse in? Zo’n stap terug komt bij veel vroeg geboren baby’s voor, en toch voelt het als een klap. Vraag een verpleegkundige om in gewone woorden uit te leggen wat het betekent, en wat jij vandaag nog wél kunt doen: een hand, je stem, één verzorging. Bel iemand die naast je komt zitten. Je hoeft niet dapper te doen.

welcome-ritual-from-your-tradition =
    .title = Een welkomstritueel uit je eigen traditie
    .body = Hoort er in je familie of geloof iets bij een geboorte: een gebed in het oor, een zegen, een lied, een naam die hardop klinkt? Kwam het er in alle drukte nog niet van, of ging het anders dan je wilde? Doe het vandaag alsnog, of nog een keer; vraag op de afdeling om een rustig moment. Zo wordt je baby verwelkomd als deel van jullie familie, en dat is het vieren waard, waar je ook bent.

tell-your-baby-about-home =
    .title = Vertel je baby over thuis
    .body = Vertel je baby vandaag hoe het thuis is: de kamer waar het bedje staat, de kat, een broer of zus die steeds vraagt wanneer de baby komt, de geur van het eten. Je baby begrijpt de woorden niet, maar hoort een rustige, warme stem die over iets vertrouwds praat. En voor jou wordt thuiskomen alvast een beetje echt. Is je baby al thuis? Geef dan een rondleiding door het huis.

parent-alone-one-steady-companion =
    .title = Alleen? Kies één vaste persoon naast je
    .body = Sta je er als ouder alleen voor, op de afdeling of straks thuis? Kies vandaag één vaste persoon die met je mee kan: om naast je te zitten, mee te luisteren naar de verpleging en je soms af te lossen bij de verzorging of het buidelen, als de afdeling dat toestaat. Voor je baby wordt die persoon een vertrouwd gezicht naast jou, en voor jou een steun die het verhaal al kent.

no-comparing-with-term-babies =
    .title = Vergelijk niet met baby’s die op tijd kwamen
    .body = Zie je online of in de familie baby’s die rond dezelfde tijd zijn geboren en al thuis zijn of groter lijken? Leg die vergelijking vandaag bewust weg. Je baby volgt een eigen weg, met de uitgerekende datum als beginpunt, en die weg meet je niet af aan een ander. Vergelijk je baby hooguit met zichzelf van vorige week, en zie wat er al veranderd is.

mark-the-due-date =
    .title = Maak iets van de uitgerekende datum
    .body = Komt de uitgerekende datum in zicht? Bedenk vandaag hoe je die dag wilt markeren: een taart, een foto om naast de allereerste te leggen, een brief aan je baby of gewoon een rustige dag samen. Het is een tweede verjaardag die alleen te vroeg geboren baby’s hebben, en een moment om te zien wat jullie samen al hebben doorstaan. Voelt het juist dubbel? Dan mag dat ook.

hum-softly-during-care =
    .title = Neurie zacht tijdens de verzorging
    .body = Neurie vandaag tijdens het verschonen of wassen zacht een melodie, steeds dezelfde. Neuriën is zachter dan zingen en vult een kleine ruimte, zoals een couveuse of wiegje, niet met te veel geluid. Je baby krijgt zo een rustige draad door de verzorging heen, en jouw eigen adem wordt er vanzelf trager van. Lijkt het je baby vandaag te veel, neurie dan alleen aan het eind.

who-to-call-card-for-home =
    .title = Wie bel je waarvoor? Eén briefje voor thuis
    .body = Gaat je baby binnenkort naar huis, of is die er net? Vraag de verpleging wie je belt bij welke zorg, overdag en ’s nachts: de afdeling, je huisarts, de huisartsenpost, het consultatiebureau. Schrijf het met de nummers op één briefje en hang het op de koelkast, zodat ook een oppas of opa het vindt. Thuis staat er geen verpleging naast je, en weten wie je belt, geeft rust.

preterm-back-sleeping-at-home =
    .title = Thuis slaapt je baby altijd op de rug
    .body = Lag je baby op de afdeling soms op de buik of zij, aan de monitor? Thuis gaat het anders: je baby slaapt altijd op de rug, in een eigen bedje, en tot 12 maanden ligt er niets zachts in: geen knuffel, doekje of kussen. Ook als je baby buikligging gewend is. Vraag de verpleging hoe je dat vóór het ontslag al oefent en wat er verder voor jouw baby geldt; ben je al thuis, bel dan de afdeling.

home-from-the-ward-never-shake =
    .title = Straks thuis en op van het huilen? Nooit schudden
    .body = Straks of net thuis? Daar neemt geen verpleegkundige het van je over. Word je van het huilen kwaad of wanhopig, zeker na nachten met weinig slaap? Schud je baby nooit, ook niet even: een kleine baby kan er blijvend letsel van krijgen. Leg je baby op de rug in het eigen bedje, zet de deur op een kier en loop een paar minuten weg. Bel of app iemand. Rustiger? Ga terug. Spreek nu af wie je dan belt.

bring-the-ward-rhythm-home =
    .title = Neem het ritme van de afdeling mee naar huis
    .body = Gaat je baby binnenkort naar huis, of is die er net? Vraag de verpleging welk dagritme ze voor thuis aanraden en zet het op papier: hoe vaak voeden, wanneer verzorgen, wanneer slapen. Houd dat de eerste tijd ongeveer aan, en voeg één vast moment van jezelf toe, zoals een liedje voor het slapen. Zo verandert er voor je baby niet alles tegelijk. Daarna mag het langzaam jullie eigen ritme worden.

first-nights-home-without-monitor =
    .title = De eerste nachten thuis, zonder monitor
    .body = Is het thuis stil zonder de piepjes van de afdeling, en lig je steeds te luisteren of je baby wel ademt? Dat overkomt heel veel ouders. Spreek voor de eerste nachten af wie wanneer slaapt, of vraag iemand om een nacht te blijven. Leg je baby op de rug in het eigen bedje, dicht bij je. Maak je je echt zorgen, bel dan de afdeling zoals afgesproken, je huisarts of ’s nachts de huisartsenpost.

home-visitors-healthy-clean-hands =
    .title = Bezoek thuis: gezond, handen gewassen, kort
    .body = Wil iedereen je baby nu eindelijk zien? Zeg er bij het afspreken bij: kom alleen als je gezond bent, was bij binnenkomst je handen en kus de baby niet op het gezichtje. Houd het kort en rustig; een baby die te vroeg kwam, krijgt vaak snel te veel prikkels en kan soms makkelijker ziek worden. Vraag het consultatiebureau of de afdeling wat er verder voor jouw baby geldt, zeker in de winter.

kraamzorg-and-jgz-after-discharge =
    .title = Kraamzorg en JGZ na de thuiskomst
    .body = Is je baby (bijna) thuis? Vraag of er nog kraamzorg kan komen, en noteer wanneer de JGZ-verpleegkundige of het consultatiebureau langskomt; soms houdt ook het ziekenhuis je baby nog een tijd in de gaten. Vertel hun wat je op de afdeling over je baby leerde: wat rustig maakt, hoe het drinken gaat. Dan bouwen ze daarop voort, en staan er een paar vaste gezichten om je heen.

sibling-meets-baby-at-home =
    .title = Als broer of zus de baby thuis ontmoet
    .body = Komt de baby thuis bij een broer of zus die wekenlang heeft gewacht? Laat het oudere kind vandaag één klein ding doen, zoals een rompertje aangeven of een liedje zingen, en zeg hardop wat je ziet: ‘Spannend, hè?’ of ‘Je hebt mij ook gemist.’ Jaloers of stil zijn hoort erbij. Plan ook een kwartiertje dat alleen voor het oudere kind is.

first-bath-at-home-after-ward =
    .title = Het eerste badje thuis
    .body = Ga je je baby thuis voor het eerst in bad doen, zonder verpleegkundige ernaast? Doe het zoals je het op de afdeling leerde: een warme kamer, alles binnen handbereik, je baby misschien in een doek gewikkeld, zoals de verpleging liet zien. Laat je baby langzaam in het water zakken en vertel zacht wat je doet. Houd het kort. Gaat het niet, dan is een washandje ook prima.

feeding-at-home-you-know-your-baby =
    .title = Thuis voeden: jij kent je baby al
    .body = Geef je thuis de eerste voedingen zonder iemand die meekijkt, en twijfel je of je het goed doet? Op de afdeling heb je al veel geleerd: hoe je baby honger laat zien, wanneer het genoeg is, welke houding fijn is. Zeg vandaag bij één voeding hardop wat je ziet: ‘Je zoekt, je hebt honger.’ Zo hoor je hoeveel je al weet. Twijfel je over drinken of groei, vraag het consultatiebureau.


childcare-intro-watch-the-comforting =
    .title = Kennismaken bij de opvang: kijk hoe ze troosten
    .body = Ga je kennismaken bij een kinderopvang of gastouder? Let dan vooral op hoe ze met een huilende baby omgaan: wordt die snel opgepakt, rustig toegesproken en getroost? Vraag ook wie de vaste gezichten voor je baby worden. Een baby hecht zich aan een paar mensen die er vaak zijn en warm reageren. Gaat je baby er al heen? Blijf dan bij het brengen eens tien minuten kijken.

birth-story-told =
    .title = Zit de bevalling je nog dwars? Vertel het
    .body = Denk je nog vaak terug aan de bevalling, omdat die anders liep dan gehoopt, eng was of heel snel ging? Vertel vandaag het hele verhaal aan iemand die echt luistert. Je kunt ook om een nagesprek vragen bij je verloskundige, het ziekenhuis of je huisarts. Een geboorte is een grote overgang, ook voor wie ernaast stond, en wat een plek krijgt, laat meer ruimte voor je baby. Het mag in stukjes.

vaccination-day-on-your-lap =
    .title = Prikdag: houd je baby dicht tegen je aan
    .body = Krijgt je baby vandaag of binnenkort een prik op het consultatiebureau? Vraag of je je baby op schoot mag nemen, buikje tegen jou aan, en praat zacht door. Geef meteen daarna de borst, de fles of een stevige knuffel: jouw lijf en stem helpen je baby na de schrik tot rust te komen. Een kort, fel huiltje is normaal en zakt in je armen vaak snel. Was de prik er al? Dan is dit voor de volgende keer.

evening-after-the-jab =
    .title = De avond na de prik: extra dichtbij
    .body = Is je baby na een prik hangerig, huileriger of juist slaperiger dan anders? Zeg die avond plannen af en houd je baby vaker bij je: in je armen, in de draagdoek of naast je op de bank. Een baby die zich niet lekker voelt, heeft jou extra nodig, en dat mag je gewoon geven. Voelt je baby heet aan, drinkt die slecht of twijfel je? Bel dan de huisarts, of ’s avonds en in het weekend de huisartsenpost.

soft-start-back-at-work =
    .title = Plan een zachte start op je werk
    .body = Ga je binnenkort weer werken? Kijk vandaag of je kunt beginnen met een paar kortere dagen of midden in de week, en plan vóór de echte start een oefendag waarop je baby al bij de oppas of de opvang is. Dan is je eerste werkdag niet ook meteen de eerste dag zonder jou, en houd je meer rust over voor het ophalen. Lukt dat niet, of werk je al? Houd dan de avonden na een werkdag zo leeg mogelijk.

follow-my-face-slowly =
    .title = Laat je baby je gezicht volgen
    .body = Houd op een rustig moment je gezicht zo’n dertig centimeter boven je baby, maak oogcontact en beweeg dan heel langzaam een stukje naar links. Volgen de oogjes? Ga dan terug en een stukje naar rechts. Je baby oefent met kijken, en jouw gezicht is daarvoor het mooiste wat er is. Raakt je baby je kwijt, wacht dan tot de blik je weer vindt. Draait je baby helemaal weg, dan is het genoeg.

speak-your-own-language =
    .title = Praat met je baby in je eigen taal
    .body = Spreek je thuis meer dan één taal? Praat, zing en troost vandaag in de taal waarin jij je het meest thuis voelt, ook als dat niet de taal van je omgeving is. In je eigen taal klinken je warmte en je grapjes het echtst, en dat hoort je baby. Spreekt een andere verzorger een andere taal, laat die dan ook de eigen taal gebruiken. Twee talen naast elkaar kan een baby prima aan.

still-crying-a-lot-after-the-peak =
    .title = Huilt je baby nog steeds elke dag veel?
    .body = Had je gehoopt dat het huilen na een week of zes zou afnemen, maar huilt je baby nog elke dag lang? Dat betekent niet dat je iets fout doet. Bel deze week het consultatiebureau: samen kijken jullie wat er kan helpen. Spreek intussen met iemand af dat die je elke dag even aflost, al is het een uur. Loopt het je te hoog op? Leg je baby op de rug in het eigen bedje en stap even weg.

one-question-for-the-clinic =
    .title = Neem één vraag mee naar het consultatiebureau
    .body = Schrijf vóór je volgende afspraak op het consultatiebureau op wat je echt bezighoudt, ook als het klein of gek lijkt: over huilen, slapen, jouw stemming of hoe het contact met je baby voelt. Stel die vraag als eerste, dan schiet hij er niet bij in. Niemand verwacht dat je alles al weet; vragen stellen hoort gewoon bij goed zorgen. Vergeten? Later bellen mag ook.

grandparent-babysits-first-time =
    .title = Opa of oma past voor het eerst op
    .body = Gaat een grootouder of een ander vertrouwd iemand binnenkort voor het eerst oppassen? Spreek vooraf samen af, het liefst daar waar het oppassen gebeurt, en laat zien hoe jullie voeden, verschonen, troosten en je baby laten slapen: op de rug, niets zachts in bed. Houd de eerste keer zonder jou kort; een uurtje is genoeg. Zo leert je baby die ander in kleine stapjes kennen. Daarna mag het langer.

mixed-feelings-about-work =
    .title = Zin in je werk én verdriet? Allebei mag
    .body = Kijk je uit naar je werk en vind je afscheid nemen van je baby tegelijk moeilijk? Of voel je vooral opluchting, of vooral schuld? Het mag allemaal, vaak door elkaar. Zeg het vandaag hardop tegen iemand. Je baby heeft geen ouder nodig die altijd thuis is, wel een die er echt is als jullie samen zijn, en vaste, warme mensen als jij weg bent. Het gevoel verandert vaak na de eerste weken.

bottle-from-another-carer =
    .title = Wie de fles geeft, kijkt je baby aan
    .body = Gaat straks iemand anders je baby de fles geven, met afgekolfde melk of flesvoeding? Oefen het vandaag samen: laat die ander je baby in de arm nemen, half rechtop met het gezichtje naar zich toe, en rustig praten of neuriën tijdens het drinken. Een voeding is meer dan eten: het is kijken en contact, wie hem ook geeft. Weigert je baby zolang jij erbij bent? Ga dan even de kamer uit.

still-sore-after-the-birth =
    .title = Nog steeds pijn van de bevalling?
    .body = Een paar maanden na de bevalling nog pijn bij zitten, tillen, plassen of vrijen, of verlies je urine? Dat hoef je niet stilletjes te dragen. Bespreek het met je huisarts of verloskundige; er is vaak hulp, bijvoorbeeld van een bekkenfysiotherapeut. Pijn vreet geduld en energie, ook voor je baby. Voor jezelf laten zorgen hoort bij goed zorgen. Veel ouders hebben dit; schamen hoeft niet.

nights-on-your-own =
    .title = ’s Nachts er alleen voor? Zet alles klaar
    .body = Werkt je partner weer, werkt die ’s nachts, of sta je er alleen voor? Leg vanavond alles voor de nacht binnen handbereik: water, iets te eten, luiers, een schoon rompertje, een zacht lampje. Hoe minder je hoeft te zoeken, hoe rustiger je naar je baby gaat, en zacht licht houdt de nacht voor jullie allebei rustig. Ging een nacht slecht? Dan mag je de dag erna om hulp vragen.

thin-walls-neighbours-hear-crying =
    .title = Bang dat de buren het huilen horen?
    .body = Dunne muren, en lig je ’s nachts wakker van de gedachte dat de buren alles horen? Laat je daardoor niet opjagen en ga gewoon naar je baby. Stop een kort briefje in de bus of zeg het bij de deur: ‘We hebben een baby die ’s nachts soms huilt, we doen ons best.’ De meeste buren reageren milder dan je vreest. Zonder die zorg ga je rustiger naar je baby, en dat voelt je baby.

crying-in-public-look-at-your-baby =
    .title = Huilen in de bus of de winkel? Kijk naar je baby
    .body = Begint je baby te huilen in de supermarkt, de bus of een wachtkamer, en voel je blikken in je rug? Richt je aandacht dan op je baby en niet op de mensen om je heen: pak je baby op, praat zacht en neem de tijd die nodig is. Een huilende baby betekent niet dat je iets fout doet; je baby vraagt gewoon om jou. Zegt iemand er iets van? ‘We redden het wel, dank je’ is genoeg.

how-do-i-seem-lately =
    .title = Vraag iemand: hoe gaat het volgens jou met mij?
    .body = Bij veel ouders zijn de huilerige dagen na de bevalling binnen een paar weken voorbij. Vraag vandaag iemand die je goed kent: ‘Hoe gaat het volgens jou met mij?’ Een ander ziet soms eerder dan jij dat je somber, prikkelbaar of vlak blijft. Dat geldt ook voor een ouder die niet bevallen is. Herken je het? Bespreek het dan bij het consultatiebureau of je huisarts.

smiles-for-everyone =
    .title = Lacht je baby naar iedereen? Prima
    .body = Krijgen de caissière en de buurvrouw nu ook een stralende lach? Dat is heel gewoon in deze maanden: je baby is dol op gezichten, maar komt het snelst tot rust bij wie het vaakst voor je baby zorgt. Geniet dus gerust mee van elk lachje voor een ander. Let vandaag eens op wat er gebeurt als je baby moe of verdrietig is: dan zijn het meestal de vertrouwde armen die gezocht worden.

first-visits-leave-in-time =
    .title = Op visite: ga naar huis als het nog leuk is
    .body = Ga je deze weken voor het eerst met je baby op visite? Bedenk vooraf hoe lang je blijft, en ga weg zodra je de eerste tekenen van ‘genoeg’ ziet: wegkijken, gapen, schrikkerig worden. Een kort bezoek dat goed afloopt, is voor je baby fijner dan een lange middag die eindigt in oververmoeid huilen. Toch te lang gebleven? Dat overkomt iedereen; volgende keer ken je de grens beter.

car-seat-your-voice =
    .title = In de autostoel: laat je stem horen
    .body = Ziet je baby je in de auto niet en begint die te huilen? Praat of zing dan gewoon door, ook als je zelf rijdt: je stem laat horen dat je er bent. Rijdt iemand anders, ga dan naast je baby zitten. Heeft je baby echt troost nodig, stop dan op een veilige plek en haal je baby even uit het stoeltje. Huilt je baby bijna elke rit? Vertrek dan, als het kan, na een voeding en met een schone luier.

walk-with-another-parent =
    .title = Wandel eens met een andere ouder
    .body = Zit je veel alleen thuis met je baby? Spreek deze week af met een andere ouder van een jonge baby, van een cursus, uit de buurt of uit de wachtkamer van het consultatiebureau, om te wandelen of koffie te drinken. Praten met iemand die hetzelfde meemaakt, maakt de dagen lichter, en met wat meer energie heb je ook meer geduld. Vergelijken hoeft niet: elke baby heeft een eigen tempo.

contact-naps-on-you =
    .title = Slaapt je baby overdag alleen op jou?
    .body = Valt je baby overdag alleen in slaap in je armen of de draagzak, en wordt die wakker zodra je je baby neerlegt? Dat is op deze leeftijd heel gewoon en geen slechte gewoonte: bij jou voelt het veilig. Geniet ervan als het uitkomt. Word je zelf slaperig? Leg je baby dan op de rug in het eigen bedje. Wil je vaker je handen vrij? Probeer één dutje per dag in bed, met hetzelfde liedje ervoor.

copy-your-babys-face =
    .title = Doe de gezichtjes van je baby na
    .body = Steekt je baby vandaag het tongetje uit, maakt die een ‘O’-mondje of fronst die? Doe het na, van dichtbij en een beetje overdreven, en wacht af wat je baby terugdoet. Zo ben jij een levende spiegel: je baby ziet dat wat die doet bij jou aankomt. Soms komt het gezichtje terug, alsof jullie een spelletje spelen. Geen reactie? Probeer het morgen op een wakker moment opnieuw.

video-call-with-grandparent =
    .title = Videobellen met opa of oma ver weg
    .body = Wonen grootouders of andere dierbaren ver weg, misschien in een ander land? Videobel vandaag even, met je baby bij jou op schoot, zodat die ook jouw gezicht ziet. Laat de ander een liedje zingen of praten in de eigen taal, en reageer zelf enthousiast. Zo leert je baby die stem en dat gezicht een beetje kennen, en blijft de familieband warm. Houd het kort: een paar minuten is genoeg.

film-once-then-be-there =
    .title = Eén keer filmen, daarna gewoon kijken
    .body = Wil je dat lachje of gebrabbel vastleggen? Film het één keer, leg dan je telefoon weg en ga verder met je gezicht vlak bij dat van je baby. Achter een scherm ziet je baby alleen een telefoon en mist die jouw ogen en je lach terug, terwijl juist dat antwoord het moment maakt. Het filmpje heb je al; de rest is voor jullie samen. Morgen komt er vast weer een lachje.

hands-discovered =
    .title = Je baby ontdekt de eigen handjes
    .body = Ligt je baby vandaag aandachtig naar de eigen handjes te staren, of friemelt die met de vingers aan elkaar? Laat het gebeuren en onderbreek niet meteen met een speeltje of een liedje. Blijf in de buurt en zeg hooguit zacht: ‘Dat zijn jouw handen.’ Je baby ontdekt hier iets helemaal zelf, en jij laat merken dat dat mag. Kijkt je baby daarna naar jou? Dan ben jij aan de beurt.

fist-in-mouth-signal =
    .title = Vuistje in de mond: honger of zelf troosten?
    .body = Sabbelt je baby vaak op een vuistje? Kijk vandaag wat er nog meer gebeurt. Zoekt je baby ook met het hoofdje, smakt die of wordt die onrustig, dan is het vaak honger. Ligt je baby er tevreden bij, dan is het misschien een eerste manier om zichzelf wat te kalmeren; haal het handje dan niet weg en blijf dichtbij. Twijfel je? Bied gerust een voeding aan; je baby laat wel merken of het honger was.

little-hands-massage =
    .title = Masseer de kleine handjes
    .body = Neem vandaag een handje van je baby in je warme hand, strijk met je duim over het palmpje en laat elk vingertje even door je vingers glijden. Een druppel neutrale, ongeparfumeerde olie mag, maar hoeft niet; gebruik nooit noten- of olijfolie. Zing of tel er zacht bij. Knijpt het vuistje dicht of trekt je baby het handje terug, dan is het genoeg. Morgen is het andere handje aan de beurt.

swipe-at-a-toy =
    .title = Laat je baby zelf naar een speeltje slaan
    .body = Ligt je baby op de rug? Houd vandaag een rammelaar of zacht speeltje net binnen bereik boven je baby, en wacht. Leg het niet in het handje, maar laat je baby zelf zwaaien en raken. Rammelt het, kijk dan verrast en maak een blij geluidje. Zo ontdekt je baby oorzaak en gevolg: mijn arm beweegt, en er gebeurt iets. Lukt het nog niet? Houd het speeltje dichterbij of probeer het over een paar weken.

your-stretches-on-the-play-mat =
    .title = Jouw oefeningen, naast je baby op de mat
    .body = Wil je weer iets voor je lijf doen, maar is er niemand om op te passen? Rol vandaag je mat uit naast die van je baby en doe een paar rustige oefeningen of rekken, zoveel als je lijf nu aankan. Trek tussendoor gekke gezichten, tel hardop en zeg wat je doet. Je baby kijkt gefascineerd toe, en jij hebt iets voor jezelf zonder weg te gaan. Lukte het vandaag niet? Morgen ligt de mat er nog.

twins-no-labels =
    .title = Een tweeling: twee kinderen, geen etiketjes
    .body = Heb je een tweeling? Dan vraagt iedereen al snel: ‘Wie is de makkelijke?’ En voor je het weet heet de een ‘de huilebalk’ en de ander ‘de rustige’. Let vandaag op iets wat elk kind fijn vindt, los van de ander, en vertel dat aan wie ernaar vraagt. Baby’s veranderen snel; elk kind verdient het om gezien te worden zoals het nu is, niet als helft van een paar. Vergelijken doet iedereen weleens.

bath-song-with-a-splash =
    .title = Een badliedje met een plons
    .body = Maak van het badje vandaag een spelletje: houd je baby stevig vast, zing elke keer hetzelfde korte liedje en laat aan het eind je hand zachtjes in het water plonzen. Trappelt je baby, antwoord dan met ‘plons!’ en een lach. Een vast liedje maakt het badje voorspelbaar, en jouw antwoord op elke trap maakt er een gesprekje van. Schrikt je baby van de plons? Maak hem dan kleiner.

dressing-pause-when-protesting =
    .title = Aankleden wordt huilen? Neem een pauze
    .body = Begint je baby vandaag te huilen bij het aankleden, halverwege een mouw of bij een truitje over het hoofd? Stop even, neem je baby half aangekleed tegen je aan, wacht tot het huilen zakt en ga dan rustig verder. Zo laat je merken dat protest gehoord wordt, ook als aankleden toch moet. Helpt het niet? Kies dan de komende weken kleding die makkelijk open en dicht gaat.

calmer-evenings-look-back =
    .title = Rustiger avonden? Kijk terug op wat je deed
    .body = Huilt je baby ’s avonds minder dan een paar weken geleden? Bij veel baby’s neemt het huilen rond deze leeftijd af. Sta vandaag even stil bij wat jij in die zware weken deed: dragen, wiegen, blijven als niets hielp. Dat was niet voor niets; je baby leerde dat er iemand bleef. Vertel het aan iemand, of schrijf het op. Komt het huilen een avond terug, dan weet je nu wat je kunt.

three-days-of-sleep-notes =
    .title = Ontdek het eigen slaapritme van je baby
    .body = Schrijf drie dagen lang kort op wanneer je baby in slaap valt en wakker wordt, zonder iets te veranderen. Rond deze leeftijd ontstaat bij veel baby’s langzaam een eigen patroon, en op papier zie je dat vaak eerder dan in je hoofd. Valt je baby steeds rond hetzelfde tijdstip in slaap, dan kun je de dag daar een beetje op afstemmen. Nog geen patroon? Ook goed, dat komt vaak later.

stay-on-the-page =
    .title = Blijf bij het plaatje waar je baby naar kijkt
    .body = Pak vandaag een prentenboek en kijk tijdens het voorlezen waar je baby naar kijkt. Blijft de blik hangen bij de eend of de rode bal, sla dan niet meteen om, maar praat over dat plaatje: ‘Zie je de eend? Kwak!’ Zo volg je je baby in plaats van het verhaal, en voelt je baby dat wat die boeit ertoe doet. Kijkt je baby weg van het boek? Dan is het verhaal voor vandaag uit.

feeding-with-a-big-sibling-beside-you =
    .title = Voeden met een grote broer of zus erbij
    .body = Wil je oudere kind juist aandacht als je de baby voedt? Zet vandaag een mandje klaar met een paar boekjes of iets om te doen dat alleen tijdens voedingen tevoorschijn komt. Laat je oudste naast je zitten en lees voor of klets samen terwijl de baby drinkt. Zo hoort je baby je stem en staat je oudste er niet buiten. Lukt het een keer niet? Dan is een knipoog en ‘straks jij’ ook goed.

tell-your-baby-about-your-day =
    .title = Vertel je baby over je dag
    .body = Vertel je baby vandaag tijdens een voeding of een wandeling over je dag, of over vroeger: hoe het huis eruitzag waar je opgroeide, wat je ’s middags at, wie er belde. Je baby begrijpt de woorden niet, maar geniet van je stem met alle ups en downs, en hoort zo heel veel taal. Je hoeft niet grappig of slim te zijn: een gewoon verhaal is goed genoeg. Uitgepraat? Neuriën mag ook.

what-you-know-about-your-baby =
    .title = Wat weet jij nu over je baby?
    .body = Schrijf vandaag drie dingen op die je nu over je baby weet en vlak na de geboorte nog niet: hoe die het liefst gedragen wordt, welk geluid rust geeft, waar die om moet lachen. Dat is precies wat je baby nodig heeft: iemand die ziet wie dit kind is, zonder het met anderen te vergelijken. Twijfel je weleens of je je baby wel kent? Dan heb je het nu zwart op wit. En vul het over een maand aan.

tension-at-home-soft-voice =
    .title = Spanning in huis? Houd je stem zacht bij je baby
    .body = Loopt er vandaag iets hoog op, met je partner, een familielid of aan de telefoon? Stel het gesprek uit tot je baby slaapt of ergens anders is, en praat bij je baby met een rustige stem. Baby’s voelen spanning in stemmen en lijven, ook als ze er niets van snappen. Spreek samen een codewoord af, zoals ‘Straks’: we praten verder als de baby slaapt. Dan hoeft niemand het gesprek op te geven.


your-own-parent-is-ill =
    .title = Je eigen vader of moeder is ziek
    .body = Is je vader of moeder ziek, en pendel je tussen ziekenhuis, hun huis en je baby? Streep vandaag één ding van je lijst en vraag iemand een bezoek of boodschap over te nemen. Neem je baby gerust mee op een kort bezoek als het mag en jullie goeddoet; een babygezicht vrolijkt zieken vaak op. Je hoeft niet overal tegelijk te zijn: één rustig uur met je baby telt. Zorgen en verdriet mogen er zijn.

settling-in-do-the-care-there =
    .title = Wennen: verzorg je baby zelf op de opvang
    .body = Ga je wennen bij de kinderopvang of de gastouder? Geef daar zelf eens de fles of verschoon je baby, terwijl de vaste verzorger meekijkt. Die ziet zo hoe jouw baby graag vastgehouden wordt, en je baby ziet jou ontspannen in die nieuwe ruimte. Jouw vertrouwdheid springt een beetje over. De volgende keer draai je het om: de verzorger doet het, jij kijkt mee.

arms-to-arms-handover =
    .title = Overdragen van armen naar armen
    .body = Breng je je baby vandaag naar de opvang, de gastouder of opa en oma? Geef je baby rechtstreeks over in de armen van de ander, met een rustig gezicht en een vriendelijk woord tegen die persoon. Je baby leest jouw gezicht: ben jij op je gemak bij deze volwassene, dan voelt het voor je baby ook veiliger. Een brok in je keel? Dat mag. Zwaai rustig; jouw eigen tranen mogen daarna.

ten-spare-minutes-in-the-morning =
    .title = Tien minuten speling in de ochtend
    .body = Zet op werkdagen je wekker tien minuten eerder, of leg tassen en kleren de avond ervoor klaar. Niet om meer te doen, maar om rustiger te doen: aankleden zonder haast, even samen zitten voor jullie vertrekken. Baby’s voelen haast goed aan, en een kalm begin geeft houvast voor de dag. Loopt het toch uit? Dan is één rustige knuffel bij de deur ook genoeg.

a-call-to-childcare-is-fine =
    .title = Even bellen naar de opvang mag
    .body = Zit je hoofd in de eerste weken op je werk steeds bij je baby? Vraag de opvang of de gastouder of je even mag bellen, of een berichtje krijgt over hoe het gaat. Dat is niet lastig: ze zijn het gewend, en met een gerust hoofd neem je morgen rustiger afscheid. Hoor je dat je baby even huilde en daarna weer speelde? Zo gaat wennen precies.

pumping-at-work-a-pause-for-you =
    .title = Kolven op je werk: een pauze die van jou is
    .body = Kolf je op je werk? Zoek een rustige plek, zet je meldingen uit en kijk even naar een foto of filmpje van je baby. Dat helpt veel ouders ontspannen, en in gedachten ben je even samen. Valt de opbrengst tegen of wordt kolven te zwaar? Bespreek het met het consultatiebureau. Je baby voeden, op welke manier ook, is goed genoeg.

cranky-evening-after-childcare =
    .title = Huilerig na een opvangdag? Houd de avond klein
    .body = Is je baby na een opvangdag thuis huilerig of plakkerig, terwijl het daar goed ging? Een dag vol nieuwe gezichten en geluiden is hard werken voor een baby, en bij jou mag die vermoeidheid eruit. Houd de avond dus klein: geen bezoek, simpel eten, veel op schoot en gerust wat eerder naar bed. Het zegt niets slechts over de opvang of over jou. Vaak wordt het rustiger zodra het ritme vertrouwd is.

ask-what-made-them-laugh =
    .title = Vraag bij het ophalen: waar moest je baby om lachen?
    .body = Vraag vandaag bij het ophalen niet alleen hoe je baby sliep en dronk, maar ook waar je baby om moest lachen. Doe dat spelletje of geluidje thuis na. Zo raken jouw wereld en die van de opvang wat verweven, en vindt je baby dezelfde fijne dingen op beide plekken terug. Vertel andersom wat thuis werkt; zo bouwen jullie samen aan een gedeeld repertoire.

your-day-out-their-day-together =
    .title = Jouw dag weg, hun dag samen
    .body = Is de andere ouder, of een andere vaste verzorger, een vaste dag alleen met je baby? Ga dan echt de deur uit en stuur geen aanwijzingen tussendoor. Wie alleen is met een baby, leert de signalen het snelst zelf lezen. Een eigen manier van troosten of spelen is geen fout, maar een extra band voor je baby. Vraag ’s avonds nieuwsgierig wat ze samen ontdekt hebben.

well-meant-advice-from-family =
    .title = Goedbedoeld advies van alle kanten
    .body = Zegt je moeder, schoonvader of tante dat je baby te dun is aangekleed, of dat ze het ‘vroeger heel anders deden’? Kies vandaag één vriendelijke zin die je steeds kunt gebruiken: ‘Dank je, wij doen het nu zo.’ Twijfel je of een advies klopt? Vraag het aan het consultatiebureau en beslis daarna zelf. Jij kent je baby het best. En soms zit er een pareltje in het advies; dat mag je gewoon houden.

sick-day-plan-familiar-face =
    .title = Een plan voor ziektedagen, met een bekend gezicht
    .body = Baby’s op de opvang zijn in het begin vaak verkouden of ziek, en mogen dan soms niet komen. Bedenk nu, op een rustige dag, wie er dan bij je baby kan zijn: jij, een andere ouder, of een opa, oma of vriend die je baby al kent. Een ziek kind heeft vooral iemand vertrouwds nodig. Laat die persoon alvast eens langskomen, zodat het gezicht bekend blijft.

laughed-out-loud-do-it-again =
    .title = Hardop gelachen? Doe het nog eens
    .body = Moest je baby vandaag hardop lachen, om een blaasgeluid op de buik, een gekke stem of een plotse ‘boe!’? Doe het nog eens, en nog eens, en wacht telkens even. Samen lachen verbindt, en je baby ontdekt dat jullie samen plezier kunnen maken. Let wel op het kantelpunt: hikken, wegkijken of een lach die schriller wordt, betekenen dat het genoeg is.

a-cold-or-fever-extra-close =
    .title = Verkouden of koorts: extra dichtbij
    .body = Is je baby verkouden of heeft je baby koorts? Dan wil je baby vaak meer gedragen worden en slaapt die onrustiger. Geef die nabijheid gerust: troost geneest niet, maar helpt wel door een zware dag. Bel de huisarts, of ’s avonds en in het weekend de huisartsenpost, als je ongerust bent, bijvoorbeeld als je baby slecht drinkt, slap is, moeilijk ademt of anders huilt.

weekend-needs-no-catching-up =
    .title = Het weekend hoeft niets in te halen
    .body = Werk je doordeweeks en voelt het weekend als tijd om alles goed te maken? Dat hoeft niet. Je baby heeft geen uitjes nodig, wel gewone tijd met jou: samen ontbijten, een wandeling, op de grond liggen kletsen. Schrap één plan voor het komende weekend en laat die ruimte leeg. Juist in die trage uren groeit jullie band, en jij komt ook op adem.

grabbing-hair-and-glasses =
    .title = Grijpt je baby je haar of je bril?
    .body = Trekt je baby vandaag aan je haar, je bril of je ketting? Dat is geen pesten: grijpen is nieuw en spannend. Maak de vingertjes rustig los, zeg kalm ‘au, dat trekt’ en geef je vinger of een speeltje in de plaats. Aan je gezicht en stem leert je baby wat grijpen met een ander doet, zonder te schrikken. Een staart in je haar helpt op drukke dagen ook.

everything-goes-in-the-mouth =
    .title = Alles gaat in de mond: laat maar ontdekken
    .body = Gaat alles wat je baby pakt meteen naar de mond? Zo onderzoekt je baby de wereld: hard, zacht, koud, ribbelig. Geef vandaag een paar schone, veilige dingen, zoals een houten ring of een washandje, en kijk vooral toe. Benoem wat je ziet: ‘O, die is koud!’ Houd kleine dingen buiten bereik. Kijkt je baby tussendoor naar je op? Dan deel je de ontdekking.

a-book-to-chew-on =
    .title = Een boekje mag ook in de mond
    .body = Grijpt je baby naar het boekje als je voorleest? Kies een stevig stoffen of kartonnen boekje met voelplekjes, en laat je baby vasthouden, omslaan en erop sabbelen. Vertel gewoon wat er te zien is, al is het maar één bladzijde. Voorlezen is nu vooral samen iets vasthouden en jouw stem horen. Wordt het wild gegrijp? Morgen is er weer een bladzijde.

far-from-family-swap-babysitting =
    .title = Familie ver weg? Ruil oppas met een andere ouder
    .body = Woont je familie ver weg, en is er niemand die eens op je baby past? Vraag een ouder uit de buurt of van de babygroep of jullie om de beurt willen oppassen. Spreek eerst een paar keer samen af, met beide baby’s erbij, zodat je baby die ander kent voordat je weggaat. Begin met een uurtje. Jij krijgt af en toe lucht, en je baby krijgt er een vertrouwd gezicht bij, zoals een tante dat zou zijn.

dancing-with-baby-in-your-arms =
    .title = Dansen met je baby in je armen
    .body = Zet vandaag vrolijke muziek op die jij zelf graag hoort, en dans door de kamer met je baby stevig tegen je aan. Wieg en draai rustig op de maat, zonder schokken, met het hoofdje goed ondersteund. Je baby voelt jouw plezier in je lijf en adem. Kijk tussendoor naar het gezichtje: grote ogen en lachjes vragen om meer, wegdraaien of schrikken om zachter.

busy-shop-face-towards-you =
    .title = In de winkel: je baby met het gezicht naar jou
    .body = Is het vandaag druk in de supermarkt of de stad, met fel licht, muziek en veel mensen? Draag of rijd je baby zo dat die jou kan zien: in de draagzak met het gezicht naar je toe, of in een kinderwagen die naar jou toe staat. Bij te veel prikkels kan je baby dan op jouw gezicht bijkomen. Wordt het toch te veel? Rond af en ga naar buiten; de rest kan later.

party-break-before-the-tears =
    .title = Op een feestje: pauze vóór het huilen begint
    .body = Ga je naar een verjaardag of een feest? Neem je baby af en toe mee naar een stille kamer of naar buiten, nog vóór er gehuild wordt. Let op de vroege tekens: gapen, wegkijken, een gespannen lijfje of zich achterover wegduwen. Een korte pauze laadt je baby weer op, en je baby ervaart dat jij ziet wanneer het te veel wordt. Helpt het niet? Dan mag je vroeg naar huis.

translate-your-baby-for-visitors =
    .title = Vertaal je baby voor het bezoek
    .body = Komt er vandaag familie die je baby graag vasthoudt? Zeg hardop wat je ziet, zodat zij het ook leren lezen: ‘Zie je dat ze gaapt en wegkijkt? Dan heeft ze even genoeg.’ Of: ‘Hij zoekt jouw gezicht, praat maar tegen hem.’ Zo leert het bezoek je baby echt kennen. Raken de signalen ondergesneeuwd? Neem je baby dan vriendelijk terug voor wat rust.

naps-when-the-world-is-too-fun =
    .title = Slapen lukt slecht: de wereld is te leuk
    .body = Valt je baby overdag moeilijker in slaap, omdat er overal iets te zien is? Veel baby’s worden rond deze leeftijd zo nieuwsgierig dat ze hun moeheid voorbijlopen. Leg je baby vandaag bij de eerste gaap voor een dutje in een rustige, wat donkere kamer. Met minder prikkels komt de slaap makkelijker. Lukt het toch niet? Een rondje met de kinderwagen is ook goed.

looking-around-during-a-feed =
    .title = Drinken en rondkijken tegelijk
    .body = Laat je baby tijdens het drinken steeds los om te kijken naar een geluid, een broertje of de kat? Dat is geen afwijzing: de wereld is ineens razend interessant. Benoem het: ‘Je hoorde de deur, hè?’ Laat je baby even kijken en bied dan rustig opnieuw aan. Gebeurt het vaak, voed dan op een stillere plek. Zorgen over het drinken? Vraag het consultatiebureau.

restless-nights-again-not-your-fault =
    .title = Weer onrustige nachten? Maak een nachtplan
    .body = Sliep je baby net wat beter en wordt die nu ’s nachts weer vaker wakker? Rond deze leeftijd verandert bij veel baby’s de slaap, omdat er zoveel nieuw is. Geen stap terug, en niet jouw schuld. Maak vandaag een plan voor de komende nachten: wie staat wanneer op, wie mag welke ochtend uitslapen? Ben je alleen, vraag dan iemand één ochtend over te nemen. Met een plan voelt de nacht minder eindeloos.

daylight-walk-after-a-broken-night =
    .title = Na een gebroken nacht: samen naar buiten
    .body = Was het vannacht zwaar en voel je je vanochtend grauw en kortaf? Ga vandaag, als het even kan, een kwartiertje naar buiten met je baby in de draagzak of kinderwagen. Geen doel, geen boodschappen: alleen lopen, lucht en daglicht. Buiten zijn maakt veel volwassenen weer wat zachter, en je baby kijkt graag rond. Doe vanmiddag alleen wat echt moet.

rolled-over-and-stuck =
    .title = Omgerold en vastgelopen? Wacht heel even
    .body = Rolt je baby om en ligt je kleintje dan mopperend op de buik? Wacht even voor je helpt: ga ernaast liggen, moedig aan en kijk of je baby het zelf nog probeert. Help daarna gewoon, zonder er iets van te maken. Zo merkt je baby dat zelf proberen mag en dat jij er toch bent. En nu je baby kan rollen: houd op de commode altijd een hand op je baby.

time-alone-with-the-eldest =
    .title = Tijd alleen voor de oudste
    .body = Doet een ouder broertje of zusje boos, huilerig of juist overdreven lief sinds de baby er is? Plan vandaag een kwartier alleen voor dat kind, terwijl de baby slaapt of bij een ander is. Laat het kind kiezen wat jullie doen en zeg: ‘Dit is onze tijd.’ Een kind dat zich gezien voelt, hoeft minder te vechten om aandacht. Herhaal het morgen, liefst op een vast moment.

big-sibling-as-the-clown =
    .title = De grote broer of zus als grappenmaker
    .body = Geef je oudere kind vandaag een echte rol: grappenmaker. Laat het gekke gezichten trekken, kiekeboe doen of zingen, en wijs aan wat de baby terugdoet: ‘Kijk, ze lacht naar jou!’ of ‘Hij kijkt weg, even pauze.’ Zo voelt je oudste zich belangrijk en leert het de signalen van de baby lezen. Blijf er wel bij, en laat de baby alleen tillen als jij helpt.

name-the-eldest-jealousy =
    .title = Jaloers? Geef het gevoel van de oudste een naam
    .body = Zegt je oudere kind dat de baby weg moet, of knijpt het stiekem? Zeg wat je vermoedt, zonder te preken: ‘Je vindt het soms stom dat de baby zoveel aandacht krijgt, hè?’ Boos zijn mag, pijn doen niet: haal de baby rustig weg als het nodig is. Een kind dat zijn gevoel benoemd hoort, hoeft het minder uit te spelen. Jaloezie laat vooral zien hoe belangrijk jij bent.

fasting-plan-the-afternoon-dip =
    .title = Vasten met een baby: plan de middagdip
    .body = Vast je tijdens de ramadan en zorg je voor je baby? Vaak is het eind van de middag het zwaarst, met honger, dorst en weinig geduld. Plan het badje en de boodschappen eerder op de dag, en vraag iemand je baby in het laatste uur voor de iftar even over te nemen. Zo blijft er rust voor jullie allebei. Geef je borstvoeding? Bespreek het vasten eerst met de huisarts.

late-feast-bring-the-bedtime-steps =
    .title = Een laat feest? Neem het slaapritueel mee
    .body = Ga je naar een iftar, een bruiloft of een ander familiefeest dat laat doorgaat? Neem het slaapritueel mee: de eigen slaapzak, hetzelfde liedje, dezelfde volgorde als thuis. Leg je baby in een rustige kamer op de rug in een eigen veilige slaapplek, zoals een reisbedje zonder iets zachts. Bekende stappen maken een vreemde plek vertrouwder. Slaapt je baby pas thuis? Ook goed.

jet-lag-after-a-long-trip =
    .title = Terug van ver, en de klok staat op z’n kop
    .body = Terug van familiebezoek ver weg, en slaapt je baby overdag en ligt die ’s nachts klaarwakker? Ga ’s ochtends samen het daglicht in, houd voedingen en slapengaan aan de tijden van hier en doe de vaste slaapstapjes zoals altijd. ’s Nachts: gedempt licht, weinig woorden. Neem de nachten om beurten. Meestal staat de klok binnen een paar dagen tot een week goed; wees intussen mild voor jezelf.

holiday-explore-the-new-place-together =
    .title = Op vakantie: eerst samen rondkijken
    .body = Ben je net aangekomen op een vakantieadres of bij familie in het buitenland? Loop met je baby op de arm rustig door de nieuwe ruimtes en vertel wat je ziet: ‘Hier is het raam, daar slaap jij.’ Houd de eerste dag kalm. Alles ruikt en klinkt anders, en jij bent het vaste punt van waaruit je baby het nieuwe bekijkt. Onrustige eerste nachten horen er vaak bij.

bath-together-skin-to-skin =
    .title = Samen in bad, huid op huid
    .body = Ga vandaag eens samen met je baby in bad, in lauw water. Vraag als het kan een andere volwassene om je baby aan te geven en weer aan te pakken, zodat je veilig in en uit stapt. Houd je baby tegen je aan, huid op huid, en laat het water zacht langs de buik golven. Jouw lijf geeft houvast in al dat water. Vindt je baby het eng? Begin met voetjes in het water.

sling-while-you-tidy =
    .title = In de draagdoek terwijl je opruimt
    .body = Wil je baby vandaag alleen maar bij je zijn, terwijl de was ook moet? Draag je baby in een draagdoek of draagzak, hoog en dicht tegen je aan, met het gezichtje vrij en in het zicht. Vertel wat je doet: ‘Nu vouwen we de sokken.’ Je baby voelt je warmte en je bewegingen, en jij hebt je handen vrij. Koken of hete thee? Leg je baby daarvoor even veilig neer.

night-shift-morning-goodbye =
    .title = Nachtdienst gehad? Een vaste ochtendgroet
    .body = Werk je ’s nachts en kom je thuis als je baby net wakker is? Neem voor je gaat slapen vijf minuten voor een vast ritueel: je baby op schoot, in de ogen kijken en steeds hetzelfde zinnetje, zoals ‘Goedemorgen, ik ga slapen, tot straks.’ Zo blijft jouw komen en gaan voorspelbaar, ook met een omgekeerd ritme. Slaap daarna echt: uitrusten hoort erbij.

parent-ill-lowest-gear =
    .title = Zelf ziek? Zet de zorg op de laagste stand
    .body = Heb je griep of voel je je beroerd, terwijl je baby gewoon zorg nodig heeft? Zet alles op de laagste stand: voeden, verschonen, en verder samen op een kleed op de grond, jij liggend ernaast met een liedje. Vraag gerust of iemand een paar uur kan bijspringen. Word je slaperig? Leg je baby dan op de rug in het eigen bedje, niet bij jou op de bank. Een paar sobere dagen doen jullie band geen kwaad.

another-baby-cries-yours-joins-in =
    .title = Huilt er een andere baby, en de jouwe doet mee?
    .body = Zit je in de wachtkamer, bij een babygroepje of op een verjaardag, en begint een andere baby hard te huilen, waarna de jouwe meedoet? Til je baby op, draai een beetje weg van het geluid en zeg zacht: ‘Die baby is verdrietig. Dat hoor je, hè. Jij bent hier bij mij.’ Baby’s raken makkelijk van slag van elkaars huilen; jouw rust geeft houvast. Lukt het niet? Loop even de gang op.

family-staying-for-weeks =
    .title = Familie die weken komt logeren
    .body = Komt er familie een paar weken logeren, misschien van ver? Fijn, en voor een baby ook onrustig. Spreek af dat het slapengaan en het troosten ’s nachts bij jou blijven, net als de vaste stapjes van de dag. Geef de logés eigen mooie momenten: een wandeling, een liedje, meekijken bij het badje. Laat ze gerust koken of wassen. Zo krijgt je baby lieve mensen erbij, zonder dat alles tegelijk verandert.

first-spoonfuls-face-to-face =
    .title = De eerste hapjes: gezicht tegenover gezicht
    .body = Krijgt je baby de eerste hapjes van een lepeltje? Over het moment om te beginnen denkt het consultatiebureau met je mee. Ga recht tegenover je baby zitten, op ooghoogte, en laat eerst op je eigen gezicht zien hoe het smaakt: ‘Mmm, wortel!’ Wacht met de lepel tot je baby de mond opent. Zo wordt eten een moment samen, niet iets wat erin moet. Gaat er bijna niets in? Nu telt proeven, niet hoeveel.


sitting-against-you-on-the-floor =
    .title = Jouw benen als leuning bij het zitten
    .body = Zit je baby nog wiebelig? Ga vandaag op de grond zitten met je benen in een V en zet je baby ertussen, met de rug tegen je buik. Leg een speeltje net binnen handbereik. Met jouw lijf als leuning durft je baby naar voren te reiken en rond te kijken. Kiept je baby om, vang dan rustig op: ‘Oeps, ik heb je.’ Morgen kun je het speeltje een stukje verder weg leggen.

pram-nap-wake-up-to-your-face =
    .title = Wakker in de kinderwagen? Laat eerst je gezicht zien
    .body = Is je baby in de kinderwagen in slaap gevallen? Gaat die draaien of piepen, stop dan even en buig je over de wagen: ‘Hé, ben je wakker? Ik ben hier.’ Wakker worden onder een kap, terwijl alles voorbijschuift en er niemand te zien is, kan een baby flink laten schrikken. Een bekend gezicht als eerste maakt het zachter. Toch tranen? Til je baby er even uit voor een knuffel.

squeal-and-whisper-game =
    .title = Gilt je baby? Fluister terug
    .body = Ontdekt je baby vandaag wat de eigen stem allemaal kan: gillen, kraaien, grommen? Doe eerst mee, en maak er dan een spelletje van hard en zacht. Gilt je baby, fluister dan terug; wacht en kijk hoe je baby luistert. Misschien komt er een zachter geluidje terug. Zo wordt geluid maken iets wat jullie samen doen, om de beurt. Gilt je baby straks in de bus? Dan heb je je fluisterantwoord al klaar.

nails-in-small-rounds =
    .title = Nageltjes knippen: niet alles in één keer
    .body = Moeten de nageltjes kort, maar trekt je baby steeds het handje weg? Kies een rustig moment, zoals tijdens het drinken of net na het inslapen, en pak een babyschaartje of vijl. Neurie zacht, één vingertje per regel. Trekt je baby terug, stop dan en doe de rest later: zo blijft verzorgen een rustig moment samen, geen gevecht. Vijf vandaag en vijf morgen is ook klaar.

rolled-off-comfort-first =
    .title = Van de bank of het bed gerold? Eerst troosten
    .body = Rolde je baby vandaag van de bank, het bed of de commode, net toen je even wegkeek? Dat overkomt veel ouders, juist nu baby’s onverwacht gaan rollen. Troost eerst: je schuldgevoel mag wachten, je baby heeft nu je armen nodig. Ongerust, of doet je baby anders dan anders? Bel de huisarts of de huisartsenpost. Speel voortaan op de grond, en houd op de commode altijd een hand op je baby.

touched-out-take-a-break =
    .title = Te veel aangeraakt vandaag? Neem een kwartier lucht
    .body = Had je vandaag de hele dag een baby aan je lijf, met handjes in je gezicht en aan je haar, en wil je nu even door niemand aangeraakt worden? Dat kennen veel ouders, en het betekent niet dat je minder van je baby houdt. Geef je baby een kwartier aan iemand anders, of leg die veilig op een kleed naast je, en drink iets zonder handjes. Met wat lucht voelt dichtbij zijn straks weer fijn.

weather-massage-on-the-back =
    .title = Een weerbericht op het rugje
    .body = Wil je baby niet meer stilliggen bij het masseren, nu rollen leuker is? Masseer dan het rugje terwijl je baby rechtop tegen je aan op schoot zit, over het rompertje. Maak er een weerbericht van: tikkende vingertoppen (‘Het regent!’), lange halen (‘De wind waait’), stille warme handen (‘De zon schijnt’). Zo blijft rustige aanraking bij jullie dag horen. Wil je baby weg? Dan is het weer voorbij.

little-hands-on-your-face =
    .title = Laat je baby jouw gezicht ontdekken
    .body = Grijpt je baby vandaag naar je neus, je mond of je bril? Houd je gezicht even stil en laat de handjes voelen. Benoem zacht wat je baby pakt: ‘Dat is mijn neus. En hier mijn kin.’ Voor je baby is jouw gezicht het boeiendste wat er in huis is, en dit tasten is een manier om dichtbij te komen. Raak daarna het neusje van je baby aan: ‘En dit is jouw neus!’

money-post-opened-together =
    .title = Geldzorgen? Maak de post niet alleen open
    .body = Laat je enveloppen dicht omdat het geld krap is? Maak ze vandaag open, samen met iemand die je vertrouwt. Je gemeente (in België het OCMW) kan vaak gratis helpen bij geldzorgen en schulden; het consultatiebureau wijst je de weg. Geldstress kost geduld en energie die je baby ook nodig heeft, dus hulp zoeken is ook zorgen voor je baby. Schamen hoeft niet: het overkomt veel gezinnen.

a-familiar-book-in-the-bag =
    .title = Een vertrouwd boekje in de luiertas
    .body = Stop vandaag een stevig boekje dat jullie thuis vaak lezen in de luiertas. Haal het tevoorschijn als het ergens lang duurt of spannend wordt: in de wachtkamer, de trein of bij familie. Lees het met dezelfde stemmetjes als thuis. Op een vreemde plek zijn de bekende plaatjes en jouw voorleesstem een stukje thuis. Gaat alles de mond in? Kies dan karton of stof dat tegen een stootje kan.

missing-your-old-life =
    .title = Mis je soms je leven van vroeger? Dat mag
    .body = Mis je soms je leven van voor de baby: uitslapen, zomaar de deur uit, je werk, tijd voor jezelf? Heel gewoon, ook als je dol bent op je baby. Doe vandaag één klein ding van vroeger, met of zonder je baby: je muziek hard aan, hardlopen, een vriend bellen. Wie zichzelf een beetje terugvindt, heeft meer plezier te geven. Al weken somber of leeg? Zeg het tegen je huisarts of het consultatiebureau.

milk-feed-stays-a-cuddle =
    .title = De melkvoeding blijft een knuffelmoment
    .body = Eet je baby al wat hapjes? Dan lijkt de borst- of flesvoeding misschien minder belangrijk te worden. Maak er vandaag juist bewust een rustig knuffelmoment van: in je arm, dicht tegen je aan, het licht wat gedimd. Het eten verandert, maar de nabijheid bij het drinken blijft voor je baby een bron van rust. Lukt dat alleen bij de laatste voeding van de dag? Dan is dat jullie moment.

a-cardboard-box-and-you =
    .title = Een kartonnen doos en jij
    .body = Geld krap, of al genoeg spullen in huis? Speelgoed hoeft niets te kosten. Zet vandaag een lege doos voor je baby neer, plak scherpe randjes af en speel mee: trommel erop, laat een bal erin rollen, kijk over de rand en duik weer weg. Zit je baby al stevig? Zet je baby er dan in, met jou vlak ernaast. Niet de doos maakt het spannend, maar dat jij meedoet. Doos kapot? Er komt vast een nieuwe.

messy-hands-in-the-bowl =
    .title = Knoeien mag: handjes in het bakje
    .body = Grijpt je baby vandaag met de handjes in het bakje eten? Laat maar. Leg een oude doek onder de stoel en veeg niet na elke hap het gezichtje af. Voelen, knijpen en smeren is voor je baby ontdekken wat eten is, en die ontdekking is helemaal van je baby zelf. Maak pas aan het eind schoon, en zeg het eerst: ‘Nu gaan we je handjes wassen.’ De vloer is zo weer schoon; de nieuwsgierigheid blijft.

first-time-in-the-pool =
    .title = Voor het eerst in het zwembad
    .body = Ga je vandaag met je baby zwemmen of naar babyzwemmen? Stap langzaam het water in, met je baby rechtop tegen je borst en je gezicht dichtbij, en houd je baby steeds vast. Galm, mensen en water zijn veel nieuws tegelijk, en jouw lijf en stem zijn het bekende houvast. Kijk naar je baby, niet naar wat de rest van de groep doet. Rillen, wegkijken of huilen betekent: eruit en warm inpakken.

cot-babble-answer-from-the-landing =
    .title = Gebrabbel uit bed? Antwoord al van ver
    .body = Ligt je baby ’s ochtends wakker te brabbelen in bed? Roep vandaag al vanaf de gang terug: ‘Goedemorgen, ik hoor je, ik kom eraan!’ En kom dan ook echt. Zo merkt je baby dat de eigen stem jou bereikt, ook als je nog niet te zien bent. Morgen kun je door de deur heen terugbrabbelen en luisteren of er antwoord komt.

flying-with-your-baby =
    .title = Vliegen met je baby: jij bent het stukje thuis
    .body = Vliegen jullie binnenkort, misschien naar familie? Houd je baby bij opstijgen en landen dicht tegen je aan; veel ouders geven dan de borst, de fles of een speen. Loop onderweg af en toe door het gangpad, je baby op je arm. Alles klinkt en ruikt anders, maar jouw lijf, stem en geur zijn dezelfde als thuis. Huilt je baby toch? Je hoeft alleen je baby gerust te stellen, niet het hele vliegtuig.

two-babies-on-one-blanket =
    .title = Twee baby’s op één kleed
    .body = Op bezoek bij iemand met een baby van ongeveer dezelfde leeftijd? Leg of zet de twee samen op een kleed, elk met de eigen ouder erachter. Baby’s vinden elkaar vaak razend interessant: ze staren, lachen, grijpen. Vertel wat je ziet: ‘Kijk, Noor heeft ook sokjes!’ Zo maakt je baby, veilig bij jou, kennis met een ander kind. Grijpt een handje naar ogen of haar? Leid het zacht naar een hand.

own-room-you-still-come =
    .title = Een eigen kamer: jij komt nog net zo snel
    .body = Slaapt je baby sinds kort in een eigen kamer? Zorg vandaag dat je je baby goed kunt horen, met een babyfoon of een deur op een kier, en ga net zo snel kijken als toen het bedje naast je stond. Zo merkt je baby dat een muur ertussen niets verandert aan wie er komt. Houd verder alles rond het slapen hetzelfde: op de rug, in de slaapzak, zonder knuffels, kussens of doekjes in bed.

same-walk-same-stop =
    .title = Een vast rondje met een vaste stop
    .body = Wandel je vaak met je baby? Kies vandaag op je gewone rondje één vaste stop: de eendjes bij de vijver, de grote boom, de bakker op de hoek. Stop daar elke keer, zeg hetzelfde zinnetje, ‘Dag eendjes!’, en kijk samen even. Een vast punt maakt de wandeling voorspelbaar, en wat je baby kan verwachten, voelt veilig. Na een tijdje gaat je baby misschien al trappelen vlak voor de bocht.

spat-out-try-again-another-day =
    .title = Spuugt je baby het uit? Later weer een kans
    .body = Komt het nieuwe hapje vandaag met een vies gezicht terug, of klemt je baby de lippen op elkaar? Zeg luchtig ‘Vandaag niet, hè’ en ruim het op, zonder dwang of gemopper. Veel baby’s moeten iets nieuws vaak proeven voor ze het lusten, en een ontspannen tafel is belangrijker dan een leeg bakje. Bied het over een paar dagen nog eens aan. Zorgen over eten of groei? Vraag het consultatiebureau.

grass-under-bare-feet =
    .title = Voor het eerst gras onder de voetjes
    .body = Droog en niet te koud? Zet je baby op een kleed aan de rand van het gras, trek de sokjes uit en laat voetjes of handjes het gras voelen. Bij iets nieuws kijkt je baby vaak eerst naar jouw gezicht. Laat zien dat je het leuk vindt: ‘Kriebelt het? Voel maar!’ Aan jouw ontspannen gezicht leest je baby dat het veilig is. Let op wat er in het mondje gaat. Voetjes terug? Morgen nog eens, of met zand.

give-and-take-thank-you =
    .title = Geven en terugkrijgen: ‘Voor mij? Dankjewel!’
    .body = Doet je baby vandaag een speeltje over van het ene handje naar het andere? Houd dan je open hand ernaast: ‘Voor mij?’ Lukt het je baby om los te laten, zeg dan blij ‘Dankjewel!’ en geef het meteen terug. Geven, krijgen en weer geven is een eerste heen-en-weer met voorwerpen, en je baby ontdekt: wat ik doe, zet iets in gang. Lukt loslaten nog niet? Draai het dan om: jij geeft, je baby pakt aan.

phone-call-baby-on-your-lap =
    .title = Moet je bellen? Zeg het je baby, en kom terug
    .body = Moet je vandaag bellen terwijl je baby aandacht wil? Neem je baby op schoot of zet die waar die je ziet, en zeg het vooraf: ‘Ik ga even bellen, daarna ben ik weer van jou.’ Houd een hand op je baby. Leg na het gesprek de telefoon echt weg: ‘Zo, daar ben ik weer.’ Zo merkt je baby dat jouw aandacht even weg kan gaan en ook weer terugkomt. Gejengel tijdens het bellen? Heel gewoon.

photos-of-the-first-weeks =
    .title = Blader samen door de foto’s van de eerste weken
    .body = Pak vandaag, met je baby op schoot, de foto’s van de eerste weken erbij. Vertel het verhaal: ‘Kijk, zo klein was jij. Je hield mijn vinger zo stevig vast.’ Je baby begrijpt de woorden nog niet, maar hoort je warme stem en ziet je blik. En jij ziet hoeveel jullie al samen hebben meegemaakt, ook de zware dagen. Was het begin moeilijk? Vertel het gerust zoals het was; het hoort bij jullie verhaal.

light-spot-on-the-wall =
    .title = Een lichtvlekje dat verdwijnt en terugkomt
    .body = Zon door het raam, of een zaklamp bij de hand? Laat met een spiegeltje of de lamp een lichtvlekje over de muur dansen, nooit in de ogen van je baby. ‘Waar is het lichtje? Dáár!’ Verstop het even achter je hand en laat het weer verschijnen. Zo oefent je baby spelend dat wat weg is, terug kan komen, en dat jij het terugbrengt. Kijkt je baby naar jou in plaats van naar het licht? De leukste beurt.

sitting-up-roll-a-ball =
    .title = Zit je baby al even? Ga tegenover elkaar zitten
    .body = Kan je baby al even zelf zitten, met kussens eromheen voor als het kiept? Ga vandaag tegenover je baby op de grond zitten, jullie voeten bijna tegen elkaar, en rol een zachte bal langzaam naar je baby toe. Pakt je baby hem of duwt die hem terug, juich dan. Samen iets heen en weer laten gaan, op gelijke ooghoogte, is een nieuw soort samenspelen. Valt je baby om: even troosten en weer rechtop.

twenty-minutes-as-a-couple =
    .title = Twintig minuten samen, zonder luierpraat
    .body = Voed je je baby samen met een partner op? Plan deze week twintig minuten voor jullie tweeën, als je baby slaapt of bij iemand vertrouwds is: thee op de bank, een blokje om. Praat eens niet over slapen, eten of taken. Ouders die zich door elkaar gesteund voelen, hebben vaak meer geduld over voor hun kind. Sta je er alleen voor? Plan die twintig minuten met een goede vriend of iemand uit de familie.

visiting-a-great-grandparent =
    .title = Op bezoek bij een overgrootouder
    .body = Ga je vandaag met je baby naar een overgrootouder of een ander oud familielid? Houd je baby dichtbij op schoot en laat een oude hand zacht het handje aanraken. Zing samen een liedje dat iedereen kent. Let op je baby: een vreemde kamer, nieuwe geuren en een onbekend gezicht zijn veel tegelijk. Wegkijken of draaien betekent: genoeg. Een kort bezoek dat goed voelt, is voor iedereen een cadeau.

blanket-tent-for-two =
    .title = Een tentje van een laken, voor jullie twee
    .body = Regendag binnen? Hang een laken over twee stoelen of de tafel en kruip er samen onder, je baby naast je op een kleed of op schoot. Het licht wordt zacht, het geluid gedempt, de wereld even klein: alleen jullie. Zing zacht, of til een hoekje op: ‘Wie zit daar? Jij!’ Zo’n hol laat voelen dat jij er helemaal bent, zonder telefoon of haast. Het is om te spelen; slapen doet je baby in het eigen bed.

after-an-argument-in-earshot =
    .title = Ruzie gehad terwijl je baby erbij was?
    .body = Vielen er vandaag harde woorden tussen jou en een andere volwassene, met je baby in de buurt? Baby’s horen de spanning in stemmen, ook zonder de woorden te snappen. Neem je baby daarna rustig op en praat zacht: ‘Dat was een harde stem, hè. Het is weer goed.’ Laat, als het kan, ook zien dat jullie weer vriendelijk doen. Voel je je thuis niet veilig? Praat erover met je huisarts.

say-whats-on-the-spoon =
    .title = Vertel wat er op de lepel ligt
    .body = Eet je baby vandaag een paar hapjes mee? Vertel wat er op de lepel ligt terwijl je baby kijkt, ruikt en proeft: ‘Dit is banaan. Zacht en zoet.’ Of: ‘Warm, even blazen.’ Praat in de taal die jou het makkelijkst afgaat, thuis gewoon je eigen taal. Je baby hoort het woord precies als die het proeft, en zo krijgen woorden betekenis. Eet je zelf mee? Vertel dan ook wat er op jouw bord ligt.

cautious-or-bold-own-style =
    .title = Voorzichtig of waaghals: je baby heeft een eigen stijl
    .body = Kijk vandaag eens hoe je baby iets nieuws benadert: een onbekend speeltje, een hond, een nieuwe smaak. Grijpt je baby meteen, of kijkt die eerst lang en voorzichtig? Allebei is goed. Geef een voorzichtige baby tijd, en houd bij een waaghals een hand in de buurt. Zeg wat je ziet: ‘Jij kijkt eerst even goed, hè.’ Zo voelt je baby zich gezien, precies zoals die is.

not-shy-knows-their-people =
    .title = Niet verlegen: je baby kent de eigen mensen
    .body = Huilt je baby vandaag ineens bij een tante of buurvrouw die je baby eerder gewoon mocht vasthouden? En zegt iemand ‘Wat verlegen!’ of ‘Verwend!’? Antwoord vriendelijk: ‘Onze baby weet nu goed wie de eigen mensen zijn.’ Vanaf ongeveer een half jaar worden veel baby’s voorzichtig met minder bekende gezichten: een stap vooruit, geen karakterfout. Aan je toon hoort je baby dat die niets fout doet.

call-their-name-and-wait =
    .title = Roep de naam en wacht tot je baby omkijkt
    .body = Zit je baby vandaag een eindje bij je vandaan te spelen? Zeg dan vrolijk de naam en wacht even. Veel baby’s gaan rond deze leeftijd omkijken als ze hun naam horen. Draait je baby zich om, beloon dat dan met een grote lach en ‘Ja, jou bedoel ik!’ Zo wordt de eigen naam een klank die betekent: iemand zoekt contact met mij. Gebruik de naam liever vaker voor fijne dingen dan voor ‘nee’.

stranger-leans-over-the-pram =
    .title = Iemand buigt over de kinderwagen? Stap ertussen
    .body = Buigt er vandaag in de winkel of op straat een onbekende over de kinderwagen, en trekt je baby een pruillip? Ga naast de wagen staan, leg een hand op je baby en praat tegen je baby: ‘Die mevrouw vindt je lief. Ik ben hier.’ Je mag de ander vriendelijk vragen een stapje terug te doen. Zo leert je baby dat jij oplet als iets spannend voelt, en aan je rustige stem hoort die dat het goed is.


high-chair-at-the-family-table =
    .title = Aan tafel, gewoon erbij
    .body = Schuif de kinderstoel vandaag aan bij de gewone maaltijd, waar je baby de gezichten aan tafel ziet, in plaats van apart en eerder te voeren. Eet je alleen met je baby? Eet dan tegelijk, tegenover elkaar. Praat ook tegen je baby: ‘Kijk, we eten samen.’ Zo hoort je baby erbij: bij de gezichten, de geluiden en de gesprekken. Lukt het niet elke dag? Eén gezamenlijke maaltijd per week telt ook.

finger-food-side-by-side =
    .title = Zelf pakken, met jou ernaast
    .body = Zet je baby vandaag rechtop in de kinderstoel en leg een paar zachte stukjes op het blad, zoals gaar gestoomde wortel of banaan. Laat je baby zelf pakken, knijpen en proeven. Ga er rustig naast zitten, zonder telefoon, en blijf erbij zolang er eten is. Je baby ontdekt op eigen tempo, met jouw vertrouwde gezicht om naar te kijken. Knoeien hoort erbij; een handdoek onder de stoel helpt.

head-turned-away-at-the-spoon =
    .title = Hoofd weg van de lepel? Dan is het genoeg
    .body = Draait je baby vandaag het hoofd weg van de lepel, duwt je hand opzij of houdt de lippen stijf op elkaar? Zeg dan: ‘Je hebt genoeg, hè?’ en stop, ook als er nog wat in het bakje zit. Je baby leert zo dat signalen gehoord worden, ook aan tafel. Bied het later of morgen gewoon opnieuw aan. Twijfel je of je baby genoeg binnenkrijgt? Vraag het bij het consultatiebureau.

shuffling-their-own-way =
    .title = Op de billen is ook vooruit
    .body = Schuift je baby op de billen, tijgert op de buik of rolt liever de kamer door? Ga vandaag op de grond zitten en doe mee op die manier: ‘Daar ga je, lekker op je billen!’ Elke baby vindt een eigen manier om ergens te komen, en juichen om díé manier zegt: jij bent goed zoals je bent. Maak je je toch zorgen over het bewegen? Bespreek het gerust met het consultatiebureau.

anxious-thoughts-that-linger =
    .title = Angstige gedachten die niet weggaan?
    .body = Controleer je ’s nachts nog vaak of je baby ademt, laat je je baby bijna aan niemand over, of zie je steeds voor je wat er mis kan gaan? Zorgen horen bij ouder zijn, maar als angst je dagen gaat bepalen, hoef je dat niet alleen te dragen. Vertel het deze week aan je huisarts of het consultatiebureau, ook als de geboorte al maanden geleden is. Er is goede hulp. Vragen is sterk.

crawl-round-at-baby-height =
    .title = Kruip zelf eens door de kamer
    .body = Ga vandaag op handen en knieën door de kamer waar je baby speelt. Wat zie je op die hoogte? Stopcontacten, snoeren, een plant, kleine dingetjes onder de bank. Maak één hoek helemaal veilig, zodat je daar vooral ‘ja’ kunt zeggen in plaats van ‘nee’. Een baby die vrij mag ontdekken terwijl jij ontspannen in de buurt zit, durft meer. De rest van het huis volgt stap voor stap.

creaming-dry-skin-slowly =
    .title = Insmeren als rustig aanraakmoment
    .body = Heeft je baby een droge of schrale huid die ingesmeerd moet worden met de crème die de huisarts of het consultatiebureau aanraadde? Maak er geen snelle klus van. Warm de crème op in je handen, vertel wat je doet en smeer met langzame, rustige halen: ‘Nu je arm, nu je knieën.’ Zo wordt iets wat moet een moment van aanraking en aandacht. Wil je baby weg? Doe dan alleen nog de nodigste plekjes.

clinic-check-on-your-lap =
    .title = Op schoot bij het consultatiebureau
    .body = Heb je een afspraak bij het consultatiebureau of de huisarts? Vraag of je baby zo veel mogelijk op jouw schoot mag blijven. Moet je baby op de weegschaal of de onderzoekstafel, blijf dan in het zicht, houd een hand op je baby en zeg wat er gebeurt: ‘Even wegen, ik ben hier.’ Veel baby’s schrikken nu van vreemde handen; jouw stem en hand zeggen: het is veilig. Huilt je baby toch? Dat is normaal.

playground-swing-push-from-the-front =
    .title = Schommelen: duw van voren
    .body = Ga je vandaag naar de speeltuin? Zet je baby in een babyschommel met een omsloten zitje en duw van voren in plaats van van achteren, zodat jullie elkaar bij elke zwaai aankijken. Begin heel laag: ‘Daar ga je… en terug!’ Zo zie je meteen of je baby het leuk of eng vindt, en ziet je baby jouw plezier. Gespannen blik? Houd de schommel stil en leg je handen om de voetjes. Lacht je baby? Nog een keer.

gone-and-back-in-daily-life =
    .title = Weg… en weer terug
    .body = Zeg vandaag hardop wat verdwijnt en terugkomt: ‘Het badwater is weg… morgen komt er nieuw.’ ‘Daar gaat de tram. Kijk, daar komt de volgende!’ ‘Oma gaat naar huis, zaterdag komt ze weer.’ Rond deze leeftijd snappen baby’s steeds beter dat iets er nog is als het uit het zicht is. Jouw woorden maken van weggaan iets gewoons, dat bij terugkomen hoort. Morgen klinkt het alweer vertrouwder.

bath-pouring-turns =
    .title = Schenken in bad, om de beurt
    .body = Neem vandaag een bekertje mee in bad. Giet wat water over het handje van je baby: ‘Plons!’ Geef dan het bekertje en wacht. Misschien giet je baby over jouw hand, of over het eigen buikje. Reageer verrast en geef weer een beurt. Zo’n heen-en-weer is een gesprekje zonder woorden. Houd één hand bij je baby en laat je baby nooit alleen in bad, ook niet even voor een handdoek.

babble-answered-as-a-word =
    .title = Klinkt het als een woordje? Geef antwoord
    .body = Zegt je baby vandaag iets als ‘ba’, ‘da’ of ‘mam-mam’ terwijl de oogjes ergens op gericht zijn? Antwoord alsof het een echt woord was: ‘Ba? Bal! Ja, daar ligt de bal.’ Zo ervaart je baby dat klanken iets doen: iemand luistert, begrijpt en geeft iets terug. Gok je mis? Geen probleem, proberen telt. Herhaal morgen één klank een paar keer en kijk of je baby hem terugzegt.

teething-evening-close =
    .title = Tandjes op komst? Blijf extra dichtbij
    .body = Is je baby vandaag huilerig, kwijlt veel en bijt op alles? Misschien komt er een tandje door. Geef een bijtring uit de koelkast (niet uit de vriezer) en houd je baby dicht tegen je aan. Zeg wat je ziet: ‘Je mondje doet pijn, hè?’ Jouw rust helpt je baby het ongemak te dragen. Koorts, of twijfel over pijnstilling? Vraag het de huisarts of het consultatiebureau.

im-coming-to-get-you =
    .title = ‘Ik kom je halen!’ Een kruipspelletje
    .body = Kruipt of schuifelt je baby al? Ga vandaag op handen en knieën zitten en zeg met een spannende stem: ‘Ik kom je haaalen…’ Kruip langzaam achter je baby aan en vang je baby aan het eind op met een knuffel. Veel baby’s gieren het uit, omdat de spanning steeds goed afloopt. Blijf wel kijken: lijkt je baby bang of begint het te huilen, stop dan meteen, lach en zeg: ‘Het is maar een spelletje.’

lift-the-flap-book =
    .title = Een flapjesboek: wie zit erachter?
    .body = Pak vandaag een stevig flapjesboek en til samen de flapjes op: ‘Waar is de poes? Dáár!’ Laat je baby zelf aan de flap trekken, ook als die wat kreukt. Het is kiekeboe op papier: iets is even weg en blijkt er nog te zijn. Een korte stilte voordat de flap opengaat maakt het spannend. Geen flapjesboek in huis? De bibliotheek heeft meestal stevige babyboekjes.

looking-for-the-dropped-toy =
    .title = Je baby zoekt wat er viel
    .body = Glipt er vandaag iets uit de handjes van je baby, en kijkt je baby over de rand van de kinderstoel of naar waar het heen rolde? Zeg wat je ziet: ‘Je zoekt je blokje! Je weet dat het er nog is.’ Wacht even voordat je het pakt, en kijk samen. Je baby merkt dat jij snapt wat er in dat hoofdje omgaat. Dat zoeken is knap: je baby onthoudt iets wat niet meer te zien is.

grandparent-looks-at-the-toy-first =
    .title = Tip voor opa of oma: kijk eerst naar het speeltje
    .body = Huilt je baby vandaag bij een opa, oma of tante die een tijdje niet is geweest? Leg uit dat dat rond deze leeftijd heel gewoon is, en geef een tip: ga op de grond zitten, kijk naar een speeltje in plaats van recht in het gezichtje, en schuif het langzaam dichterbij. Een blik die niet te dichtbij komt, is minder spannend. Vanaf jouw schoot bepaalt je baby het tempo.

holding-another-baby =
    .title = Jaloers als je een andere baby vasthoudt?
    .body = Neem je de baby van een vriendin op schoot, en begint je eigen baby te jammeren, naar je toe te kruipen of aan je te trekken? Veel baby’s laten rond deze leeftijd zien dat ze jou graag voor zichzelf hebben. Zeg wat je ziet: ‘Jij wilt ook bij mij, hè? Kom maar.’ Maak plaats op je andere knie, of geef de andere baby even terug. Het is geen aanstellerij, maar laat zien hoe belangrijk jij bent.

crawl-to-your-arms =
    .title = Kom maar, hier zijn mijn armen
    .body = Ga vandaag een paar meter bij je baby vandaan op de grond zitten, spreid je armen en roep zacht de naam van je baby. Kruipt, schuift of rolt je baby jouw kant op? Vang je baby op met een knuffel: ‘Je bent bij me!’ Zo ervaart je baby dat naar jou toe komen altijd welkom is. Blijft je baby liever spelen? Ook goed; kijk dan gewoon mee en probeer het later nog eens.

hair-wash-without-a-fight =
    .title = Haren wassen zonder gevecht
    .body = Begint je baby te huilen zodra het haar nat moet? Maak er steeds dezelfde korte volgorde van en zeg elke stap vooraf: ‘Eerst je washandje, dan komt het water op je achterhoofd.’ Geef je baby een eigen droog washandje om vast te houden of tegen het voorhoofd te drukken, en giet langzaam uit een bekertje, van achteren. Snel klaar, dan een knuffel in de handdoek. Het hoeft niet elke badbeurt.

wave-at-the-window =
    .title = Zwaaien bij het raam
    .body = Gaat er vandaag iemand uit het gezin de deur uit, naar het werk, school of de winkel? Maak er een vast moment van: samen met je baby bij het raam, zwaaien, ‘Dag! Tot vanmiddag!’ Wie vertrekt, zwaait terug tot de hoek. Zo wordt weggaan iets wat je baby ziet gebeuren, in plaats van iemand die ineens verdwenen is. Over een paar weken zwaait je baby misschien zelf mee.

first-teeth-brushing-on-your-lap =
    .title = Tandjes poetsen op schoot, met een liedje
    .body = Zijn de eerste tandjes er en ga je poetsen? Maak er een kort, vast ritueel van: je baby op schoot, het hoofdje tegen je aan, en elke keer hetzelfde poetsliedje. Laat je baby eerst zien hoe jij je eigen tanden poetst, met een grote grijns. Zo wordt poetsen een voorspelbaar moment samen, geen worsteling. Veel protest? Een paar tellen is genoeg voor nu; morgen kom je een stapje verder.

visiting-a-home-full-of-breakables =
    .title = Op bezoek in een huis vol breekbare spullen
    .body = Ga je op visite bij iemand zonder kleine kinderen, met glazen tafeltjes en planten op de grond? Neem een tasje mee met een paar eigen speeltjes en een kleed. Spreid het kleed uit op een veilige plek, ga er zelf bij zitten en laat je baby daar ontdekken. Dat is rustiger dan twintig keer ‘nee’ en wegtillen. Vanaf jouw plekje durft je baby ook beter rond te kijken. Even de kamer rond? Op jouw arm.

book-of-familiar-faces =
    .title = Een boekje met vertrouwde gezichten
    .body = Plak vandaag foto’s van de mensen die vaak voor je baby zorgen in een klein album of schriftje: jij, opa of oma, de oppas, de vaste medewerker van de opvang. Blader het samen door en noem de namen: ‘Kijk, daar is oma!’ Zo blijven die vertrouwde gezichten dichtbij, ook als iemand er even niet is. Laat je baby gerust zelf bladeren; kreukels horen erbij.

work-trip-photo-and-voice =
    .title = Op reis voor je werk: je stem blijft thuis
    .body = Moet je een paar dagen weg voor je werk? Neem vooraf een kort spraakbericht op met het slaapliedje en ‘Slaap lekker, ik kom gauw terug.’ Wie thuis is, laat het elke avond op hetzelfde moment horen, bij een foto van jou op babyhoogte. Zo blijft er iets vertrouwds van jou in de dag van je baby. Neem verder afscheid zoals altijd: niet extra lang, en niet stiekem.

back-from-a-work-trip =
    .title = Terug van reis? Geef het een dag
    .body = Ben je terug na een paar dagen weg, en kijkt je baby je aan als een vreemde, of klampt het zich vast aan de ander die thuis was? Dat is normaal en gaat meestal snel over. Neem niet meteen alles over: doe eerst mee met het bad of het eten, en laat je baby naar jou toe komen. Het contact herstelt in kleine momenten. Doet het je pijn? Zeg dat tegen iemand die je vertrouwt.

cup-of-their-own =
    .title = Proost! Een eigen bekertje
    .body = Zet vandaag bij het eten een klein open bekertje met een bodempje water voor je baby neer, en pak zelf ook een glas. Neem een slok, zeg ‘Mmm, proost!’ en laat je baby je nadoen, met jouw hand losjes onder het bekertje. Baby’s leren veel door jou na te doen, en samen iets doen voelt als erbij horen. Morsen is oefenen: een slab en een doekje zijn genoeg.

sharing-a-room-with-a-sibling =
    .title = Je baby slaapt voortaan bij de grote broer of zus
    .body = Verhuist je baby naar de kamer van een ouder kind? Bedenk een vaste volgorde voor het slapengaan: eerst de baby, met de oudste erbij voor het liedje, daarna krijgt de oudste jouw aandacht voor een fluisterboekje. Vertel de oudste wat er gebeurt als de baby ’s nachts wakker wordt: ‘Dan kom ik, jij slaapt door.’ Het bedje blijft leeg van knuffels en kussens. De eerste nachten zijn vaak rommelig.

they-crawl-after-you =
    .title = Je baby kruipt je achterna
    .body = Loop je vandaag naar de keuken en komt je baby je achterna gekropen of geschoven? Begroet het als een bezoekje: ‘Hé, je kwam me zoeken! Hier ben ik.’ Zak even door je knieën en ga dan verder met wat je deed, met je baby naast je op een veilig plekje. Je baby checkt of jij er nog bent, en ontdekt dat zoeken loont. Zo’n kleine schaduw is vermoeiend, én een compliment.

bedtime-protest-stay-a-while =
    .title = Huilen zodra je de slaapkamer uitloopt
    .body = Protesteert je baby deze weken zodra je na het slaapritueel de kamer uit wilt? Rond deze leeftijd merken baby’s scherper dat je weggaat. Blijf vanavond wat langer bij het bedje, met een hand op het buikje of een zacht liedje, tot je baby rustiger is. Zeg bij de deur steeds dezelfde zin: ‘Slaap lekker, ik ben vlakbij.’ Meer nabijheid nu maakt je baby niet afhankelijker.

nappy-change-wriggler =
    .title = Verschonen met een kruiper
    .body = Rolt je baby vandaag tijdens het verschonen steeds weg, op weg naar iets interessants? Dat is geen dwarsliggen: je baby wil bewegen. Geef een klusje: ‘Hou jij de schone luier vast?’, of een speeltje dat alleen bij het verschonen hoort. Zeg kort wat je bij elke stap doet en houd altijd een hand op je baby. Lukt het op de commode niet? Een matje op de grond kan ook.

pushes-you-away-when-overtired =
    .title = Duwt je baby je weg als het te veel is?
    .body = Zet je baby zich schrap, duwt tegen je borst of draait weg terwijl je wilt troosten, bijvoorbeeld als je baby oververmoeid of boos is? Dat is geen afwijzing: soms is vastgehouden worden even te veel. Ga dan vlakbij zitten, houd je handen open en zeg zacht: ‘Ik ben hier. Als je wilt, pak ik je op.’ Minder licht en geluid helpt vaak. Meestal komt je baby na een poosje zelf naar je toe.

moving-house-same-cot =
    .title = Verhuizen: het bedje blijft hetzelfde
    .body = Gaan jullie verhuizen? Pak het bedje, de slaapzak en een paar speeltjes van je baby als laatste in en zet ze in het nieuwe huis als eerste neer. Houd de eerste dagen het dagritme en het slaapritueel zo gewoon mogelijk, ook tussen de dozen. Tussen al het nieuwe zijn jij en die vertrouwde dingen het houvast van je baby. Een paar onrustige nachten na een verhuizing zijn normaal.

the-other-parent-goes-at-night =
    .title = Altijd jij ’s nachts? Laat de ander gaan
    .body = Gaat ’s nachts bijna altijd dezelfde ouder naar je baby, en raakt die op? Spreek af dat de ander een paar nachten gaat, met dezelfde woorden, hetzelfde liedje en dezelfde hand op de buik. De eerste nachten hoort protest er vaak bij; de ander blijft gewoon troosten. Zo ontdekt je baby dat ook die armen ’s nachts veilig zijn. Wordt het huilen heel heftig? Wissel terug en probeer het later opnieuw.

so-big-arms-up =
    .title = ‘Hoe groot is de baby?’
    .body = Speel vandaag ‘Hoe groot is de baby? Zóóó groot!’ en strek je armen daarbij hoog in de lucht. Doe het een paar keer met een brede glimlach, en help daarna de armpjes van je baby zachtjes omhoog. Nadoen wordt rond deze leeftijd een nieuwe manier van contact: ik doe wat jij doet. Doet je baby nog niets na? Dan geniet je baby vast al van jouw gezicht; nadoen komt vaak wat later.

floor-mirror-appear =
    .title = Wie verschijnt er in de spiegel?
    .body = Zet vandaag een onbreekbare spiegel stevig en laag tegen de muur, zodat je baby ernaartoe kan kruipen of schuiven. Kijkt je baby erin? Duik dan achter je baby op in de spiegel: ‘Hé, wie is dat? Ik!’ Verdwijn even uit beeld en kom weer terug. Je baby ziet jou in de spiegel, voelt je tegelijk echt dichtbij en mag zelf uitpuzzelen hoe dat zit. Draait je baby zich om naar de echte jij? Knap!

sibling-tower-and-crawler =
    .title = Als de baby de toren van de grote omgooit
    .body = Kruipt je baby vandaag recht op het bouwwerk van een ouder kind af? Erken eerst de grote: ‘Balen, je had er zo hard aan gewerkt.’ Geef die een eigen plek waar de baby niet bij kan, zoals de tafel of achter het hekje, en geef de baby iets om zelf om te gooien. Als allebei de kinderen zich gezien voelen, gaat samen in één kamer spelen makkelijker. Botsingen horen erbij.

bored-on-the-play-mat =
    .title = Verveel je je soms bij het spelen?
    .body = Voor de tiende keer het blokje teruggeven en stiekem op de klok kijken? Dat overkomt heel veel ouders, en het zegt niets over je liefde. Kies vandaag iets wat jij ook leuk vindt: je eigen muziek aan en samen bewegen, een wandeling waarin je vertelt wat je ziet, samen door een kookboek bladeren. Je baby geniet het meest van een ouder die er zelf plezier in heeft. Tien echte minuten zijn genoeg.

worrying-news-from-far-away =
    .title = Zorgelijk nieuws van ver weg
    .body = Komt er slecht nieuws uit het land waar je familie woont, zoals een aardbeving, overstroming of oorlog, en blijf je maar scrollen? Kies vandaag twee vaste momenten om het nieuws te volgen en leg je telefoon weg tijdens het eten, het badje en het slapengaan van je baby. Vertel iemand hoe het met je gaat. Je zorgen kan je baby niet dragen, je rustige armen wel voelen. Verdriet laten zien mag ook.

hospital-stay-fixed-point =
    .title = Opname in het ziekenhuis: jij bent het vaste punt
    .body = Moet je baby in het ziekenhuis blijven? Vraag of je er mag slapen en bij onderzoeken mag zijn, en neem de eigen slaapzak en een vertrouwd liedje mee. Zeg vooraf wat er gebeurt: ‘Nu komt de verpleegkundige, ik houd je vast.’ Tussen vreemde gezichten en geluiden is jouw nabijheid het veiligste wat je baby heeft. Wissel af met iemand als dat kan; ook jij moet eten en slapen.

car-seat-protest-name-it =
    .title = Boos in het autostoeltje
    .body = Zet je baby zich vandaag schrap en huilt het bij het vastklikken in het autostoeltje? Een baby die net leert bewegen vindt vastzitten vaak vreselijk. Zeg wat je ziet: ‘Je wilt niet vast, je wilt kruipen. Dat snap ik.’ Klik de gordel toch rustig vast, want veilig gaat voor. Een vast autoliedje of een speeltje dat alleen in de auto mag, maakt het volgende ritje soms makkelijker.

when-someone-is-harsh-with-your-baby =
    .title = Als iemand anders streng is tegen je baby
    .body = Tikt opa op het handje dat naar het kopje grijpt, of roept een tante ‘Stout!’ tegen je baby? Blijf kalm, til je baby op en vertel je baby wat er gebeurde: ‘Je schrok, hè. Je wilde dat kopje pakken.’ Leg het later, onder vier ogen, vriendelijk uit: ‘Op deze leeftijd begrijpt een baby dat nog niet. Wij tillen weg en geven iets anders.’ Zo blijf jij voor je baby de veilige haven.

redirect-not-scold =
    .title = Niet aan het snoer? Bied iets anders aan
    .body = Gaat je baby vandaag steeds weer op het snoer, de plant of de kattenbak af? Til je baby rustig weg, zeg kort ‘Dat is niet voor jou’ en bied meteen iets anders aan: ‘Maar deze lepel wel!’ Zeg het elke keer op dezelfde kalme toon. Je baby snapt de regel nog niet, maar leert wel dat jouw reactie voorspelbaar en vriendelijk is. Tien keer per dag? Zo gaat dat op deze leeftijd.

stuck-standing-call =
    .title = Staan lukt, zitten nog niet
    .body = Trekt je baby zich op aan de bank of de spijlen van het bedje, en roept het omdat terugzakken nog niet lukt? Ga erheen en help rustig: samen door de knieën, ‘En zitten… plof!’ Kom elke keer als je baby erom vraagt, ook midden in de nacht. Zo leert je baby: als ik vastzit, komt er iemand. Zet de bodem van het bedje nu in de laagste stand. Zodra zitten lukt, wordt het roepen minder.

bubbles-wait-for-more =
    .title = Bellenblazen: wacht op ‘nog een keer!’
    .body = Blaas vandaag wat zeepbellen voor je baby en houd het potje zelf vast. Blaas ze boven je baby langs, niet in het gezichtje, en kijk samen hoe ze zweven en knappen. Stop dan en wacht: vraagt je baby om meer, met een geluidje, zwaaiende armpjes of een blik naar het potje? ‘Nog een keer? Daar komen ze!’ Zo merkt je baby dat een eigen signaal iets in gang zet. Kijkt je baby weg? Dan is het genoeg.


a-talk-with-childcare-about-your-baby =
    .title = Een gesprek met de opvang over je baby
    .body = Heeft de opvang een oudergesprek gepland, of gaat je baby er al een paar maanden heen? Neem drie dingen mee die je thuis ziet: wat troost, waar je baby nu mee bezig is, wat lastig gaat. Vraag ook wat zij zien: met wie je baby graag speelt, wanneer het moeilijk is. Zo vullen thuis en opvang elkaar aan, en wordt je baby op beide plekken op dezelfde manier begrepen. Geen gesprek gepland? Vraag erom.

keep-your-return-promise-out-loud =
    .title = Zeg het hardop: terug, zoals beloofd
    .body = Beloof bij het afscheid alleen wat klopt: niet ‘Ik ben zo terug’ als je pas na het middagslaapje komt, maar ‘Na je slaapje kom ik je halen’. Zeg het bij het ophalen nog eens: ‘Ik zei na je slaapje, en hier ben ik.’ De woorden snapt je baby nog niet, het patroon wel: wie weggaat, komt terug. Elke keer dat het klopt, wordt dat patroon een beetje steviger.

staying-behind-say-what-happens =
    .title = Wie achterblijft, zegt wat er gebeurt
    .body = Gaat er vandaag iemand de deur uit en huilt je baby in jouw armen? Pak niet meteen een speeltje om af te leiden. Zeg eerst wat er gebeurt: wie er weg is, wanneer die terugkomt, en ‘Je bent verdrietig, hè? Ik ben bij je.’ Zo hoeft je baby het gemis niet alleen te dragen. Een liedje of samen naar buiten kijken mag daarna best, als het ergste huilen gezakt is.

pulling-to-stand-you-close-by =
    .title = Zelf optrekken, jij dichtbij
    .body = Trekt je baby zich op aan de bank of aan de rand van de box? Zet je baby niet zelf overeind, maar ga vlak naast de bank op de grond zitten. Houd je hand klaar als vangnet en help alleen als je baby erom vraagt. Misschien lukt het pas na tien pogingen, en dat is precies goed: je baby ontdekt wat het zelf kan, terwijl jij zorgt dat het veilig voelt.

late-at-pickup-make-it-right =
    .title = Te laat bij het ophalen? Maak het goed
    .body = Was je vandaag te laat bij de opvang, en zat je baby als laatste met de leidster te wachten? Schuldgevoel helpt niemand, herstellen wel. Ga op ooghoogte, neem je baby dicht tegen je aan en zeg: ‘Ik was laat. Je hebt op me gewacht. Nu ben ik er.’ Bedank de leidster die je baby opving. Thuis nog even extra samen, zonder haast. Gebeurt het vaker? Kijk wie af en toe kan ophalen.

twins-both-want-you-at-once =
    .title = Een tweeling, en allebei willen ze tegelijk naar jou
    .body = Willen je tweelingbaby’s vandaag allebei tegelijk naar jou? Pak er één op, ga op de grond naast de ander zitten en leg je vrije hand op diens rug. Praat tegen allebei: ‘Ik hoor jou ook, jij komt zo op schoot.’ Wissel af wie eerst mag. Je stem en je hand vertellen het wachtende kind dat het niet vergeten is. Even huilen tijdens het wachten is niet erg; twee tegelijk troosten lukt niemand perfect.

costumed-figure-no-photo-on-their-lap =
    .title = Een verklede figuur? Geen foto op schoot
    .body = Wil iemand in een pak, zoals Sinterklaas, een clown op een feest of een mascotte in de winkel, je baby op schoot voor een foto, en klampt je baby zich aan je vast? Geef je baby niet af. Maak de foto met je baby op jouw arm ernaast, of sla hem over. Zeg wat je ziet: ‘Die grote figuur vind je eng, hè. Ik houd je vast.’ Een angst die serieus wordt genomen, maakt een kind niet banger, maar veiliger.

a-sock-puppet-says-hello =
    .title = Een sokpop zegt hallo
    .body = Trek vandaag een oude sok over je hand, teken er twee ogen op en laat de pop je baby met een eigen stemmetje begroeten: ‘Hallo! Mag ik je neus?’ Laat de pop daarna verlegen wegduiken, blij dansen of gapen, en zeg wat de pop voelt: ‘Pop is moe.’ Zo ziet je baby gevoelens groot en speels uitgebeeld, veilig op jouw schoot. Schrikt je baby? Laat de pop dan heel zacht en langzaam praten.

a-religious-service-with-your-baby =
    .title = Met je baby naar de moskee, kerk of een ceremonie
    .body = Ga je met je baby naar een dienst in de moskee, kerk of tempel, of naar een plechtigheid waar stilte verwacht wordt? Ga aan de rand of achteraan zitten, neem iets stils en vertrouwds mee en laat je baby vanaf je schoot de mensen bekijken en de stemmen horen. Wordt je baby onrustig, loop dan even naar buiten en kom terug. Jouw rust telt meer dan volmaakte stilte.

friends-without-children =
    .title = Vrienden zonder kinderen uit het oog verloren?
    .body = Zie je vrienden zonder kinderen nauwelijks meer, omdat jouw dagen om dutjes draaien en hun afspraken om tien uur ’s avonds beginnen? Stuur vandaag één vriend of vriendin een bericht met een voorstel dat wél past: een wandeling met de wagen, lunch bij jou thuis tijdens het middagslaapje. Vriendschap geeft lucht, en een ouder met lucht heeft meer geduld. Niet iedereen haakt aan, en dat is ook goed.

feeling-closer-to-one-of-your-children =
    .title = Voel je je nu dichter bij één van je kinderen?
    .body = Gaat het met de baby vanzelf, maar botst het met je oudste, of andersom, en schaam je je daarvoor? Veel ouders kennen dat: een band heeft periodes, en dat zegt niets over hoeveel je van ze houdt. Vraag vandaag iemand die dat kind goed kent, zoals opa, oma of de leidster, wat die zo leuk aan het kind vindt. Let dan zelf op precies dat. Blijft het knagen? Praat erover op het consultatiebureau.

a-cupboard-they-may-empty =
    .title = Een keukenkastje dat leeg mag
    .body = Hangt je baby aan je benen terwijl je kookt? Ruim vandaag één laag keukenkastje in met spullen die er veilig uit mogen: plastic bakjes, een pan met deksel, houten lepels. Je baby mag het leeghalen, vlak bij jou. Zo ontdekt je baby de wereld terwijl jij dichtbij bent en af en toe iets terugzegt: ‘Jij hebt de pan gevonden!’ Leg er morgen een paar andere dingen in.

dropping-game-from-the-high-chair =
    .title = Het laat-vallen-spel: meedoen, en vriendelijk stoppen
    .body = Gooit je baby steeds de lepel van de kinderstoel en kijkt het je dan aan? Dat is geen plagen, maar een spel: ik laat vallen, jij raapt op. Doe gerust een paar keer mee: ‘Boem! Weg… daar is hij weer.’ Genoeg gehad? Kondig het einde aan: ‘Nog één keer, dan blijft de lepel liggen.’ Houd je eraan en blijf vriendelijk, ook bij protest. Zo ervaart je baby dat een grens niet boos hoeft te zijn.

a-cuddle-given-back =
    .title = Een knuffel terug? Sta even stil
    .body = Slaat je baby vandaag de armpjes om je nek, of klopt het zacht op je rug terwijl je het vasthoudt? Misschien is het een van de eerste knuffels die je baby je uit zichzelf geeft. Stop even met wat je deed, sta stil en geniet: ‘Wat een lekkere knuffel krijg ik van jou.’ Je baby voelt dat wat het geeft, aankomt. Het gebeurt niet elke dag, en juist dat maakt het zo mooi.

where-is-the-lamp =
    .title = Waar is de lamp?
    .body = Vraag vandaag op een rustig moment: ‘Waar is de lamp?’ en wacht even. Veel baby’s rond deze leeftijd begrijpen al een paar woorden en gaan dan zoekend rondkijken. Kijkt je baby naar de lamp, zeg dan blij: ‘Ja, daar is de lamp!’ Zo kijken jullie samen naar hetzelfde, en merkt je baby dat jij het begrijpt. Nog geen blik? Kijk zelf naar de lamp, noem hem en probeer het later weer.

announce-the-hoover-first =
    .title = Eerst aankondigen, dan stofzuigen
    .body = Schrikt je baby van de stofzuiger? Laat hem vandaag eerst uit staan: je baby mag hem vanaf jouw schoot bekijken en aanraken. Zeg daarna ‘Nu gaat hij hard brommen’ en zet hem kort aan, aan de andere kant van de kamer. Lawaai dat je aankondigt, is minder eng dan lawaai dat je overvalt. Toch tranen? Zet hem uit, houd je baby dicht tegen je aan en probeer het een andere dag, wat verder weg.

fireworks-or-thunder-inside-together =
    .title = Vuurwerk of onweer: samen binnen
    .body = Is er vanavond vuurwerk of onweer en schrikt je baby wakker? Ga erheen, neem je baby op en zeg rustig wat er is: ‘Dat is onweer. Het is hard, maar wij zijn binnen. Ik ben bij je.’ Ga in de rustigste kamer zitten, gordijnen dicht, en adem zelf langzaam uit. Je baby leent jouw kalmte, ook als jij het geluid niet fijn vindt. Slaapt je baby weer, leg het dan op de rug in het eigen bedje.

one-adult-on-duty-at-a-party =
    .title = Op een feest heeft één volwassene ‘dienst’
    .body = Ga je naar een bruiloft, verjaardag of groot familiefeest, waar iedereen je baby wil vasthouden en er drank is? Spreek vooraf af wie er per uur ‘dienst’ heeft: die houdt je baby in het oog, blijft nuchter en alert, weet waar de luiertas is en reageert als je baby huilt. Dan hoeft niemand half op te letten, en kan de rest echt feesten. Wissel af met iemand die je vertrouwt.

a-switch-before-you-walk-in =
    .title = Gespannen thuiskomen? Eerst even schakelen
    .body = Kom je gespannen thuis van je werk, met je hoofd nog bij die mail of ruzie? Neem voor de voordeur twee minuten: blijf in de auto of op de stoep, adem een paar keer langzaam uit en bedenk waar je naar uitkijkt bij je baby. Ga dan naar binnen en begroet eerst je baby, tas en telefoon later. Zo komt je stress niet als eerste mee naar binnen. Lukt het niet? Zeg: ‘Ik ben er, ik heb even nodig.’

two-homes-same-bedtime-song =
    .title = Twee huizen, hetzelfde slaapliedje
    .body = Woont je baby afwisselend bij jou en bij de andere ouder? Spreek af dat een paar dingen in beide huizen hetzelfde gaan: het slaapliedje, de woorden bij het naar bed gaan. Geef bij het overdragen kort door hoe het ging, of laat een schriftje met de tas meereizen. Dan hoeft je baby niet in elk huis opnieuw te raden wat er komt. Huilt je baby bij de wissel? Dat is afscheid nemen, geen slecht teken.

school-gate-greet-the-big-one-first =
    .title = Bij het schoolhek: eerst de grote
    .body = Haal je een ouder kind op van school of opvang, met de baby op je heup of in de wagen? Begroet eerst de grote: door je knieën, ogen op ooghoogte: ‘Daar ben je! Ik heb je gemist.’ De baby kijkt mee en mag daarna meedoen. Na een dag zonder jou heeft de oudste je op dat moment het hardst nodig. Vraag onderweg naar één ding van de dag, en laat het gebrabbel van de baby er gewoon tussendoor klinken.

two-carers-the-same-no =
    .title = Twee opvoeders, één en hetzelfde ‘nee’
    .body = Zegt de een ‘nee’ bij het traphekje en de ander ‘ach, laat maar’? Kies vandaag met iedereen die vaak voor je baby zorgt twee of drie dingen die echt niet mogen, zoals de trap, het fornuis en snoeren, en één woord dat iedereen erbij zegt, zoals ‘Stop’. Hang het lijstje op, ook voor oppas en grootouders. Verder mag ieder zijn eigen stijl hebben. Zo weet je baby bij iedereen waar het aan toe is.

when-the-familiar-carer-leaves =
    .title = Als de vertrouwde pedagogisch medewerker vertrekt
    .body = Vertrekt de vaste pedagogisch medewerker van je baby op de opvang, of komt er een nieuw gezicht op de groep? Vraag of de vertrouwde persoon een paar keer samen met de nieuwe kan werken, zodat je baby van de ene arm aan de andere kan wennen. Vertel de nieuwe zelf hoe je baby getroost wil worden en neem de eerste weken meer tijd bij het brengen. Huilt je baby meer? Dat is gemis, geen achteruitgang.

first-night-at-the-grandparents =
    .title = De eerste nacht bij de grootouders
    .body = Gaat je baby voor het eerst bij de grootouders slapen? Laat je baby daar eerst een middagslaapje doen, terwijl jij nog in huis bent. Geef het slaapritueel mee: dezelfde slaapzak, hetzelfde liedje, dezelfde woorden. Bespreek ook veilig slapen, want vroeger ging dat anders: op de rug, in een eigen bedje, niets zachts erin, geen kussen of knuffel. Dan slaap jij ook met een gerust hart.

tidy-up-one-block-together =
    .title = Samen één blokje in de doos
    .body = Ligt de vloer vol blokken? Maak van opruimen vandaag een klein spel: pak samen één blokje, houd de doos bij en zeg ‘In de doos… boem!’ Klap als het erin valt. De rest ruim jij op, terwijl je baby kijkt of er nog eentje brengt. Zo wordt het einde van het spelen een vast, gezellig moment met jou in plaats van iets wat zomaar gebeurt. Zing er steeds hetzelfde opruimliedje bij.

childcare-says-your-baby-bites =
    .title = De opvang meldt dat je baby bijt
    .body = Hoor je bij het ophalen dat je baby een ander kindje heeft gebeten? Schrik en schaam je niet: bijten komt rond deze leeftijd veel voor, uit opwinding, frustratie of door doorkomende tandjes, zonder kwade bedoeling. Vraag wanneer het gebeurt en hoe de leiding reageert, en doe het thuis net zo: kalm ‘Au, dat doet pijn’, even afstand, dan weer contact. Eén aanpak op twee plekken is duidelijk.

a-screen-to-keep-them-quiet =
    .title = Je telefoon om je baby stil te houden?
    .body = Zit je in de wachtkamer, in de trein of aan tafel bij familie, en pak je een filmpje op je telefoon om je baby rustig te krijgen? Begrijpelijk. Probeer eerst iets van jezelf: een liedje fluisteren, samen uit het raam kijken, een sleutelbos, een vingerspelletje. Jouw gezicht praat terug, een scherm niet. Kijken jullie toch samen een filmpje? Houd je baby op schoot en praat over wat jullie zien.

the-cat-or-dog-and-your-crawler =
    .title = De kat of hond en je kruipende baby
    .body = Kruipt je baby nu achter de kat of hond aan en grijpt naar staart en vacht? Ga er vandaag samen bij zitten, neem het handje en aai samen langzaam over de rug: ‘Zacht, zo. Poes vindt dat fijn.’ Geef het dier altijd een plek om weg te kunnen, en laat je baby en het dier nooit samen alleen. Je baby leert zo van jouw handen hoe zacht voelt. Het gaat nog vaak mis, en dat is normaal.

when-the-big-one-needs-you-more =
    .title = Als de oudste even al je aandacht nodig heeft
    .body = Is je oudere kind ziek, heeft het een moeilijke week, of gaat er veel tijd naar ziekenhuisbezoeken, waardoor je baby er wat bij inschiet? Dat is niet erg, zolang er kleine, echte momenten blijven. Kies vandaag twee vaste minuutjes voor je baby, bijvoorbeeld bij het verschonen en voor het slapen: je gezicht dichtbij, een liedje, al je aandacht. En laat iemand anders af en toe met je baby wandelen.

small-home-big-explorer =
    .title = Klein huis, grote ontdekker
    .body = Woon je klein, en is er voor je kruipende of staande baby amper vloerruimte? Zoek vandaag één plek buiten de deur waar je baby vrij mag rondkruipen terwijl jij erbij zit: een speeltuin met zand, een grasveld, de bibliotheek, een inloopochtend in de buurt. Thuis kan één vrijgemaakte hoek al genoeg zijn. Je baby heeft geen groot huis nodig, wel ruimte om te ontdekken met jou dichtbij.

medicine-without-a-battle =
    .title = Medicijn geven zonder gevecht
    .body = Moet je baby een drankje, oordruppels of neusspray van de huisarts, en draait je baby weg of gilt? Zeg eerst wat er komt: ‘Eén spuitje in je mond, dan is het klaar.’ Neem je baby stevig en veilig op schoot, doe het rustig maar vlot, en troost direct daarna met een knuffel of liedje. Zo wordt het een kort, voorspelbaar moment in plaats van een worsteling. Lukt het niet? Vraag de huisarts om tips.

a-spoon-of-their-own =
    .title = Een eigen lepel aan tafel
    .body = Grijpt je baby vandaag steeds naar de lepel als je het eten geeft? Geef je baby een eigen lepel en leg een paar zachte stukjes op het blad om zelf te pakken, terwijl jij met de andere lepel helpt. Eet zelf ook iets, aan dezelfde tafel, en blijf erbij zolang je baby eet. Je baby voelt: ik mag meedoen en zelf proberen, en jij bent dichtbij. Het wordt een zooi, en dat hoort erbij.

tired-signs-have-changed =
    .title = Je baby laat moeheid nu anders zien
    .body = Gaapte je baby vroeger bij slaaptijd, en wordt je baby nu juist druk, onhandig, huilerig of trekt aan de oren? Bij oudere baby’s verandert moeheid vaak van gezicht. Let de komende dagen op wat je ziet in het halfuur voor een dutje, en vraag anderen die voor je baby zorgen wat zij dan zien. Dan herken je het eerder en kun je het slapengaan wat vervroegen. Zo leer je je baby steeds opnieuw kennen.

share-the-invisible-list =
    .title = Wie onthoudt alles? Verdeel de onzichtbare lijst
    .body = Ben jij degene die onthoudt dat de luiers opraken, dat het consultatiebureau gebeld moet worden en dat oma jarig is? Dat onzichtbare denkwerk slurpt energie. Schrijf vandaag met wie de zorg met je deelt alles op wat er rond je baby geregeld moet worden, en verdeel hele taken, van onthouden tot doen. Minder in je hoofd geeft meer ruimte voor je baby. Alleen? Kijk wat iemand anders kan overnemen.

when-your-partner-is-struggling =
    .title = Als je partner het zwaar heeft
    .body = Is je partner depressief, ziek of overspannen, en draag jij nu het grootste deel van de zorg? Zoek vandaag één persoon die elke week een vast stuk kan overnemen, zodat jij ook rust krijgt. Houd voor je partner kleine, haalbare momenten met de baby vrij: samen op de bank, een liedje. Je baby heeft genoeg aan warme, gewone aandacht. Praat ook met de huisarts, voor je partner én voor jezelf.

copy-me-copy-you =
    .title = Doe mij na, ik doe jou na
    .body = Doet je baby al dingen na, zoals klappen of kuchen? Speel vandaag een nadoe-spel: doe iets eenvoudigs voor, zoals op je hoofd tikken of een kushandje geven, en wacht. Doet je baby het na, lach dan en doe iets nieuws; doet je baby zelf iets, doe jij het na. Zo ontstaat een gesprek zonder woorden, waarin jullie om de beurt leiden. Nog niet? Dan kijkt je baby liever, ook goed.

no-need-to-perform-at-the-check-up =
    .title = Bij de controle hoeft je baby niets te laten zien
    .body = Ga je naar het consultatiebureau, en wil je baby daar opeens niet zwaaien, staan of blokjes pakken, terwijl dat thuis al lang lukt? Heel gewoon: in een vreemde kamer met een onbekend gezicht kijken veel baby’s eerst de kat uit de boom. Vertel gewoon wat je thuis ziet; jij ziet je baby elke dag. Maak op de terugweg geen examen van wat er niet lukte. Het was een gewone dag.

ramadan-suhoor-and-a-sleeping-baby =
    .title = Ramadan: suhoor in de nacht, je baby slaapt door
    .body = Staat tijdens de ramadan het hele huis voor zonsopgang op voor de suhoor, met licht, pannen en stemmen? Houd het stil en donker rond de slaapplek van je baby: deur dicht, zacht praten. Wordt je baby toch wakker, doe dan wat je ’s nachts altijd doet: gedempt licht, weinig woorden, terug in bed, ook al is iedereen op. Zo blijft de nacht voor je baby nacht. En ga zelf eerder slapen als het kan.

suddenly-scared-of-the-bath =
    .title = Ineens bang in bad
    .body = Huilt je baby ineens in bad, terwijl het er altijd van genoot? Dat komt vaker voor, soms door het gorgelende putje of een keer uitglijden. Maak het eerst weer veilig: minder water, een handdoek op de bodem, of samen met jou in bad. Zeg wat je ziet: ‘Je vindt het spannend, ik houd je vast.’ Een paar dagen alleen een washandje mag ook. Blijf in bad altijd met een hand bij je baby.

startled-by-your-no-repair =
    .title = Geschrokken van jouw ‘Nee!’
    .body = Riep je vandaag hard ‘Nee!’ toen je baby naar je hete thee greep, en barstte je baby in huilen uit? Logisch: jij schrok, en daardoor schrok je baby ook. Pak je baby op zodra het kan en zeg zacht: ‘Ik riep hard, want de thee is heet. Je schrok ervan. Ik ben hier.’ Herstellen na zo’n moment maakt jullie band sterker, niet zwakker. Zet hete dranken voortaan hoog weg.


face-wipe-after-eating =
    .title = Na het eten: eerst zelf met het washandje
    .body = Draait je baby het hoofd weg zodra na het eten het washandje eraan komt? Geef je baby eerst zelf een nat washandje om mee te poetsen, ook al gaat het vooral over het blad. Zeg dan wat je gaat doen, ‘Nu jouw mond, heel even’, en veeg zacht en kort, van opzij in plaats van recht over het gezicht. Zo voelt het minder als een overval. Een paar vlekjes laten zitten mag ook.

grumpy-waking-from-the-nap =
    .title = Huilend wakker na het middagslaapje
    .body = Wordt je baby huilend of chagrijnig wakker na het middagslaapje? Haal je baby rustig uit bed en ga samen even op de bank zitten, voordat je doorgaat met eten of aankleden. Gedempt licht, weinig woorden, je arm eromheen. Sommige baby’s worden langzaam wakker, en met jouw rustige lijf als startpunt gaat dat makkelijker. Vijf minuten is vaak genoeg.

brings-you-the-coat-a-wish-without-words =
    .title = Je baby brengt je de jas: een wens zonder woorden
    .body = Komt je baby met je jas, de schoentjes of een boekje naar je toe en kijkt je verwachtingsvol aan? Dat is een vraag zonder woorden. Zeg hardop wat je denkt dat je baby wil: ‘Jij wilt naar buiten! Goed idee.’ Zat je ernaast, en trekt je baby je mee naar de boekenkast? Dan weet je het nu. Je baby merkt dat iets laten zien al werkt, nog voordat er woorden zijn, en dat jij het wilt begrijpen.

big-sibling-reads-to-the-baby =
    .title = De grote broer of zus leest voor
    .body = Wil je oudere kind ook iets voor de baby doen? Laat het vandaag ‘voorlezen’, ook als het nog niet kan lezen: het verhaal vertellen bij de plaatjes, dieren nadoen, bladzijden omslaan. Ga er met z’n drieën bij zitten, de baby op je schoot. Zeg wat je ziet: ‘Kijk, ze kijkt naar jou als je blaft!’ Je oudste voelt zich groot, en de baby hoort een stem die er steeds meer bij hoort.

first-birthday-small-and-short =
    .title = Een eerste verjaardag op babymaat
    .body = Komt de eerste verjaardag eraan? Plan het feestje rond de dag van je baby: na een slaapje, met een paar mensen die je baby kent, en een eindtijd die je vooraf noemt. Een kort feest met bekende gezichten past beter bij een eenjarige dan een vol huis de hele middag. Anderen kunnen een andere dag langskomen. En is de taart vooral voor de grote mensen? Prima.

their-own-words-list =
    .title = Een lijstje met de eigen woordjes van je baby
    .body = Heeft je baby een klank die steeds hetzelfde betekent, zoals ‘ba’ voor de fles of ‘woef’ voor een hond, in welke taal ook? Behandel het als een echt woord en geef antwoord. Schrijf die woordjes vandaag op en geef het lijstje aan opa en oma of de opvang. Als iedereen weet wat ‘ba’ is, voelt je baby zich op meer plekken begrepen. Vul het lijstje aan; het is ook een mooi aandenken.

buggy-stop-where-they-point =
    .title = Stop op je wandeling waar je baby wijst
    .body = Ga je vandaag wandelen met de kinderwagen? Wijst je baby naar een vogel, een hond of een graafmachine, stop dan en ga naast de wagen op je hurken zitten. Noem het en wacht even: ‘Een duif. Hij pikt.’ Een paar minuten bepaalt je baby de route en volg jij. Gevolgd worden vertelt een kind dat wat het ziet jou iets kan schelen. Het wordt een trage wandeling, dus kies een dag zonder haast.

word-with-a-hand-sign =
    .title = Een handgebaar bij het woord
    .body = Kies twee of drie woorden die elke dag terugkomen, zoals ‘meer’, ‘op’ of ‘slapen’, en geef elk woord een eenvoudig handgebaar. Gebruik vandaag woord en gebaar samen bij het eten en het slapengaan. Veel baby’s kunnen een gebaar maken voordat ze het woord zeggen, en jou iets kunnen vertellen haalt de scherpe randjes van frustratie af. De woorden komen heus; het gebaar is een brug tot dan.

calling-from-the-next-room =
    .title = Kruipt je baby weg? Antwoord als die roept
    .body = Is je baby de gang of de kamer ernaast in gekropen, en roept die nu of gluurt die om de deur terug? Is die ruimte veilig, antwoord dan vanaf waar je bent: ‘Ik ben hier, in de keuken!’ Je stem is een touw waaraan je baby zich vasthoudt terwijl die wat verder ontdekt. Komt je baby terugracen, verwelkom die dan en laat weer los. Je hoeft niet elke keer te gaan halen.

shape-that-wont-fit =
    .title = Als het blokje er niet in wil
    .body = Wordt je baby boos omdat een vormpje niet door het gat past of een deksel niet open wil? Zeg eerst wat er is: ‘Grr, stom, hij past niet.’ Help dan een klein beetje: draai het vormpje goed, en laat je baby zelf het laatste duwtje geven. Je woorden laten zien dat het gevoel begrepen wordt; je kleine hulp houdt het te doen. Blijven de tranen komen? Eerst een knuffel, de puzzel later.

another-child-grabs-the-toy =
    .title = Een ander kindje pakt het speeltje af
    .body = Zijn jullie bij vrienden of in de speeltuin, en grist een ander kind het speeltje uit de handen van je baby? Ga erbij zitten en zeg wat er gebeurde: ‘Hé, jij had de bal. Nu is hij weg. Dat vind je niet leuk.’ Troost eerst, zoek daarna samen iets anders of vraag de bal rustig terug. Delen snapt je baby nog niet; gezien worden in de boosheid wel. En het andere kind is niet stout, gewoon klein.

dressing-wait-for-the-arm =
    .title = Aankleden: wacht tot het armpje komt
    .body = Gaat aankleden vaak met duwen en trekken? Houd vandaag de mouw open, zeg ‘Waar is je arm?’ en wacht een paar tellen. Rond de eerste verjaardag gaan veel baby’s een beetje meehelpen: een arm door de mouw duwen, een voet optillen. Zeg wat je ziet: ‘Daar is hij! Jij hielp mee.’ Zo wordt aankleden iets van jullie samen. Lukt het vandaag niet? Dan doe jij het gewoon.

baby-says-no-without-words =
    .title = Je baby zegt ‘nee’ zonder woorden
    .body = Schudt je baby het hoofd, duwt die je hand weg of draait die zich om als je iets aanbiedt? Zo zeggen veel baby’s hun eerste ‘nee’. Neem het vandaag serieus waar het kan: ‘Nee? Niet de beer. Oké.’ Moet iets toch, zoals een jas of een schone luier, zeg dan dat je het zag: ‘Je wilt niet, hè. Het is zo klaar.’ Een ‘nee’ dat gehoord wordt, leert je baby: laten weten wat ik wil, heeft zin.

climbing-everything-cushion-mountain =
    .title = Klimt je baby overal op? Bouw een kussenberg
    .body = Klimt je baby tegenwoordig overal op, van de salontafel tot de open vaatwasser? Leg vandaag de bankkussens en een paar dekens op de grond tot een lage berg en ga ernaast zitten. Laat je baby klimmen, rollen en eraf glijden, en kijk vooral: ‘Jij bent helemaal boven!’ Met jou dichtbij durft je baby iets spannends, en komt terug als het te wild wordt. Ruim de berg daarna samen op.

hello-on-a-toy-phone =
    .title = ‘Hallo, met wie?’ Bellen met een speelgoedtelefoon
    .body = Grijpt je baby steeds naar je telefoon? Pak een speelgoedtelefoon of een blokje, houd het aan je oor en zeg: ‘Hallo? O, ben jij het!’ Geef het dan aan je baby en wacht. Antwoord op elk geluidje alsof jullie een echt gesprek voeren, met pauzes voor de beurt van je baby. Zo oefenen jullie het heen en weer van praten. Sommige baby’s brabbelen meteen terug, andere kijken eerst; allebei goed.

let-them-press-the-button =
    .title = Laat je baby op het knopje drukken
    .body = Wijst je baby naar de lichtknop, de deurbel of het knopje in de lift? Til je baby op en laat die zelf drukken: licht aan, licht uit. Zeg wat er gebeurt: ‘Jij deed het licht aan!’ Zo ontdekt je baby dat eigen doen iets in beweging zet, en met jouw blije gezicht erbij voelt dat extra goed. Stopcontacten en de knoppen van het fornuis blijven natuurlijk verboden terrein.

stairs-with-you-right-behind =
    .title = Traplopen, met jou er vlak achter
    .body = Trekt de trap je baby enorm aan? Kies vandaag een moment om samen een paar treden te klimmen, met jou er vlak achter en je handen dichtbij. Oefen daarna het afdalen: omgedraaid, op de buik, voeten eerst. Je baby mag iets spannends proberen, met jou als vangnet. Doe het traphekje daarna weer dicht: de trap is voorlopig iets wat jullie samen doen, niet alleen.

first-rides-in-the-bike-seat =
    .title = De eerste ritjes in het fietszitje
    .body = Zit je baby stevig en gaat die mee in een zitje op de fiets? Begin met een kort rondje op een rustig moment en praat onderweg gewoon door: ‘Daar gaan we! Kijk, een hond.’ Achterop ziet je baby jouw gezicht niet, dus je stem vertelt dat jij er bent. Zing op een vast stukje van de route steeds hetzelfde liedje. Na een paar ritjes kijkt je baby misschien al uit naar jullie fietsliedje.

back-to-the-childminder-after-a-break =
    .title = Terug naar de oppas of opvang na een lange pauze
    .body = Was de gastouder weken weg, of was je baby lang thuis door ziekte of verlof? Dan is teruggaan bijna opnieuw wennen. Maak de eerste dag korter, blijf bij het brengen even samen zitten tot je baby weer naar de oppas toe wil, en vertel wat er veranderd is: nieuwe woordjes, een ander slaapje. Meer tranen dan vóór de pauze? Geen terugval, maar opnieuw vertrouwd raken.

song-with-a-gesture-gap =
    .title = Een liedje met gebaren, en ruimte voor je baby
    .body = Zing vandaag een liedje met gebaren, zoals ‘De wielen van de bus’ met draaiende handen. Stop na een paar keer vlak voor een gebaar en wacht, met grote ogen. Veel baby’s vullen het gat met een zwaai, een klap of een eigen geluidje. Door die pauze wordt je liedje een gesprek waarin je baby een rol heeft. Kijkt je baby voorlopig alleen? Ook goed: je baby slaat alles op.

a-remark-that-keeps-nagging =
    .title = Een opmerking die blijft knagen
    .body = Zei iemand iets over je baby dat je niet loslaat, zoals ‘Is ze niet erg stil?’ of ‘Hij zegt nog niks, hè?’ Loop er niet alleen mee rond en zoek ’s nachts niet eindeloos op je telefoon. Bel het consultatiebureau en vertel wat je hoorde en wat je zelf ziet. Vaak is er niets aan de hand, en anders ben je er vroeg bij. Vragen is geen overdrijven: jij kent je baby, en zij kijken graag met je mee.

walking-on-your-fingers =
    .title = Lopen aan je vingers, en je rug dan?
    .body = Wil je baby de hele dag aan jouw vingers door het huis lopen, en protesteert je rug? Wissel het af. Zet een stevige doos met wat boeken erin neer om voort te duwen, laat je baby langs de bank schuifelen, of ga op de grond zitten en houd de handjes vast terwijl je baby voor je staat. Je baby wil vooral oefenen met jou dichtbij, niet per se aan jouw hand. Zo houden jullie het allebei langer vol.

back-to-normal-after-a-sick-week =
    .title = Na een zieke week stap voor stap terug
    .body = Is je baby weer beter, maar nog steeds aanhankelijk en slaapt die slecht? Dat duurt vaak een paar dagen. Pak je gewone ritme stukje voor stukje weer op: eerst het vertrouwde naar bed gaan, dan de dutjes, dan de rest. Geef intussen gewoon de extra nabijheid waar je baby om vraagt. Na een week of zo nog steeds niet de oude? Overleg met de huisarts of het consultatiebureau.

eating-out-with-your-baby =
    .title = Uit eten met je baby
    .body = Gaan jullie vandaag uit eten, in een restaurant of café? Kies een tijd dicht bij het gewone etenstijdstip van je baby en neem het eigen lepeltje, bekertje en iets vertrouwds te eten mee. Zet de kinderstoel naast je, zodat je baby jouw gezicht ziet en niet alleen de drukte. Bekende spullen maken een vreemde plek herkenbaar. Reken op een korte maaltijd; het toetje kan mee naar huis.

lots-of-new-toys-one-at-a-time =
    .title = Veel nieuw speelgoed tegelijk? Eén per keer
    .body = Kreeg je baby voor een verjaardag of feest ineens een berg nieuw speelgoed? Zet het meeste even weg en haal vandaag één ding tevoorschijn. Ontdek het samen op de grond, zonder haast en zonder meteen te laten zien hoe het ‘hoort’. Te veel tegelijk maakt veel baby’s onrustig; één ding met jouw aandacht erbij is een feest. Wissel over een week of twee: wat weg was, voelt dan weer nieuw.

first-birthday-looking-back =
    .title = Een jaar samen: vertel hoe het echt was
    .body = Rond de eerste verjaardag kijken veel ouders terug. Naast trots kunnen herinneringen bovenkomen aan een zware bevalling, een ziekenhuisopname of pittige maanden. Dat is normaal. Vertel vandaag iemand die je vertrouwt hoe dit jaar echt was voor jou, ook de moeilijke stukken. Gehoord worden helpt het een plek te geven. Blijven de herinneringen zwaar drukken? Praat erover met je huisarts.

the-walking-yet-question =
    .title = ‘Loopt de kleine al?’
    .body = Op feestjes en familiebezoek begint het vergelijken: wie loopt er al, wie praat er al? Heb vandaag een zinnetje klaar: ‘Wij doen het in ons eigen tempo.’ Rond de één jaar verschillen baby’s maanden in wanneer ze lopen of praten, en dat is normaal. Je baby hoeft niemand bij te houden, maar heeft iemand nodig die er gewoon van geniet. Echte zorgen? Bespreek ze op het consultatiebureau.

no-forced-kisses-a-wave-will-do =
    .title = Geen kusje afdwingen: zwaaien mag ook
    .body = Vraagt een oom, tante of grootouder om een kusje, en duikt je baby weg tegen jouw schouder? Help je baby én de volwassene: ‘We zwaaien vandaag. Zwaai je terug?’ Zwaai zelf voor, zonder aan te dringen. Zo leert je baby dat die over het eigen lijf mag meebeslissen, en krijgt de ander toch een groet. Vaak komt het kusje later vanzelf, als je baby er zelf zin in heeft.

familiar-faces-in-your-street =
    .title = Vaste gezichten in je straat
    .body = Kom je elke dag langs dezelfde buurvrouw, de bakker of de man van de kiosk? Groet ze vandaag bewust, met je baby op de arm: zwaai, noem hun naam: ‘Kijk, daar is Ans.’ Je hoeft je baby niet aan te geven; een lach en een zwaai van een veilige afstand is genoeg. Zo wordt de wereld buiten de deur een beetje vertrouwd, met jou als vertrekpunt. Misschien zwaait je baby straks als eerste.

petting-farm-from-your-arm =
    .title = Op de kinderboerderij, vanaf jouw arm
    .body = Ga je vandaag naar de kinderboerderij? Draag je baby op je heup en laat het lijfje vertellen hoe dichtbij jullie gaan. Naar voren leunen en wijzen: ‘dichterbij!’; verstijven of het gezicht in je hals duwen: ‘ver genoeg’. Noem wat jullie zien: ‘Een geit. Mèèè!’ Volg je de afstand die je baby kiest, dan wordt iets nieuws een avontuur in plaats van een schrik. Volgende keer durft je baby vaak meer.

supermarket-point-and-hold =
    .title = In de winkel: laat je baby vasthouden wat het aanwijst
    .body = Boodschappen doen met je baby in het zitje van de winkelwagen? Wijst je baby naar de bananen of het brood, noem het dan en geef het even vast: ‘Bananen. Zullen we ze meenemen?’ Daarna mag je baby ze in de kar laten vallen. Zo krijgt je baby het woord, het gevoel en het gewicht tegelijk, en een taakje op een plek die druk kan zijn. Op een rustig moment gaat dit makkelijker dan op zaterdag.

their-first-joke =
    .title = Lach om het eerste grapje van je baby
    .body = Steekt je baby een speeltje naar je uit en trekt het terug net als jij het wilt pakken, of zet die een beker op het hoofd en kijkt die je aan? Dat is een grap, een van de allereerste. Lach mee, speel je rol (‘Hé! Waar is het nou?’) en laat je baby het nog eens doen. Samen lachen zegt: ik zie je, en ik vind leuk wat je doet. Let op die ondeugende blik vlak voor de volgende ronde.

grief-in-the-family =
    .title = Verdriet in de familie, met een baby erbij
    .body = Is er iemand overleden, met een uitvaart of dagen vol bezoek en verdriet? Vraag één vertrouwd persoon om die dag voor je baby te zorgen en naar buiten te gaan als het te veel wordt. Houd thuis het slaapritueel aan. Huilen waar je baby bij is, mag; zeg dan zacht: ‘Ik ben verdrietig, en ik hou van jou.’ Je baby hoeft niets op te lossen, maar heeft een vaste arm nodig. En jij ook: laat je helpen.

missed-the-first-steps =
    .title = De eerste stapjes gemist?
    .body = Zette je baby de eerste stapjes op de opvang, bij opa en oma of terwijl jij even weg was? Dat kan steken. Vraag gerust hoe het ging, en vier het als je het zelf ziet: voor jou is dat de eerste keer, en je baby merkt vooral jouw blijdschap. Je hebt niets wezenlijks gemist. Dat je baby daar durfde te oefenen, zegt juist dat die zich ook daar veilig voelt.

new-baby-coming-time-the-changes =
    .title = Komt er een baby bij? Plan de grote veranderingen
    .body = Komt er een baby bij in jullie gezin? Kijk welke veranderingen er voor je oudste aankomen: een andere slaapkamer, naar de opvang, een nieuw bed. Doe ze waar het kan een paar maanden voor de bevalling, of wacht tot ruim erna. Bepaal ook nu al bij wie je kleintje tijdens de bevalling blijft: liefst iemand die het goed kent. Minder tegelijk veranderen maakt een broertje of zusje makkelijker welkom.

pregnant-and-tired-floor-cuddles =
    .title = Weer zwanger en moe? Knuffel op vloerhoogte
    .body = Ben je weer zwanger en valt het tillen en dragen van je eenjarige je zwaar? Verplaats de nabijheid naar de vloer: ga op een kleed zitten en laat je baby op je schoot klimmen, of lees liggend op de bank met je kleintje tegen je aan. Laat het zware tilwerk waar het kan aan een ander over. Dichtbij zijn hoeft niet te betekenen dat je draagt; je baby wil vooral bij jou zijn.

library-let-them-choose =
    .title = Samen naar de bibliotheek
    .body = Ga vandaag met je baby naar de bibliotheek en zoek de hoek met babyboekjes op. Ga op de grond zitten, leg een paar boekjes neer en laat je baby kiezen: pakken, omdraaien, erop kloppen. Het boekje dat je baby steeds weer pakt, gaat mee naar huis. Samen kiezen is al een gesprek, en een zelf gekozen boekje is echt van je baby. Een kwartiertje is genoeg; morgen lezen jullie het thuis op schoot.

awake-at-five-every-morning =
    .title = Elke ochtend om vijf uur wakker?
    .body = Is je baby al weken voor dag en dauw wakker en ben jij gesloopt? Maak van het eerste uur een rustig uur: gedempt licht, een glas water voor jezelf, samen op een kleed in een veilige kamer met wat boekjes en blokken, nog geen drukte of schermen. Wissel als het kan af wie vroeg opstaat, en ga zelf een avond eerder naar bed. Zo vroeg hoeft het niet gezellig te zijn; rustig en samen is genoeg.

washing-hands-together-before-meals =
    .title = Handjes wassen voor het eten, samen
    .body = Was vandaag voor het eten samen je handen. Houd je baby op je heup bij de kraan, laat lauw water over jullie handen lopen en wrijf de zeep zacht tussen de handjes. Houd dan jouw handen op: mag je baby die wassen? Zo wordt een klusje een moment van aanraken en om de beurt doen, en weet je baby na een tijdje: na de kraan komt het eten. Spetteren hoort erbij; leg een handdoek klaar.

new-partner-bond-grows-slowly =
    .title = Een nieuwe partner? Laat de band rustig groeien
    .body = Is er een nieuwe partner die steeds vaker bij jullie is? Laat die eerst spelen, voorlezen of de bal terugrollen, terwijl troosten en naar bed brengen voorlopig bij jou blijven. Zo leert je baby de nieuwe persoon kennen in fijne momenten, in het eigen tempo. Hechten aan meer mensen kan, maar stap voor stap. Houdt je baby eerst afstand? Dat zegt niets over de ander; geef het tijd.

teddy-gets-a-drink =
    .title = Beer heeft ook dorst
    .body = Pak vandaag een bekertje en houd het bij de mond van een knuffelbeer: ‘Beer heeft dorst. Mmm, lekker!’ Geef het bekertje daarna aan je baby en kijk wat er gebeurt. Rond de eerste verjaardag doen sommige baby’s dit al na. Zeg wat je ziet: ‘Jij geeft beer drinken. Lief van je.’ Doen alsof is een vroege manier om na te denken over wat een ander nodig heeft. Morgen is beer misschien moe.

first-shoes-shoes-on-we-go-out =
    .title = Eerste schoentjes: ‘Schoenen aan, we gaan naar buiten’
    .body = Zet je baby een paar stapjes en komen de eerste schoentjes voor buiten eraan? Maak van het aantrekken een klein ritueel: laat je baby een schoen vasthouden, duw samen het voetje erin en zeg elke keer dezelfde woorden: ‘Schoenen aan, we gaan naar buiten!’ Vaste woorden maken van een priegelklusje een signaal waar je baby naar uit gaat kijken. Binnen mogen blote voeten of antislipsokken blijven.

in-the-park-feel-and-name =
    .title = In het park: laat voelen en geef het een woord
    .body = Ga je vandaag naar het park of het bos? Zoek een plekje en geef je baby dingen om te voelen: een blad, een dennenappel, een tak, de ruwe boomstam. Zeg er één woord bij: ‘Ruw. Nat. Glad.’ Voelen en tegelijk jouw woord horen, maakt taal tastbaar, en jij volgt wat je baby boeit. Kleine steentjes en bessen horen niet in het mondje, dus kijk goed mee.

familiar-face-looks-different =
    .title = Ziet een vertrouwd gezicht er ineens anders uit?
    .body = Een nieuwe bril, je baard eraf, een ander kapsel, of een bekende die ineens een muts of mondkapje draagt? Schrikt je baby of kijkt die wantrouwig? Praat dan eerst met je gewone stem en laat je baby rustig kijken en voelen: aan de bril, de wang, het haar. Baby’s lezen gezichten heel precies; een bekende stem helpt het nieuwe plaatje te herkennen. Na een dag of wat is het meestal vergeten.

first-haircut-on-your-lap =
    .title = Een eerste knipbeurt op jouw schoot
    .body = Eerste knipbeurt, bij de kapper of thuis? Zet je baby op schoot voor een spiegel, zodat die jullie allebei ziet, en vertel wat er gebeurt: ‘Knip, daar gaat een plukje.’ Geef een kammetje om vast te houden. Jouw schoot en stem maken het vreemde geknip minder eng. Kies een moment waarop je baby uitgerust is en gegeten heeft, en houd het kort. Te veel? Stop: een scheve pony kan best even.

from-two-naps-to-one =
    .title = Van twee dutjes naar één, geleidelijk
    .body = Verzet je baby zich tegen het tweede slaapje? Sommige baby’s gaan rond deze tijd naar één dutje, veel pas later. De overstap duurt vaak weken, met af en toe nog twee dutjes. Schuif op dagen met één dutje de lunch en het slaapje wat naar voren, en leg je baby ’s avonds eerder in bed. Een oververmoeide baby is vaak aanhankelijker en huilt sneller: reken op extra knuffels aan het eind van de middag.

stopping-a-feed-keep-the-lap =
    .title = Stoppen met de fles of een voeding? Houd de schoot
    .body = Bouw je rond de eerste verjaardag de fles af, of een borstvoeding? Zo’n voeding was vaak ook een moment van nabijheid. Houd dat deel vast: op hetzelfde moment van de dag je baby op schoot, met een beker melk of iets te eten, een boekje en jouw arm eromheen. Stoppen met een voeding hoeft niet te betekenen dat de knuffel stopt. Haast is niet nodig: jullie mogen dit in je eigen tempo doen.

a-homemade-book-of-their-day =
    .title = Een zelfgemaakt boekje over de dag van je baby
    .body = Maak vandaag een paar foto’s van een gewone dag van je baby: wakker worden, ontbijt, de kinderwagen, het badje, bed. Print ze, stop ze in een klein album en blader het samen door: ‘Kijk, daar zit jij in bad. En dan?’ Een boekje waarin je baby de hoofdrol speelt en alles in de bekende volgorde gebeurt, wordt vaak een favoriet. Later kun je bladzijden toevoegen voor iets nieuws, zoals logeren.

working-from-home-baby-awake =
    .title = Thuiswerken terwijl je baby wakker is?
    .body = Moet je vandaag thuis werken terwijl je baby wakker is, omdat de opvang dicht is of je baby net ziek was? Plan je werk in blokjes en geef tussendoor korte stukjes volle aandacht: vijf minuten op de grond, laptop dicht, echt samen. Dat werkt beter dan de hele dag half. Zeg het als je weer aan het werk gaat: ‘Nu ga ik even typen, ik zit hier.’ Lukt werken vandaag nauwelijks? Dat ligt niet aan jou.

arms-up-pick-me-up =
    .title = Armpjes omhoog: ‘Op!’
    .body = Staat je baby aan je been met de armpjes omhoog? Dat is een van de duidelijkste vragen die een baby kan stellen: til me op, ik wil bij jou. Til je baby vandaag een paar keer op zodra die erom vraagt, al is het maar voor een halve minuut. Kan het echt niet, bijvoorbeeld met een hete pan in je hand, zak dan even door je knieën en zeg: ‘Ik zie je. Eerst de pan, dan til ik je op.’ En doe het dan ook.


previous-birth-still-weighs-on-you =
    .title = Zit een vorige bevalling jou als partner nog dwars?
    .body = Was je erbij toen een vorige bevalling zwaar verliep, als partner of als steun? Ook wie ernaast stond, kan daar lang van blijven schrikken, en denkt vaak dat dat niet telt. Vertel vandaag aan de ander wat jij toen zag en voelde, en vraag wat die deze keer van jou nodig heeft. Ga ook mee naar een afspraak bij de verloskundige en stel daar je eigen vragen. Zo sta je er deze keer rustiger naast.

pregnancy-came-unexpectedly =
    .title = Kwam deze zwangerschap onverwacht?
    .body = Kwam deze zwangerschap op een moment dat het eigenlijk niet uitkwam, en is de schrik nog niet helemaal weg? Dat kan best samengaan met zorg voor je baby. Leg vandaag een hand op de buik en vertel je baby eerlijk hoe het ging: ‘Je kwam onverwacht, en we zijn aan je aan het wennen.’ Gevoelens mogen meegroeien met de buik. Zit je vast in zorgen? Praat erover met je verloskundige of huisarts.

who-looks-after-your-eldest-during-the-birth =
    .title = Wie zorgt er voor je oudste tijdens de bevalling?
    .body = Een bevalling kan op elk moment beginnen, ook midden in de nacht. Spreek nu al af wie er dan voor je oudste zorgt: liefst iemand die je kind goed kent, zoals een opa, oma of goede vriend, en een tweede persoon voor als die niet kan. Laat je kind daar vooraf eens spelen of logeren, en vertel het simpel: ‘Als de baby komt, past oma op jou.’ Een bekend gezicht maakt het wachten veilig.

songs-that-comforted-you-as-a-baby =
    .title = Vraag welke liedjes er voor jou gezongen werden
    .body = Vraag vandaag aan je ouders, een oma of een tante: welke liedjes zongen jullie voor mij toen ik klein was, en wat hielp als ik huilde? Zing er daarna één voor de buik, in de taal waarin jij het hoorde. Zo geef je door wat jou ooit troostte, en hoor je misschien een mooi verhaal over jezelf als baby. Weet niemand het meer? Dan mag jij het eerste liedje van deze familie kiezen.

tell-your-toddler-a-baby-is-coming =
    .title = Vertel je peuter in een paar woorden over de baby
    .body = Weet je peuter nog niet dat er een baby komt? Vertel het vandaag in een paar woorden: ‘Hier in de buik groeit een baby. Die wordt jouw broertje of zusje.’ Een peuter heeft weinig gevoel voor tijd, dus koppel het aan iets bekends: ‘als het weer warm wordt’ of ‘na je verjaardag’. Verwacht niet meteen een reactie; vragen komen vaak later, in bad of in de auto. Geef dan een kort en eerlijk antwoord.

hard-time-after-a-previous-birth =
    .title = Was de tijd na een vorige geboorte zwaar?
    .body = Voelde je je na een vorige geboorte lange tijd somber, angstig of vlak? Vertel het nu al aan je verloskundige of huisarts, ook als het allang over is. Dan kunnen jullie vooraf bedenken wat helpt: wie er in de eerste weken op je let, bij wie je aan de bel trekt. Het hoeft niet terug te komen, maar een plan vooraf geeft rust. En er vroeg over beginnen is geen zwakte.

mixed-feelings-about-the-pregnancy =
    .title = Niet alleen maar blij? Dat mag
    .body = Voel je naast blijdschap ook twijfel, ergernis of heimwee naar je leven van nu, ook al wilde je deze baby graag? Schrijf vandaag drie gevoelens over de zwangerschap op, ook die niet op een felicitatiekaart passen, en lees ze zonder oordeel terug. Gemengde gevoelens zijn gewoon en zeggen niets over hoeveel je van je kind gaat houden. Ruimte voor je eigen gevoelens is oefening voor die van je kind.

long-road-to-this-pregnancy =
    .title = Na een lange weg nog niet durven geloven?
    .body = Ging er een lange weg aan deze zwangerschap vooraf, met behandelingen, wachten en teleurstellingen? Dan kan het moeilijk zijn om te geloven dat deze baby echt komt. Doe vandaag één klein ding dat bij aanstaande ouders hoort en dat je tot nu toe uitstelde: een rompertje kopen, de naam hardop zeggen, de echofoto ophangen. Geloven mag stap voor stap.

partner-feeling-outside-join-a-checkup =
    .title = Voel je je als partner wat buitenspel?
    .body = Is het niet jouw buik en voelt de zwangerschap daardoor soms ver weg? Ga mee naar de volgende controle bij de verloskundige, luister naar het hartje en stel één vraag die van jou is, bijvoorbeeld wat jij straks kunt doen. Zo wordt de baby ook voor jou echter. Kun je niet weg van je werk? Geef je vragen mee en laat je na afloop alles vertellen.

make-up-after-a-row-while-expecting =
    .title = Ruzie gehad? Kom er vandaag op terug
    .body = Had je laatst ruzie met je partner, je moeder of een vriend, moe en gespannen als je bent? Kom er vandaag op terug met één zin, zoals: ‘Sorry dat ik uitviel, ik was op.’ Het gaat niet om wie gelijk had, maar om elkaar weer te vinden. Botsen hoort bij mensen die dicht bij elkaar staan, en goedmaken ook. Zo oefen je alvast wat je straks vaak met je kind doet: na een misser terugkomen.

a-fixed-moment-with-your-eldest-that-stays =
    .title = Een vast moment met je oudste dat blijft
    .body = Heb je al een kind? Begin nu een klein vast moment samen dat ook na de geboorte blijft: samen ontbijten op zaterdag, een boekje voor het slapen, een rondje naar de speeltuin. Kies iets wat je met een baby erbij kunt volhouden, of wat een andere ouder of iemand die je kind goed kent kan overnemen. Als er straks veel verandert, blijft dit hetzelfde. Dat geeft je oudste houvast.

afraid-of-giving-birth =
    .title = Zie je erg op tegen de bevalling?
    .body = Lig je wakker van de bevalling, misschien door de vorige keer? Maak de angst vandaag zo precies mogelijk: wat is het ergste, de pijn, dat er iets misgaat, de regie kwijtraken? Een vage angst is moeilijk te beantwoorden, een precieze wel. Vertel die ene zin aan je verloskundige en vraag om een extra gesprek. Hoe meer rust je meeneemt naar de geboorte, hoe meer ruimte er daarna is voor je baby.

pregnant-after-loss-bonding-in-small-steps =
    .title = Zwanger na een verlies en je houdt je in?
    .body = Ben je eerder een baby verloren, en durf je je nu nauwelijks te hechten aan deze zwangerschap? Dat is een begrijpelijke manier om jezelf te beschermen, en veel ouders kennen het. Hechten mag in kleine stukjes. Leg vandaag één minuut een hand op de buik, of ga ernaast zitten, en zeg alleen: ‘Vandaag ben je er.’ Morgen is één minuut weer genoeg.

keep-one-thing-of-your-own =
    .title = Kies één ding dat van jou blijft
    .body = Draait alles steeds meer om de baby, en vraag je je af waar jij blijft? Kies vandaag één ding dat je ook na de geboorte wilt blijven doen, al is het in het klein: een uur zwemmen, muziek maken, een vriend of vriendin zien. Bedenk wie er dan bij de baby kan zijn. Een ouder die zichzelf nog tegenkomt, heeft meer te geven. In de eerste weken mag het even stilliggen; het komt terug.

old-pain-from-your-own-childhood =
    .title = Komt je eigen jeugd ineens dichtbij?
    .body = Komen er nu je een kind verwacht herinneringen boven aan een moeilijke jeugd, zoals angst, ruzie of je alleen voelen? Dat overkomt veel aanstaande ouders. Je hoeft het niet alleen uit te zoeken: vertel het je verloskundige of huisarts, die je kunnen doorverwijzen naar iemand om mee te praten. Een moeilijke eigen jeugd hoeft niet te bepalen hoe het met jouw kind gaat. Hulp vragen is al een stap.

picture-book-about-a-new-sibling =
    .title = Lees met je oudste een boek over een nieuwe baby
    .body = Leen vandaag bij de bibliotheek een prentenboek over een broertje of zusje dat geboren wordt, en lees het samen met je oudste. Wijs de plaatjes aan en vraag: ‘Wat denk je dat de grote broer hier voelt?’ Een boek geeft je kind woorden en beelden voor iets wat nog moeilijk voor te stellen is. Wil je kind het steeds opnieuw? Prima: zo oefent het met wat er komen gaat.

low-or-anxious-during-pregnancy =
    .title = Al weken somber of angstig in de zwangerschap?
    .body = Voel je je al meer dan twee weken somber, angstig of leeg, of kun je nergens meer van genieten? Dat kan ook tijdens de zwangerschap gebeuren, bij wie zwanger is en bij partners. Vertel het vandaag je verloskundige of huisarts; zij denken met je mee en regelen zo nodig hulp. Het is niet je schuld, en hulp vragen is sterk. Hoe eerder je het zegt, hoe eerder er wat lucht komt.

talk-to-the-bump-in-your-own-language =
    .title = Praat tegen de buik in je eigen taal
    .body = Spreek je thuis een andere taal dan Nederlands, of groeide je op met twee talen? Praat en zing vandaag tegen de buik in de taal van je hart, de taal waarin je troost en grapjes maakt. Daarin klink je het warmst en het meest als jezelf, en dat is het geluid dat je baby leert kennen. Spreken jullie elk een andere taal? Dan hoort de baby er gewoon twee. Dat is rijkdom, geen verwarring.

an-evening-for-the-two-of-you =
    .title = Een avond voor jullie tweeën
    .body = Krijg je de baby samen met een partner? Plan deze week een avond voor jullie tweeën: jullie lievelingseten, een wandeling die jullie vroeger vaak maakten, de telefoons weg. Vertel elkaar waar je het meest naar uitkijkt, en waar je stiekem tegen opziet. Ouders die zich door elkaar gesteund voelen, hebben straks vaak meer geduld over voor hun baby. Zo’n avond hoeft niet duur te zijn om te tellen.

after-a-loss-extra-contact-with-your-midwife =
    .title = Na een verlies: bel gerust tussen de controles door
    .body = Ben je eerder een baby verloren, en houdt de spanning tussen twee controles je bezig? Vraag je verloskundige vandaag of extra contact mogelijk is, bijvoorbeeld een korte afspraak of een vast belmoment. En twijfel je tussendoor ergens over, bijvoorbeeld over hoe je baby beweegt, bel dan gewoon. Je bent niet lastig; voor ouders zoals jij zijn ze er juist.

expecting-alone-you-are-the-foundation =
    .title = Alleen ouder? Jij bent de basis
    .body = Krijg je je baby zonder partner, en hoor of denk je soms dat je kind iets gaat missen? Een baby kan zich veilig hechten aan één ouder die er steeds weer is, met troost, eten en warmte. Bedenk vandaag één zin voor als iemand erover begint, of als je zelf twijfelt, bijvoorbeeld: ‘Mijn kind heeft mij, en ik kom altijd terug.’ Mensen om jullie heen zijn een mooie aanvulling, maar jij bent de basis.

when-is-your-baby-active-in-the-womb =
    .title = Wanneer is je baby in de buik actief?
    .body = Let vandaag op wanneer je baby beweegt: als je net ligt, na het eten, bij muziek? Veel ouders merken dat hun baby een eigen patroon heeft. Zo leer je je kind al een beetje kennen, nog voor je het ziet. Voel je minder leven dan je gewend bent? Wacht dan niet tot de volgende dag, maar bel meteen je verloskundige, ook ’s nachts of in het weekend. Daarvoor bellen is nooit overdreven.

grandparent-says-let-the-baby-cry =
    .title = Opa of oma zegt: ‘Laat maar huilen’?
    .body = Hoor je van een opa of oma nu al dat je een baby ‘niet moet verwennen’ of ‘even moet laten huilen’? Praat er vandaag rustig over, nu het nog kan zonder huilende baby erbij. Zeg wat je wilt: ‘Als de baby huilt, gaan we erheen.’ Een pasgeborene kun je niet verwennen; wie op huilen reageert, leert een baby dat er iemand komt. Ze bedoelen het meestal goed; vroeger leerde men het nu eenmaal anders.

a-letter-to-your-baby-read-aloud =
    .title = Schrijf je baby een brief en lees hem voor
    .body = Vind je praten tegen een buik ongemakkelijk? Schrijf dan vandaag een korte brief aan je baby: wie jullie zijn, waar jullie wonen, wat je hoopt. Lees hem hardop voor, aan de buik of ernaast gezeten. Opgeschreven woorden zijn makkelijker uit te spreken dan verzonnen woorden, en intussen hoort je baby je stem. Bewaar de brief; later is het een mooi stukje van het verhaal van je kind.

divide-the-housework-before-the-baby =
    .title = Verdeel het huishouden voordat de baby er is
    .body = Wie doet straks de was, de boodschappen, het koken en de vuilnisbak? Maak vandaag samen een lijstje van alle klussen in huis en spreek af wie wat doet in de eerste maanden; schrappen mag ook. Met een paar vaste afspraken hoef je straks minder te overleggen als jullie moe zijn. Doe je het alleen? Kies dan welke klussen gewoon even mogen blijven liggen.

older-child-sings-to-the-bump =
    .title = Laat je oudste een liedje zingen voor de buik
    .body = Vraag je oudste vandaag een liedje te kiezen voor de baby en het voor de buik te zingen, of er iets tegen te fluisteren. Vertel erbij: ‘De baby kan je al horen, een beetje zacht, zoals onder water.’ Zo krijgt je kind een eigen taak, en hoort de baby een stem die straks vaak in de buurt is. Zing het na de geboorte samen nog eens; dan is het al hun liedje.

curious-who-your-baby-will-be =
    .title = Benieuwd wie je baby zal zijn
    .body = Heb je al een beeld van je kind: rustig zoals jij, sportief zoals je zus, gek op muziek? Schrijf vandaag je verwachtingen op, en zet eronder: ‘En ik ben benieuwd wie je echt bent.’ Ieder kind is een eigen persoon, met een eigen tempo en karakter. Wie nieuwsgierig blijft, ziet straks beter wat déze baby laat zien, ook als dat anders is dan gedacht.

partner-how-are-you-really-doing =
    .title = En hoe gaat het met jou, partner?
    .body = Vraagt iedereen hoe het met de zwangere gaat, en bijna niemand hoe het met jou gaat? Ook als partner kun je je zorgen maken, slecht slapen of ergens tegen opzien. Vertel vandaag aan één iemand hoe het echt met je gaat: een vriend, je broer of zus, een collega. Blijft het zwaar, dan is je huisarts er ook voor jou. Jij telt ook mee, voor jezelf en voor je baby.

room-for-the-baby-you-lost =
    .title = Ruimte voor het kindje dat je verloor
    .body = Zwanger na het verlies van een baby, en voelt blij zijn soms als ontrouw? Deze baby komt niet in de plaats van het kindje dat er niet meer is; er is ruimte voor allebei. Kies vandaag een klein gebaar om te herdenken: een kaarsje, een foto, een herinneringsdoos. Later kun je deze baby vertellen over wie er eerder was. Wordt het verdriet te zwaar, vertel het dan je verloskundige of huisarts.

choose-a-first-book-at-the-library =
    .title = Kies nu al het eerste boekje voor je baby
    .body = Ga vandaag naar de bibliotheek en zoek een eerste boekje voor je baby uit: stevige bladzijden, grote plaatjes, korte zinnen of een rijmpje. Lees het een paar keer voor aan de buik, zodat je het straks bijna uit je hoofd kent. Pasgeborenen begrijpen geen verhaal, maar genieten wel van je stem dichtbij. Vraag ook of je baby na de geboorte lid kan worden; voor kinderen is dat vaak gratis.

what-will-your-baby-call-each-of-you =
    .title = Hoe gaat je baby ieder van jullie noemen?
    .body = Voed je dit kind op met meer dan twee ouders, of met twee moeders of twee vaders? Spreek vandaag af hoe je baby ieder van jullie gaat noemen, zoals mama, mam, papa of een naam uit een andere taal, en gebruik die namen al als jullie tegen de buik praten. Vaste namen en vaste mensen maken de wereld voor een baby voorspelbaar. Een naam mag later nog veranderen; het gaat erom dat iedereen erbij hoort.

missing-your-own-parent-now =
    .title = Mis je je eigen vader of moeder juist nu?
    .body = Is je vader of moeder overleden of niet in je leven, en mis je diegene juist nu? Zwanger zijn of een kind verwachten kan oud verdriet wakker maken; dat is heel gewoon. Kies vandaag iets van die ouder om door te geven: een liedje, een gerecht, een verhaal, een foto voor de babykamer. Zo krijgt je baby toch iets mee van waar jij vandaan komt. Vertel ook iemand dat je die ouder mist.

guess-aloud-what-your-baby-is-doing =
    .title = Raad hardop wat je baby aan het doen is
    .body = Voel je ritmische tikjes of een draai? Raad vandaag hardop wat je baby doet: ‘Heb je de hik?’ ‘Lig je te slapen?’ ‘Schrok je van die deur?’ Je hoeft het niet goed te raden. Zo oefen je alvast met je afvragen wat er in je kind omgaat, iets wat je straks de hele dag doet: ‘Ben je moe? Heb je honger?’ Ben jij de partner, raad dan gewoon mee.

baby-photos-with-your-eldest =
    .title = Babyfoto’s kijken met je oudste
    .body = Pak vandaag de foto’s van toen je oudste zelf een baby was, en bekijk ze samen: ‘Kijk, zo klein was jij. Hier kreeg je te drinken, hier lag je bij mij op schoot.’ Zo ziet je kind hoe baby’s zijn: ze slapen veel, huilen en kunnen nog niet spelen. En het hoort dat het zelf net zo liefdevol verzorgd werd. Veel kinderen willen daarna steeds weer ‘de babyfoto’s’ zien.

mute-the-perfect-parents-online =
    .title = Minder scrollen langs perfecte ouders
    .body = Zie je online vooral stralende zwangeren, perfecte babykamers en ouders die alles lijken te weten? Zet vandaag twee accounts op stil waar je je onzeker door voelt. Wat je ziet is een uitgekozen moment, geen gewone dag. Je baby heeft geen perfecte ouder nodig, maar een ouder die er is, fouten maakt en ze weer goedmaakt. Volg in plaats daarvan iemand die je aan het lachen maakt.

a-hard-date-during-this-pregnancy =
    .title = Valt er een moeilijke datum in deze zwangerschap?
    .body = Komt er een datum aan die pijn doet, zoals de sterfdag of de uitgerekende datum van een kindje dat je verloor, of de week waarin het toen misging? Plan die dag nu al zacht: vrij nemen als dat kan, iemand bij je, iets om te herdenken. Vertel het ook je verloskundige, zodat die weet waarom je gespannen bent. Dat zo’n dag zwaar is, zegt niets over je band met deze baby.

collect-the-happy-moments =
    .title = Verzamel de fijne momenten
    .body = Gaat er veel aandacht naar zorgen, lijstjes en afspraken? Schrijf vandaag één moment op waarop je blij was om de baby: de eerste keer dat je iets voelde, een grapje over een naam, een piepklein rompertje in een winkel. Maak er een gewoonte van, in een schriftje of op je telefoon. Blijdschap verdient ook ruimte, en op een zware dag na de geboorte is het fijn om terug te lezen.

a-prayer-or-blessing-for-the-bump =
    .title = Een gebed, zegen of vers voor de buik
    .body = Heeft je familie of geloof woorden die bij een zwangerschap horen, zoals een gebed, een zegen, een vers of een wens die je oma altijd uitsprak? Zeg ze vandaag zacht tegen de buik, op een rustig moment waar je vaker naar terug kunt. Zo hoort je baby al vroeg de klanken waarmee jij bent opgegroeid. Geen geloof? Een eigen wens voor je kind, in je eigen woorden, werkt net zo goed.

far-away-during-the-pregnancy =
    .title = Ver weg tijdens de zwangerschap?
    .body = Werk je ver weg of in het buitenland, of woon je niet samen met degene die zwanger is? Bel vandaag aan het eind van de dag, vraag of de telefoon even bij de buik mag, en vertel de baby iets over je dag. Je baby hoort vooral de stem die dichtbij is, maar voor jou wordt de baby zo echter, en de ander voelt zich minder alleen. Een paar zinnen zijn genoeg.

children-from-an-earlier-relationship =
    .title = Kinderen uit een eerdere relatie en de nieuwe baby
    .body = Zijn er kinderen uit een eerdere relatie, die misschien niet altijd bij jullie wonen? Ze kunnen zich afvragen of ze er straks nog bij horen. Praat vandaag met ze, samen met hun eigen ouder, over wat er verandert en wat blijft: hun bed, hun plek aan tafel, hun weekenden. Geef ze een rol: ‘Jij wordt de grote broer of zus.’ Wie zich meegeteld voelt, verwelkomt de baby makkelijker.

sway-while-you-sing =
    .title = Wieg mee terwijl je zingt
    .body = Zet vandaag muziek op waar je van houdt, of neurie zelf, en wieg zachtjes heen en weer, staand of op een stoel, handen op de buik. Je baby kent dat wiegen al: bij elke stap die je zet, schommelt het mee. Dat is een van de redenen dat veel pasgeborenen rustig worden van langzaam wiegen in je armen. Ben je de partner? Wieg samen, met je armen om de buik.

a-doll-to-practise-with-for-your-eldest =
    .title = Een pop om mee te oefenen voor je oudste
    .body = Geef je oudste vandaag een pop of knuffel die ‘de baby’ mag zijn, en speel samen: in bad doen, een luier om, wiegen en een liedje zingen. Laat zien hoe je een babyhoofdje ondersteunt en zacht aait. Zo oefent je kind alvast, en voelt het zich straks minder toeschouwer en meer de grote broer of zus die weet hoe het moet. Vliegt de pop ook eens door de kamer? Ook dat is verwerken.

partner-choose-your-own-care-moments =
    .title = Welke zorgmomenten worden straks van jou?
    .body = Gaat de andere ouder borstvoeding geven, en vraag je je af wat jouw rol wordt? Kies vandaag twee zorgmomenten die vanaf het begin van jou zijn, zoals het badje, de ochtendluier, een boertje na de voeding of huid op huid terwijl je goed wakker bent. Een baby hecht zich aan wie vaak en liefdevol zorgt, niet alleen aan wie voedt. Vertel je partner wat je kiest.

after-a-loss-who-can-share-your-fear =
    .title = Na een verlies: met wie deel je je angst?
    .body = Ben je na een eerder verlies weer zwanger, en reageert iedereen vooral blij terwijl jij ook bang bent? Kies vandaag een of twee mensen met wie je die angst mag delen: iemand die niet meteen zegt ‘Het komt vast goed’, maar gewoon luistert. Spreek af dat je hen mag bellen op een zware dag. Neemt de angst je dagen steeds meer over, vertel het dan je verloskundige of huisarts.

agree-how-to-share-the-nights =
    .title = Spreek nu af hoe jullie de nachten verdelen
    .body = Een pasgeboren baby wordt ’s nachts vaak wakker. Bespreek vandaag samen hoe jullie dat willen verdelen: om de beurt een nacht, de een de late avond en de ander de vroege ochtend, of samen op bij elke voeding en overdag om de beurt een dutje. Geeft een van jullie borstvoeding, dan kan de ander de baby brengen en verschonen. Een plan op papier scheelt discussie om drie uur ’s nachts.

night-worries-on-a-notepad =
    .title = Piekeren ’s nachts? Zet het op een briefje
    .body = Lig je ’s nachts te malen over de baby: is alles goed, kan ik dit wel? Leg een briefje en pen naast je bed. Schrijf de zorg op en zeg tegen jezelf: ‘Dit is voor morgen.’ Kijk ’s ochtends wat ermee moet: is het een vraag voor je verloskundige, iets om met iemand te delen, of mag het weg? Gaat het om iets wat niet kan wachten, zoals minder leven voelen, bel dan wel meteen je verloskundige.

take-your-eldest-to-a-checkup =
    .title = Neem je oudste een keer mee naar de controle
    .body = Vraag je verloskundige of je oudste een keer mee mag naar een controle, om het hartje van de baby te horen. Vertel vooraf wat er gaat gebeuren: ‘De verloskundige luistert met een apparaatje naar de buik, en dan hoor je een snel getik.’ Voor veel kinderen wordt de baby zo ineens echt. Neem iets te doen mee voor het wachten, en vraag je kind na afloop wat het hoorde.

one-goodnight-phrase-for-the-bump =
    .title = Elke avond dezelfde welterusten
    .body = Kies vandaag één vaste welterustenzin voor de buik, bijvoorbeeld: ‘Slaap lekker, kleintje, tot morgen.’ Zeg hem elke avond voor het slapen, na elkaar als jullie met z’n tweeën zijn. Een vaste zin is een klein ritueel dat na de geboorte gewoon door kan gaan, als begin van jullie eigen slaapritueel. Vergeten? Morgen gewoon weer.

what-each-of-you-needs-when-worn-out =
    .title = Wat heb jij nodig als je op bent?
    .body = Weten jullie van elkaar wat helpt als je moe of gespannen bent? De een wil even alleen zijn, de ander wil praten of een arm om zich heen. Vraag het elkaar vandaag en schrijf de antwoorden op. In de eerste weken met weinig slaap hoef je dan niet te raden, en kun je elkaar sneller helpen. Misschien ontdek je zelfs iets nieuws over iemand die je al jaren kent.

ask-your-school-age-child-what-will-change =
    .title = Vraag je schoolkind wat er gaat veranderen
    .body = Heb je een kind dat al naar school gaat? Vraag vandaag, tijdens een wandeling of in de auto: ‘Wat denk jij dat er verandert als de baby er is?’ Luister, en verbeter niet meteen, ook niet bij ‘Dan hebben jullie geen tijd meer voor mij.’ Zeg wat je hoort, en wat blijft: ‘Je bent bang dat ik minder tijd heb. Ik blijf er ook voor jou.’ Naast elkaar praat het voor veel kinderen makkelijker.

tell-each-other-what-you-see-in-the-other =
    .title = Zeg wat je in de ander ziet als ouder
    .body = Krijg je de baby samen met iemand? Vertel elkaar vandaag één ding waarvan je denkt: daar boft onze baby mee. ‘Jij bent zo geduldig’ of ‘Jij maakt iedereen aan het lachen.’ In de drukke eerste maanden zie je vooral wat er misgaat; een compliment van nu kun je dan terughalen. En het werkt twee kanten op: je hoort wat de ander al in jou ziet.

eldest-suddenly-clingy-as-the-bump-grows =
    .title = Is je oudste ineens hangerig?
    .body = Wil je oudste ineens weer gedragen worden, praat je kind als een baby of slaapt het slechter nu de buik groeit? Kinderen voelen vaak dat er iets verandert, ook als ze het niet begrijpen. Zeg vandaag wat je ziet: ‘Je wilt dicht bij me zijn, hè? Dat mag.’ Dragen gaat nu misschien moeilijker, maar op schoot kan altijd. Dit gaat meestal vanzelf weer over.

a-phrase-for-please-take-over =
    .title = Spreek een zin af voor ‘neem jij het over?’
    .body = Spreek vandaag samen een korte zin af die straks betekent: ik ben op, neem jij de baby even over. Bijvoorbeeld ‘Wissel?’ of ‘Jouw beurt.’ De ander neemt het dan over, zonder vragen en zonder oordeel; uitleggen komt later. Zo is je baby bij iemand die nog wat rust over heeft. Wie de zin zegt, zorgt goed voor het gezin; het is geen falen.


expecting-safe-sleep-plan =
    .title = Veilig slapen: bedenk het nu al
    .body = Bedenk vandaag waar je baby straks slaapt: op de rug, in een eigen bedje of wieg, die gerust in jouw slaapkamer mag staan. Tot de eerste verjaardag gaat er niets zachts in: geen knuffel, doekje, kussen of bedomrander. En hoe moe of wanhopig je later ook bent: schud een baby nooit. Leg je baby dan op de rug in bed en loop even weg. Vertel deze afspraken ook aan iedereen die straks helpt.

expecting-where-to-ask =
    .title = Bij wie je terechtkunt, nu en straks
    .body = Schrijf vandaag op wie je waarvoor kunt vragen. Tijdens de zwangerschap is dat je verloskundige, in de kraamweek de kraamzorg en je verloskundige (ook ’s nachts), daarna het consultatiebureau, en bij ziekte de huisarts of ’s avonds en in het weekend de huisartsenpost. Somber of angstig, nu of na de geboorte? Dat overkomt veel ouders. Vertel het aan een van hen: vragen is kracht, geen zwakte.

talk-to-employer-about-handover =
    .title = Regel op tijd de overdracht op je werk
    .body = Plan vandaag een gesprek op je werk over je verlof: wanneer je weggaat, wie je taken overneemt en hoe je het overdraagt. Maak vooraf een lijstje van lopende zaken. Hoe beter het werk geregeld is, hoe minder het straks door je hoofd spookt terwijl je bij je baby bent. En komt je baby eerder dan gedacht, dan ligt er al een plan.

kraamzorg-what-it-is-and-booking =
    .title = Kraamzorg: wat het is en hoe je het regelt
    .body = Na de geboorte komt er in Nederland meestal kraamzorg aan huis: een kraamverzorgende die je de eerste dagen helpt met de zorg voor je baby en voor jezelf, en je veel laat zien. Nog niet geregeld, of nieuw in Nederland? Bel vandaag je zorgverzekeraar of vraag je verloskundige hoe het werkt. Dan sta je er die eerste week niet alleen voor.

self-employed-plan-your-own-leave =
    .title = Werk je voor jezelf? Plan je eigen verlof
    .body = Heb je geen werkgever, omdat je als zelfstandige werkt? Blokkeer vandaag in je agenda de weken rond de geboorte en vertel je vaste klanten wanneer je er niet bent. Vraag ook na welke regeling er voor zelfstandigen is. Zonder zo’n plan sluipt het werk er makkelijk weer in, terwijl je die weken nodig hebt om je baby te leren kennen. Een collega die kan invallen, is goud waard.

no-huisarts-yet-register-now =
    .title = Nog geen huisarts? Schrijf je nu in
    .body = Ben je net verhuisd of nieuw in Nederland, en heb je nog geen huisarts? Schrijf je vandaag in bij een huisartsenpraktijk in de buurt; na de geboorte schrijf je daar ook je baby in. Als je baby ziek is of jij je zorgen maakt, wil je iemand kunnen bellen zonder eerst te zoeken. Vraag meteen hoe het ’s avonds en in het weekend gaat, met de huisartsenpost.

interpreter-at-the-verloskundige =
    .title = Vraag om een tolk bij de verloskundige
    .body = Is Nederlands niet je eerste taal, en begrijp je de verloskundige niet altijd goed? Vraag bij de volgende afspraak of er een tolk kan meeluisteren, bijvoorbeeld via de telefoon. Zo kun je zeggen wat je wilt en begrijp je wat er gebeurt, ook rond de bevalling. Laat liever geen kind voor je vertalen. Knikken terwijl je twijfelt hoeft niet: nog een keer vragen mag altijd.

leave-weeks-kept-empty =
    .title = Verlof is tijd om elkaar te leren kennen
    .body = Kijk vandaag naar de weken na de geboorte en schrap alles wat kan wachten: de verbouwing, een verhuizing helpen, die cursus. Verlof is niet voor achterstallige klussen, maar om bij je baby te zijn: kijken, vasthouden, ontdekken wat je baby nodig heeft. Daar groeit de band uit. Een lege agenda voelt misschien vreemd; voor deze weken is hij precies goed.

parental-leave-how-to-spread-it =
    .title = Ouderschapsverlof: kijk hoe je het verdeelt
    .body = Zoek vandaag uit welk verlof je na de geboorte kunt opnemen, en denk na over hoe: in één blok, of een tijd lang een vaste dag per week. Voor een baby telt vooral dat een paar vertrouwde mensen er vaak en regelmatig zijn. Een vaste ‘ouderdag’ in de week kan daarom net zo waardevol zijn als een lange periode. Je hoeft vandaag nog niets te beslissen.

antenatal-class-and-other-parents =
    .title = Een cursus, en anderen die ook wachten
    .body = Meld je vandaag aan voor een zwangerschapscursus of een voorlichtingsavond over de bevalling en de eerste weken; je verloskundige weet wat er in de buurt is. Weten wat er komt, maakt het minder spannend. En je ontmoet mensen die rond dezelfde tijd een baby krijgen, straks fijn voor een wandeling of een vraag tussendoor. Eén avond is ook al mooi.

question-list-for-the-verloskundige =
    .title = Een lijstje vragen voor de volgende controle
    .body = Houd vanaf vandaag een notitie in je telefoon bij met alles wat je je verloskundige wilt vragen, ook als het klein of gek lijkt. Bijvoorbeeld: wat gebeurt er in het eerste uur na de geboorte, wat als het anders loopt dan gepland, wanneer bel ik jou? Lees het lijstje vlak voor de afspraak nog even door. Antwoorden die je begrijpt, geven rust, nu en straks.

baby-first-aid-course =
    .title = Eerste hulp bij baby’s: een avond die rust geeft
    .body = Zoek vandaag een cursus eerste hulp bij baby’s en jonge kinderen bij jou in de buurt. Je leert wat je doet als je baby zich verslikt, valt of ziek lijkt, en wanneer je hulp inschakelt. Wie weet wat te doen, schrikt minder en kan een baby rustiger helpen. Neem gerust iemand mee die straks vaak oppast, zoals een opa, oma of vriendin.

what-a-baby-really-needs-list =
    .title = Wat een baby echt nodig heeft, is kort
    .body = Voel je druk om van alles te kopen? Maak vandaag het echte lijstje: een veilig bedje, een autostoeltje, wat kleertjes, luiers, iets om je baby in te wassen. Tweedehands is prima, zolang bedje en autostoeltje veilig zijn. De rest kan wachten. Wat je baby het meest nodig heeft, is niet te koop: jij, dichtbij. Dat staat al op je lijstje.

expecting-twins-extra-help =
    .title = Een tweeling op komst? Regel extra handen
    .body = Verwacht je een tweeling? Vraag vandaag je verloskundige of gynaecoloog wat dat betekent voor de kraamzorg, en maak je kring van helpers groter dan je denkt nodig te hebben. Zet twee veilige slaapplekken klaar: elke baby op de rug, in een eigen bedje. Met genoeg handen om je heen houd je tijd over om elk van je baby’s als eigen persoontje te leren kennen.

pram-where-baby-faces-you =
    .title = Een kinderwagen waarin je baby jou ziet
    .body = Ga je een kinderwagen uitzoeken of lenen? Kies er dan het liefst een waarin je baby de eerste maanden naar jou kijkt. Onderweg zie je dan of je baby slaapt, schrikt of onrustig wordt, en je baby ziet jouw gezicht tussen alle nieuwe geluiden. Wordt het toch een wagen die vooruit kijkt? Buig je dan onderweg af en toe even over je baby heen en zeg iets.

hold-someone-elses-baby-first =
    .title = Nog nooit een pasgeboren baby vastgehouden?
    .body = Heb je nog weinig ervaring met baby’s? Vraag iemand met een jonge baby of je een keer mag komen helpen: vasthouden, een luier verschonen, een voeding meemaken. Let op hoe die baby laat zien wat er nodig is, en hoe de ouder daarop reageert. Zo worden de eerste dagen met je eigen baby iets minder onbekend. Onhandig voelen hoort erbij, nu en straks.

cot-assembled-in-your-room =
    .title = Zet het bedje alvast in elkaar
    .body = Zet het bedje of de wieg vandaag in elkaar en geef het een plek in jouw slaapkamer, niet tegen de verwarming en uit de buurt van koordjes van gordijnen of lampen. Check het matras: stevig, vlak en passend, zonder kier langs de rand; bij een tweedehands bedje ook of de spijlen heel zijn. Staat het bedje straks dichtbij, dan hoor je ’s nachts snel wat er nodig is.

soft-gifts-stay-out-of-the-cot =
    .title = Knuffels cadeau? Die slapen niet mee
    .body = Krijg je bij de babyshower of op kraamvisite knuffels, dekentjes, kussentjes of een bedomrander? Bedank er hartelijk voor en geef ze alvast een plek op een plank of in de kast. In het bedje gaat tot de eerste verjaardag niets zachts; een knuffel is voor wakkere momenten, op schoot. Vraagt iemand wat je nog nodig hebt? Een slaapzak die goed past, mag wél in bed.

smoke-free-home-and-car =
    .title = Spreek af: rookvrij in huis en in de auto
    .body = Rookt er iemand in je huis of in je familie? Spreek vandaag af dat er binnen en in de auto niet meer gerookt wordt, ook niet door bezoek. Rook blijft hangen in kleding, gordijnen en stoelen, en een baby ademt dat in, ook als er op dat moment niemand rookt. Een briefje bij de deur scheelt steeds uitleggen. Wil iemand stoppen? De huisarts denkt graag mee.

sling-practice-with-a-teddy =
    .title = Oefen de draagdoek met een knuffel
    .body = Wil je je baby straks dragen in een draagdoek of draagzak? Oefen vandaag met een knuffel of een opgerolde handdoek, rustig en zonder haast. Gedragen worden geeft een baby jouw warmte, je geur en je hartslag. Let op: gezichtje vrij en zichtbaar, de kin niet op de borst, en hoog genoeg om een kus op het hoofdje te geven. Twijfel je? Een draagconsulent kan meekijken.

changing-place-all-within-reach =
    .title = Een verschoonplek waar alles binnen handbereik ligt
    .body = Richt vandaag de plek in waar je straks verschoont: op een hoogte die fijn is voor je rug, met luiers, doekjes, schone kleertjes en een handdoek binnen handbereik. Dan hoef je nooit weg te lopen en houd je altijd een hand op je baby. Als je niet hoeft te zoeken, wordt verschonen makkelijker een moment samen, met je gezicht dichtbij. Oefen het een keer met een knuffel.

daytime-sleep-spot-downstairs =
    .title = Ook beneden een veilige slaapplek
    .body = Waar slaapt je baby overdag, als jij in de woonkamer bent? Regel vandaag ook daar een veilige plek: een wieg, box of campingbedje met een stevig, passend matras, waarin je baby op de rug ligt zonder iets zachts erbij. De bank, een kussen of een groot bed zijn geen slaapplek voor een baby, ook niet even. Zo slaapt je baby dichtbij, en kun jij gewoon op de bank zitten.

what-the-consultatiebureau-is =
    .title = Wat is het consultatiebureau?
    .body = Na de kraamweek neemt de JGZ het over: vaak komt eerst een verpleegkundige bij je thuis, daarna ga je met je baby naar het consultatiebureau. Daar wordt je baby gewogen en gemeten, krijg je de vaccinaties aangeboden en kun je alles vragen, ook over jezelf. Het is gratis, en niemand geeft je een cijfer. Spreek vandaag af wie er mee kan naar de eerste afspraak: twee paar oren onthouden meer.

kraamzorg-intake-your-wishes =
    .title = Vertel de kraamzorg hoe het bij jou thuis is
    .body = Komt de kraamzorg binnenkort voor een intake, of was die er al? Schrijf vandaag op wat de kraamverzorgende over jouw thuis moet weten: een oudste die ook aandacht nodig heeft, dat je er alleen voor staat, een taal waarin je je makkelijker uitdrukt, een huisdier, of dat je vooral rust wilt. Dan kan die vanaf de eerste dag helpen op een manier die bij jou past. Vergeten? Zeggen mag later ook nog.

first-hour-after-birth-undisturbed =
    .title = Het eerste uur: telefoons weg, het nieuws wacht
    .body = Spreek vandaag af dat het eerste uur na de geboorte rustig blijft: telefoons weg, het nieuws wacht even. Kies nu al wie het nieuws straks rondstuurt, en wanneer, zodat niemand in dat uur naar een scherm kijkt. Vraag je verloskundige of wegen en meten even kan wachten. In dat eerste uur zoekt je baby jouw warmte, geur en stem. De familie hoort het een uurtje later, en dat is ook goed.

caesarean-ask-about-skin-to-skin =
    .title = Keizersnede? Vraag naar huid op huid
    .body = Is er een keizersnede gepland of mogelijk? Vraag vandaag in het ziekenhuis of je baby al op de operatiekamer of op de uitslaapkamer huid op huid bij je kan liggen, en wat er gebeurt als dat niet lukt. Misschien kan een andere volwassene dan alvast huid op huid geven, wakker en alert. Zo begint ook jouw baby dicht bij een vertrouwd lijf. Zet het antwoord in je geboorteplan.

giving-birth-without-partner-companion =
    .title = Zonder partner bevallen? Kies iemand naast je
    .body = Krijg je je baby zonder partner, of kan die er niet bij zijn? Vraag vandaag iemand die je vertrouwt om bij de bevalling en in de eerste dagen bij je te zijn. Bespreek je wensen, en wat die persoon doet als jij het even niet kunt: je baby huid op huid nemen, wakker en alert. Vertel je verloskundige wie het is. Zo is er een vast gezicht om je heen, ook voor je baby.

hospital-stay-baby-in-your-room =
    .title = In het ziekenhuis? Vraag of je baby bij je blijft
    .body = Ga je in het ziekenhuis bevallen, of moet je er misschien een paar dagen blijven? Vraag vandaag, bijvoorbeeld bij een rondleiding, of je baby dag en nacht bij je op de kamer blijft, en of er iemand bij je mag overnachten. Ligt je baby naast je, dan leer je de signalen meteen kennen en kun je snel reageren. Met dat antwoord weet je ook wat er in je tas moet.

test-ride-to-the-hospital =
    .title = Reis de route naar het ziekenhuis een keer
    .body = Rijd of reis vandaag een keer naar het ziekenhuis waar je bevalt of naartoe gaat als het thuis anders loopt. Kijk waar je parkeert, welke ingang ’s nachts open is en hoe lang je erover doet. Bevalling thuis gepland? Check dan of je huisnummer goed te zien is. Als de weg bekend is, houd je op de dag zelf je hoofd vrij. Doe de rit gerust ook eens in het donker.

car-seat-fitted-and-practised =
    .title = Oefen met het autostoeltje vóór de rit naar huis
    .body = Haal het autostoeltje vandaag uit de doos en bouw het in, met de handleiding erbij. Leg er een knuffel in, trek de gordels aan en oefen het vastklikken en losmaken. Komt het voorin, met je baby naar achteren kijkend? Dan moet de airbag aan die kant uit. Zijn die handelingen vertrouwd, dan is je aandacht op de eerste rit naar huis bij je baby, niet bij de gespen. Twijfel je? Laat iemand meekijken.

no-car-ride-home-plan =
    .title = Geen auto? Regel hoe je thuiskomt
    .body = Heb je geen auto? Bedenk vandaag hoe je na een bevalling in het ziekenhuis met je baby thuiskomt: met iemand die je ophaalt, of met een taxi waarin je je eigen autostoeltje meeneemt. Een baby hoort ook in een taxi in een goed vastgezet stoeltje, nooit los op schoot. Kijk dus alvast hoe het stoeltje in een andere auto vastgaat. Een rustige eerste rit is een mooi begin van thuis.

feeding-plan-with-room-to-change =
    .title = Een voedingsplan met ruimte om te veranderen
    .body = Denk vandaag na over hoe je je baby wilt voeden: borst, fles of allebei. Schrijf het op en zet eronder: ‘Als het anders loopt, is dat ook goed.’ Soms vraagt het leven na de geboorte een andere weg dan gepland, en dat zegt niets over hoe goed je het doet. De band groeit uit de nabijheid tijdens het voeden, niet uit de soort melk. Laat het briefje gerust aan je verloskundige zien.

breastfeeding-who-helps-first-week =
    .title = Borstvoeding? Weet wie je helpt
    .body = Wil je borstvoeding geven? Vraag vandaag je verloskundige wie je in de eerste week helpt: de kraamverzorgende, de verloskundige zelf, en of er een lactatiekundige kan meekijken als het moeizaam gaat. Borstvoeding geven is iets wat je samen met je baby leert, en hulp in het begin maakt het lichter. Schrijf de namen erbij op je lijstje.

work-on-pause-on-your-phone =
    .title = Zet je werk op pauze, ook op je telefoon
    .body = Begint je verlof binnenkort? Zet vandaag klaar wat er dan aan moet: een afwezigheidsmelding, de naam van wie je vervangt, en je werkmail en werkapps van je telefoon af of op stil. Een telefoon die zoemt tijdens een voeding, trekt je weg bij je baby, ook als je niet opneemt. Zeg je collega’s dat je het babynieuws zelf komt vertellen; dan hoeft niemand ernaar te vragen.

leave-before-birth-rest-first =
    .title = Je verlof begint: eerst rust, dan klussen
    .body = Begint je verlof vóór de geboorte binnenkort, of ben je al thuis? Kies vandaag per dag één ding dat je wilt regelen, en houd de rest van de dag vrij voor rust: liggen, wandelen, een dutje. Het is verleidelijk om nog het hele huis te poetsen, maar je energie heb je straks nodig in de nachten met je baby. Wat vandaag niet af komt, kan morgen. Of helemaal niet.

bottle-feeding-practise-now =
    .title = Flesvoeding? Oefen nu, dan is er straks ruimte
    .body = Kies je voor flesvoeding? Maak vandaag een keer een fles klaar, precies zoals het op de verpakking staat; dan hoef je dat straks niet voor het eerst te doen met een huilende baby op je arm. Bedenk ook hoe je gaat zitten: je baby half rechtop in je arm, dicht tegen je aan, met je gezicht dichtbij. Zo wordt de fles een moment samen, met wie hem ook geeft.

no-family-nearby-ask-for-volunteers =
    .title = Geen familie in de buurt? Vraag naar hulp
    .body = Woont je familie ver weg, of heb je weinig mensen om je heen? Vraag vandaag je verloskundige of het consultatiebureau of er in jouw buurt vrijwilligers of andere gezinnen zijn die jonge ouders een steuntje geven: een kop koffie, een wandeling, een luisterend oor. Iedere ouder heeft mensen om zich heen nodig, en die kring mag je ook nieuw opbouwen. Vragen is geen zwakte.

birth-bag-by-the-door =
    .title = Zet de tas klaar bij de deur
    .body = Pak vandaag je tas voor de bevalling in, ook als je thuis wilt bevallen: plannen kunnen veranderen. Leg er kleertjes en een mutsje voor je baby in, iets makkelijks voor jezelf, een oplader, iets te eten en je papieren. Zet de tas bij de deur, met het autostoeltje ernaast. Staat alles klaar, dan hoef je op de grote dag aan niets anders te denken dan aan je baby.

house-ready-for-kraamweek =
    .title = Maak je huis klaar voor de kraamweek
    .body = Vraag vandaag na wat de kraamzorg in huis nodig heeft, en regel het alvast: het kraampakket, vaak via je zorgverzekeraar, en klossen onder het bed zodat het hoger staat. Dat hogere bed is fijn voor de kraamverzorgende en voor wie net bevallen is. Leg alles bij elkaar op één plek. Dan gaat je aandacht in de kraamweek naar je baby, niet naar zoeken.

birth-papers-in-one-folder =
    .title = Alle papieren in één map
    .body = Stop vandaag alles wat je rond de geboorte nodig hebt in één map: je identiteitsbewijs, je zorgpas, de papieren van de verloskundige. Zoek ook op hoe je bij je gemeente de geboorte aangeeft, binnen een paar dagen na de bevalling, en wie dat doet. Zet er een briefje bij: baby aanmelden bij de zorgverzekeraar. Minder geregel in de eerste dagen laat meer tijd over om naar je baby te kijken.

grandparents-first-meeting-plan =
    .title = Hoe ontmoeten de grootouders je baby?
    .body = Bespreek vandaag met de aanstaande grootouders hoe en wanneer ze je baby voor het eerst zien: misschien liever een rustig moment thuis dan een volle kamer op dag één? Vertel ook waarom: een pasgeboren baby heeft snel genoeg van drukte, en jij hebt je energie nodig. Als ze je plan kennen, voelen ze zich minder buitengesloten. Zo wordt die eerste ontmoeting iets om later samen aan terug te denken.

many-visitors-family-custom =
    .title = Komt de hele familie op kraamvisite?
    .body = Is het in je familie gewoonte dat er in de eerste weken veel mensen langskomen, bijvoorbeeld in de eerste veertig dagen? Vraag vandaag één familielid met gezag, zoals een tante of grootouder, om te regelen wie wanneer komt, verspreid over de weken in plaats van allemaal tegelijk. Uit de familie zelf klinkt dat niet onbeleefd. Zo blijft het mooie van het welkom heten, en krijgt je baby genoeg rust.

visitors-make-their-own-tea =
    .title = Bezoek zet zelf de thee
    .body = Zet het vandaag alvast in het bericht dat je na de geboorte aan familie en vrienden stuurt: ‘Leuk als je komt! Zet zelf even thee, en neem bij het weggaan het vuilnis mee.’ Wie net een baby heeft, hoeft niemand te bedienen. Zo blijf jij op de bank met je baby tegen je aan, en gaat je energie naar waar die hoort. De meeste bezoekers vinden het fijn om iets te kunnen doen.

visitors-with-a-cold-wait =
    .title = Verkouden of een koortslip? Dan later op bezoek
    .body = Zet vandaag alvast handzeep en een schone handdoek klaar bij de kraan die bezoek straks gebruikt; dan gaat handen wassen vanzelf. Bedenk ook hoe je het zegt als iemand verkouden is of een koortslip heeft: ‘Fijn dat je wilt komen! Kom liever als het over is, dan mag je de baby ook vasthouden.’ Een pasgeboren baby kan nog slecht tegen zulke virussen. Twijfel je? Vraag het de kraamverzorgende.

feeding-while-visitors-are-there =
    .title = Voeden terwijl er bezoek is
    .body = Bedenk vandaag wat je wilt als je baby honger krijgt terwijl er bezoek is: ga je even naar een andere kamer, of is dat het moment dat het bezoek vertrekt? Een baby drinkt vaak rustiger in een stille kamer, en jij kunt je dan op je baby richten in plaats van op het gesprek. Een vriendelijk ‘Ik ga even voeden, tot de volgende keer!’ mag altijd.

family-far-away-one-video-call =
    .title = Familie ver weg? Plan één rustig videobelletje
    .body = Woont er familie ver weg die je baby zo snel mogelijk wil zien? Spreek vandaag af dat jij in de eerste dagen laat weten wanneer er gebeld wordt: één rustig videogesprek als je baby wakker en tevreden is, in plaats van een telefoon die de hele dag gaat. Een foto tussendoor kan altijd. Zo zien ze je baby op een goed moment, en houd jij je rust.

someone-to-text-at-night =
    .title = Wie mag je ’s nachts appen?
    .body = Zoek vandaag één iemand die je ’s nachts kunt appen als je met een wakkere baby zit en je alleen voelt: een vriendin met nachtdiensten, familie in een andere tijdzone. Vraag het gewoon: ‘Mag ik je straks om drie uur ’s nachts appen?’ Een bericht terug maakt een lange nacht minder eenzaam. Zorgen over je baby? Bel dan in de kraamweek je verloskundige, daarna de huisarts of de huisartsenpost.

cook-double-and-freeze =
    .title = Kook dubbel en vries in
    .body = Kook deze week een paar keer een dubbele portie en vries de helft in, in porties die je makkelijk opwarmt en met één hand eet. Soep, stoofpot, een ovenschotel: wat je lekker vindt. In de eerste weken met een baby schiet koken er vaak als eerste bij in, en wie goed eet, heeft meer geduld over. Schrijf op elk bakje wat erin zit; dan hoeft niemand om middernacht te raden.

night-feeding-spot-ready =
    .title = Een plek voor de nachtvoeding, en als je wegzakt
    .body = Bedenk vandaag waar je ’s nachts gaat voeden: een stoel naast het bedje, of rechtop in bed met een kussen in je rug. Voel je dat je in slaap valt met je baby op je arm? Leg je baby dan op de rug in het eigen bedje. In slaap vallen op de bank met een baby op je is gevaarlijk, dus kies die plek ’s nachts liever niet. Een vaste plek maakt de nacht ook voor je baby herkenbaar.

first-night-home-ready =
    .title = De eerste nacht thuis
    .body = Veel ouders liggen de eerste nacht thuis wakker en luisteren naar elk geluidje; dat is heel gewoon. Zet vandaag het nummer van je verloskundige in je telefoon en op een briefje naast je bed: in de kraamweek bel je die, ook ’s nachts, als je je zorgen maakt over je baby of over jezelf. Daarna zijn dat de huisarts en de huisartsenpost. Weten wie je belt, maakt het luisteren al wat rustiger.

first-week-who-comes-to-the-door =
    .title = De eerste week: wie belt er allemaal aan?
    .body = In de kraamweek komt er veel aan de deur: de kraamverzorgende, je verloskundige, en iemand voor de hielprik en meestal ook voor de gehoortest. Vraag je verloskundige vandaag hoe dat bij jou ongeveer gaat, en schrijf het op voor iedereen die straks bij je is. Dan schrik je niet van de bel, en kun je de rustige uren ertussen gebruiken om samen met je baby bij te komen.

kraamverzorgende-shows-you-do =
    .title = Laat het je voordoen, en doe het dan zelf
    .body = Schrijf vandaag op wat je in de kraamweek van de kraamverzorgende wilt leren: in bad doen, verschonen, aankleden, troosten. Vraag straks of die het één keer voordoet en daarna naast je blijft terwijl jij het doet. Zo leren je handen je baby kennen, en leert je baby jouw handen kennen. Na de kraamweek doe je het zelf, en dan voelt het al een beetje gewoon.

nap-while-kraamzorg-is-there =
    .title = Slaap als de kraamverzorgende er is
    .body = Neem je vandaag voor: als de kraamverzorgende er straks is, ga ik overdag een keer liggen. Die let dan op je baby, en jij haalt slaap in. Bezoek plannen op die uren is verleidelijk, maar juist dan kun je bijtanken. Een beetje uitgerust reageer je rustiger op je baby, ook ’s nachts. Zeg het op de eerste dag gewoon hardop, dan kan de kraamverzorgende erop rekenen.

kraamzorg-last-day-what-they-noticed =
    .title = Laatste kraamdag: vraag wat er opviel aan je baby
    .body = Aan het eind van de kraamzorg kent de kraamverzorgende je baby al een beetje. Neem je vandaag voor om op die laatste dag te vragen: wat viel je op aan mijn baby? Hoe laat die honger of slaap zien, en wat helpt bij troosten? Schrijf de antwoorden op. Vaak blijkt dat jij het meeste al wist. Wat je daarna zelf ontdekt, schrijf je erbij; dat lijstje groeit met je baby mee.

last-days-any-news-yet =
    .title = Iedereen vraagt: ‘Al wat nieuws?’
    .body = Krijg je deze laatste dagen steeds berichtjes als ‘Al wat nieuws?’ Stuur vandaag één bericht rond: ‘We laten het zelf weten als de baby er is. Vragen hoeft niet, aan ons denken mag.’ Zo hoef je niet elke dag ‘nog niks’ te antwoorden, en blijft je hoofd vrijer: voor het wachten, en straks voor je baby. Duurt het langer dan gedacht? Dat overkomt veel ouders; je verloskundige houdt het in de gaten.


wobbly-walker-sits-down-look-first =
    .title = Plof, op de billen: kijk eerst naar het gezichtje
    .body = Zet je kind de eerste stapjes en ploft het steeds op de billen? Wacht een tel voordat je ‘Oei!’ roept of erheen rent, en kijk naar het gezichtje. Vaak kijkt je kind eerst naar jou, om te zien hoe erg het is. Een rustig, vriendelijk gezicht zegt: dit kun je aan. Krabbelt het zelf overeind? Knik trots. Echte tranen? Dan ben je er meteen.

through-the-tunnel-you-at-the-end =
    .title = Door de tunnel: jij wacht aan het eind
    .body = Is er in de speeltuin een kruiptunnel, of bouw je er thuis een van stoelen en een deken? Laat je kind aan de ene kant naar binnen kruipen en wacht zelf aan de andere kant, gehurkt, je gezicht in de opening: ‘Waar ben je? … Daar ben je!’ Even alleen in het donker, en aan het eind jouw gezicht: weggaan en terugvinden, in het klein. Blijft je kind halverwege zitten? Praat zacht door de opening.

walking-the-last-stretch-yourself =
    .title = Het laatste stukje loopt je kind zelf
    .body = Wil je kind niet meer in de buggy, maar is de hele weg lopen nog te ver? Spreek een vast stukje af dat het zelf loopt, aan je hand: van de hoek tot de voordeur, of door het park naar de bakker. Kies een rustig stuk zonder drukke oversteek. Zelf lopen naast jou voelt groot en veilig tegelijk. Moe? Dan terug in de buggy; morgen weer een stukje.

family-pet-walks-away-read-it =
    .title = Loopt het huisdier weg? Kijk wat het zegt
    .body = Wil je kind de kat of hond steeds aanhalen, ook als die wegloopt? Kijk samen en zeg hardop wat het dier laat zien: ‘Poes loopt weg en haar staart zwiept. Ze wil even niet.’ Ga met je kind op de grond zitten en wacht tot het dier zelf komt snuffelen; dan mag er een hand over de rug. Zo ontdekt je kind dat een ander ook iets voelt, en soms nee zegt. Laat een dreumes nooit alleen met een huisdier.

bump-on-the-head-comfort-first =
    .title = Hoofd gestoten? Eerst troosten, dan opletten
    .body = Stootte je kind het hoofd tegen de tafelrand, of viel het op de stoep? Til het op en troost eerst, rustig: ‘Au, je hoofd. Ik heb je.’ Let daarna een dag en een nacht goed op je kind. Wordt je kind suf, moet het overgeven of is het anders dan anders? Bel dan de huisarts, of ’s avonds en in het weekend de huisartsenpost. Twijfel is genoeg reden om te bellen.

the-big-cardboard-box =
    .title = Een grote doos is het beste speelgoed
    .body = Komt er een pakket? Bewaar de grote doos, haal nietjes en plakband eraf en zet hem open op de grond. Wacht af wat je kind ermee doet: erin klimmen, zich verstoppen, duwen, erop trommelen. Jij hoeft niets te bedenken; kijk, en doe mee als je gevraagd wordt. Een doos kan alles zijn, en dat ontdekt je kind zelf. Over een week is het misschien een auto.

walking-together-on-your-feet =
    .title = Samen lopen, op jouw voeten
    .body = Zet je kind met blote voetjes op jouw blote voeten, met het gezicht naar je toe, en houd beide handjes stevig vast. Loop langzaam door de kamer: grote stappen, kleine stappen, en stop! ‘Stap… stap… en… stil!’ Je kind voelt jouw evenwicht en ritme, en kijkt omhoog naar je gezicht. Samen bewegen als één lijf geeft houvast en gegiechel tegelijk. Wil je kind eraf? Dan loopt het zelf verder, naast jou.

beach-the-sea-from-your-arms =
    .title = Op het strand: de zee vanaf jouw arm
    .body = Naar het strand? Veel dreumesen vinden zand onder hun voeten en aanrollende golven eerst vreemd. Draag je kind naar de waterlijn, laat de tenen het water voelen en loop terug. Wil het zelf? Houd een hand vast en blijf binnen armlengte: bij water geen moment los. Jouw arm maakt de grote zee klein genoeg. Geen zin in zand? Een handdoek wordt een eigen eilandje.

lost-sight-of-you-in-the-shop =
    .title = Even kwijt in de winkel
    .body = Liep je kind in de winkel om een rek heen en zag het jou ineens niet meer? Ook al duurde het maar een paar tellen, voor je kind was het echt schrikken. Ga door je knieën, neem het in je armen en zeg wat er gebeurde: ‘Je zag mij niet meer. Dat was eng. Ik ben hier.’ Zo leert je kind dat schrik weer zakt. De rest van de boodschappen: hand in hand.

water-tub-on-the-balcony =
    .title = Een teil water op het balkon of in de tuin
    .body = Warm genoeg? Zet een teil met een laagje lauw water buiten, met bekertjes, een zeef en een lepel. Ga ernaast zitten en laat je kind gieten, spetteren en overschenken. Water houdt kinderen lang bezig, met jou dichtbij. Blijf er de hele tijd naast, want een klein kind kan ook in een laagje water verdrinken, en gooi de teil leeg als jullie klaar zijn.

puddles-in-wellies-together =
    .title = Regen? Laarzen aan en de plassen in
    .body = Regent het en wil je kind naar buiten? Trek regenjassen en laarzen aan, ook bij jezelf, en ga samen plassen zoeken. Laat je kind stampen en springen, en doe zelf ook mee: een grote plons van jou is voor een dreumes zo ongeveer het mooiste wat er is. Zo deel je het plezier, in plaats van alleen te bewaken dat het droog blijft. Thuis wachten warme sokken.

shape-sorter-as-a-hat =
    .title = De vormenstoof als hoed? Prima
    .body = Zet je kind de vormenstoof op het hoofd, of bouwt het een toren van treinrails? Laat het zo. Je hoeft niet voor te doen hoe het ‘hoort’; je kind onderzoekt wat een ding allemaal kan. Zeg wat je ziet: ‘Wat een hoed!’ Een kind dat op zijn eigen manier mag spelen, durft te proberen en voelt zich gezien. Het blokje door het gaatje komt op een dag vanzelf.

holiday-mark-your-own-spot =
    .title = Op vakantie: maak jullie plek herkenbaar
    .body = Op een camping of vakantiepark waar alle tenten of huisjes op elkaar lijken? Hang samen iets herkenbaars bij jullie plek: een vlaggetje, een windmolentje, een felle handdoek aan de lijn. Vraag bij elke terugkomst: ‘Waar is ons huisje? Zie jij de vlag?’ en laat je kind hem aanwijzen. Zo heeft je kind op een vreemde plek één vast punt dat van jullie is. De vlag mag daarna mee naar huis.

stop-at-every-kerb =
    .title = Bij elke stoeprand: stop
    .body = Loopt je kind steeds vaker zelf op straat? Maak van elke stoeprand een vast moment, ook in een rustige straat: stoppen, hand in hand, links en rechts kijken, dan pas samen oversteken. Zeg steeds dezelfde woorden: ‘Stoep. Stop. Kijken.’ Verkeer inschatten kan een dreumes nog lang niet, maar de gewoonte groeit al. Jij houdt de hand vast.

their-scribble-up-on-the-wall =
    .title = Een krabbel van je kind, aan de muur
    .body = Krast je kind al graag met een dik krijtje? Plak een groot vel papier op tafel, ga erbij zitten en laat het krassen. Laat je kind daarna kiezen waar de krabbel hangt, op kindhoogte, en laat hem zien aan wie er thuiskomt: ‘Kom eens kijken wat hier hangt! Helemaal zelf gemaakt.’ Zo voelt je kind: wat ik maak, doet ertoe. Gaat het krijtje vooral de mond in? Probeer het over een paar weken weer.

not-careful-but-what-helps =
    .title = Niet ‘Pas op!’, maar zeg wat helpt
    .body = Klimt je kind op het klimrek, de bank of een muurtje, en roep je steeds ‘Pas op!’? Zeg vandaag eens wat helpt: ‘Zet je voet op de tree. Hou je vast met twee handen.’ Sta dichtbij, zonder vast te pakken. ‘Pas op’ maakt een kind vooral onzeker; concrete woorden geven houvast en vertrouwen. Ontsnapt er toch een ‘Pas op!’? Geeft niks, de volgende zin helpt weer.

you-are-the-climbing-frame =
    .title = Jij bent het klimrek
    .body = Ga vandaag op de grond liggen en word een berg: laat je kind over je heen klimmen, op je buik zitten, van je knieën glijden. Houd je handen klaar en zeg wat je voelt: ‘Oef, wat ben jij zwaar!’ Klimmen op jou geeft aanraking en gelach tegelijk, en je kind test zijn kracht op iemand die het vertrouwt. Trekt het aan je haar? Zeg ‘Au, zachtjes’ en speel verder.

climb-as-high-as-they-get-alone =
    .title = Zo hoog als je kind zelf komt
    .body = Wil je kind op een klimrek dat eigenlijk nog te hoog is? Til het er liever niet op. Laat het zelf klimmen, zo ver als het komt, en sta eronder met je handen vlakbij. Wie zelf omhoog klom, weet meestal ook hoe het terug moet; een kind dat je erop zet, staat ergens zonder die ervaring. Volgende week komt het misschien een tree hoger, helemaal zelf.

open-field-you-walk-behind =
    .title = Op een groot grasveld: jij loopt achteraan
    .body = Op een groot grasveld of in de duinen, ver van het verkeer? Laat je kind vooroplopen en loop jij een paar meter erachter. Niet roepen of sturen, alleen volgen. Je kind kiest de richting, kijkt af en toe om en ziet jou steeds. Zo ervaart het: ik mag ontdekken, en iemand let op me. Komt er toch water, een fietspad of een hond in zicht? Loop dan naast je kind en pak een hand.

im-coming-to-get-you-chase =
    .title = ‘Ik kom je pakken!’
    .body = Rent je kind giechelend van je weg en kijkt het om of je eraan komt? Speel mee, thuis of op een veilig grasveld: ‘Ik kom je pakken!’, met grote, langzame stappen. Vang je kind, knuffel het en laat het weer los. Weglopen en gevangen worden is een spel over weggaan en terugkomen, met jou als blij eindpunt. Bij de straat is het geen spel; daar houd je een hand vast.

treasure-bag-for-the-walk =
    .title = Een schattenzakje voor onderweg
    .body = Raapt je kind onderweg elke steen, elk blad en elk stokje op? Geef het vandaag een eigen zakje of emmertje mee voor de schatten. Thuis leggen jullie ze samen op tafel: ‘Deze steen vond je bij de brug.’ Zo zeg je: wat jij belangrijk vindt, is mijn aandacht waard. Kleine dingen verdwijnen makkelijk in een mondje, dus kijk mee en houd het zakje bij je.

toddler-wants-to-stroke-every-dog =
    .title = Wil je kind elke hond aaien?
    .body = Rent je kind op elke hond af? Pak een hand en stop een paar passen ervoor. Vraag het baasje: ‘Mag mijn kind hem aaien?’ Is het goed, laat de hond dan eerst aan de rug van het handje snuffelen en aai samen over de rug, niet over de kop. Is het nee, zwaai dan: ‘Dag hond!’ Zo mag je kind nieuwsgierig zijn, met jou als degene die zegt wanneer het veilig is.

balancing-on-a-log-one-finger =
    .title = Balanceren op een boomstam: bied een vinger
    .body = Wil je kind in het bos over een omgevallen boom lopen, of over een laag muurtje? Pak niet meteen een hand, maar steek één vinger uit en laat je kind kiezen of het die pakt. Loop mee, je vinger steeds vlakbij. Zo zoekt je kind zelf uit hoeveel steun het nodig heeft, en jij bent er als het wiebelt. Halverwege loslaten en dan snel weer grijpen? Allebei goed.

you-build-they-knock-down =
    .title = Jij bouwt, je kind gooit om
    .body = Gooit je kind elke toren om die jij bouwt? Maak er vandaag een spel van: bouw, wacht op de ‘boem’ en doe verbaasd: ‘Hé! Alles om!’ Bouw daarna opnieuw, zo vaak als je kind wil. Je kind bepaalt het spel, en jij gaat er steeds weer voor zitten. Dat voelt als: jij speelt mijn spel mee. Zet je kind daarna zelf een blokje bovenop? Dan bouwen jullie samen.

ride-on-you-walk-alongside =
    .title = Op de loopauto: jij loopt ernaast
    .body = Rijdt je kind op een loopauto of loopfiets? Laat het zelf met de voeten duwen en sturen, ook als het langzaam gaat of steeds tegen de heg aan rijdt. Loop ernaast, zonder te duwen of te trekken. Kies het park of een rustige stoep zonder uitritten: een dreumes kan nog niet remmen voor een auto. Zelf vooruitkomen met jou ernaast geeft een groot gevoel: ik kan het, en jij bent erbij.

busy-playground-quiet-corner =
    .title = Te druk in de speeltuin? Zoek een rustig hoekje
    .body = Is het stampvol in de speeltuin, met grote kinderen die rennen en gillen, en blijft je kind stokstijf staan? Loop samen naar een rustiger plek: de zandbak aan de rand, een bankje met uitzicht. Daar kan je kind kijken zonder midden in de drukte te staan. Te veel tegelijk is zwaar voor een dreumes. Of kom terug op een stiller moment, zoals vroeg in de ochtend.

one-hand-on-the-buggy =
    .title = Handen vol? Eén handje op de buggy
    .body = Heb je je handen vol aan boodschappen of de buggy, en loopt je kind naast je? Maak een vaste plek op de buggy voor zijn hand, met een lintje eraan: ‘Jouw hand hier, mijn hand daar.’ Oefen eerst op een rustig stuk. Zo blijven jullie verbonden terwijl je kind zelf loopt. Bij een drukke oversteek pak je toch zijn hand.

a-scare-at-the-road-calm-down-after =
    .title = Schrik bij de straat: eerst samen zitten
    .body = Rende je kind ineens naar de weg, en greep je het met een schreeuw terug? Dat snelle, harde was precies goed. Nu trillen jullie allebei. Ga samen even zitten, op een bankje of muurtje aan de veilige kant, en houd je kind tegen je aan. Adem een paar keer lang uit: je kind voelt jouw lijf tot rust komen en zakt mee. Uitleggen kan later. Vertel het vanavond aan iemand; dan zakt de schrik bij jou ook.

a-plaster-for-every-bump =
    .title = Een pleister voor elk bultje
    .body = Wil je kind voor elk stootje een pleister, ook als je niets ziet? Neem de vraag serieus: kijk samen, blaas erop, en geef een kusje of een pleister. ‘Hier deed het pijn, hè?’ Voor een dreumes gaat het minder om de pleister dan om iemand die ziet dat het pijn doet. Geen pleisters meer, of al de vierde vandaag? Een kusje en een hartje met pen werken net zo goed.

tea-at-your-toddlers =
    .title = Op de thee bij je kind
    .body = Geeft je kind je een leeg kopje of een bordje met ‘eten’? Neem het aan en speel de gast: blazen omdat het heet is, slurpen, ‘Mmm, lekker! Mag ik nog wat?’ Je kind bepaalt wat er wordt ingeschonken. In dit fantasiespel oefent je kind met zorgen voor een ander, en geniet het ervan dat jij meedoet. Tien keer ingeschonken? Tien keer ‘dankjewel’ is precies goed.

teddy-comes-to-new-places =
    .title = De knuffel gaat mee, en mag ook even wennen
    .body = Gaan jullie ergens nieuw heen, naar een feest of de tandarts? Laat je kind zijn vaste knuffel meenemen en betrek die erbij: ‘Beer kijkt ook even rond. Vindt hij het spannend?’ Via de knuffel kan je kind laten zien hoe het zich voelt, zonder dat het over zichzelf hoeft te gaan. En iets vertrouwds in de armen maakt een nieuwe plek kleiner. Bij het weggaan: ‘Beer, zwaai je even?’

only-your-lap-today =
    .title = Vandaag alleen op schoot? Ook goed
    .body = Rent je kind normaal meteen naar de glijbaan, maar blijft het vandaag op je schoot? Misschien is het moe, wordt het ziek of is er thuis iets veranderd. Dwing niets: een kind gaat pas ontdekken als het zich veilig genoeg voelt, en vandaag is dat dicht bij jou. Kijk samen naar de anderen en laat je kind bijtanken. Morgen staat de glijbaan er ook nog.

a-bit-of-boredom-is-fine =
    .title = Even niks te doen? Dat mag
    .body = Hangt je kind wat rond, zonder spel of plan? Je hoeft niet meteen iets te bedenken. Blijf in de buurt, ga door met je eigen ding en zeg: ‘Ik ben hier. Wat ga jij doen?’ Een beetje verveling geeft ruimte om zelf iets te verzinnen, en dat kan een dreumes vaak beter dan je denkt: een pan, een doos, regendruppels op het raam. Echt moe of verdrietig? Dan is schoot beter.

scared-of-the-frame-after-a-fall =
    .title = Na een val: bang voor het klimrek
    .body = Is je kind van het klimrek gevallen en wil het er niet meer in de buurt komen? Zeg niet dat het niks was, en duw ook niet: ‘Je bent daar gevallen. Nu vind je het eng.’ Ga er een volgende keer samen naar kijken, zonder te hoeven klimmen. Misschien wil je kind alleen de onderste tree, met jouw hand erbij. Angst die gezien wordt, zakt vaak sneller. Het tempo is van je kind.

pebbles-in-the-water-hand-on-coat =
    .title = Steentjes in het water, jouw hand aan de jas
    .body = Wil je kind steentjes in de sloot, de vijver of de gracht gooien? Leuk: plons, en kringen op het water! Ga vlak naast je kind aan de kant staan en houd een hand aan de jas of capuchon. Een dreumes kan nog niet inschatten hoe dichtbij te dichtbij is, en uitglijden gaat in een tel. Zeg het kort: ‘Bij het water houd ik je vast.’ Zo genieten jullie allebei.

mud-allowed-old-clothes =
    .title = Modder mag: oude kleren aan
    .body = Wil je kind graven in de modder of de natte aarde? Trek vandaag oude kleren aan die vies mogen worden, en laat het kneden, scheppen en smeren. Doe even mee: handen in de modder, ‘Brr, koud en plakkerig!’ Een ontspannen gezicht van jou zegt dat ontdekken mag, ook als het een troep wordt. Handjes uit de mond, en na afloop samen wassen. De wasmachine doet de rest.

road-of-tape-for-little-cars =
    .title = Een weg van tape op de vloer
    .body = Speelt je kind graag met autootjes? Plak vandaag met afplaktape een weg op de vloer, met een bocht en een parkeerplaats, en ga er zelf naast liggen. Laat je kind rijden waar het wil, ook dwars door de bocht, en rijd af en toe met een eigen auto achter de zijne aan: ‘Tuut tuut!’ Op de grond liggen, op ooghoogte met je kind, zegt: ik ben er echt, bij jou.

dressing-up-in-your-shoes =
    .title = In jouw schoenen door de kamer
    .body = Sloft je kind rond in jouw schoenen, met jouw sjaal of pet? Speel verbaasd mee: ‘Wie komt daar binnen? O, ben jij het!’ Zet een mand neer met oude kleren, tassen en hoeden, zodat verkleden vaker kan. Je kind probeert uit hoe het is om iemand anders te zijn, het liefst iemand die het bewondert: jou. Hoge hakken en lange sjaals alleen met jou erbij.

playing-doctors-after-a-visit =
    .title = Dokter spelen na de dokter
    .body = Is je kind bij de huisarts, het consultatiebureau of in het ziekenhuis geweest? Speel het thuis na met een knuffel: naar het hartje luisteren, een pleister plakken, ‘Even prikken, au!’ Laat je kind de dokter zijn en jij de bezorgde ouder van de beer. In het spel is je kind de baas over wat spannend was, en dat helpt het te verwerken. Liever zelf patiënt? Dan ben jij een heel zachte dokter.

toddler-plays-at-being-you =
    .title = Je kind speelt jou
    .body = Vertrekt je kind met een tas ‘naar het werk’, kookt het in een pannetje of belt het met een blokje? Je kind speelt jou. Speel vandaag mee met omgedraaide rollen: jij bent het kind. ‘Ik heb honger! Mag ik op schoot?’ Laat je kind zorgen, troosten of streng zijn, net als jij. Zo oefent het hoe het is om groot te zijn. En jij hoort welke woorden van jou zijn blijven hangen.

playing-without-a-quiz =
    .title = Spelen zonder overhoren
    .body = Vraag je tijdens het spelen vaak ‘Welke kleur is dit?’ of ‘Wat zegt de koe?’ Laat die vragen vandaag weg en vertel alleen wat je ziet: ‘Jij zet de rode op de blauwe!’ Overhoren maakt van spelen een toets, met goed en fout. Vertellen zegt: ik kijk naar jou. Je kind krijgt evengoed woorden, en meer rust om te spelen. Vraagt je kind zelf ‘Wat is dat?’ Dan geef je gewoon antwoord.

teddy-goes-away-and-comes-back =
    .title = Beer gaat weg… en komt terug
    .body = Speel vandaag een afscheid na met een knuffel, met de woorden die jij zelf zegt als je weggaat: ‘Dag! Ik kom terug na het eten.’ Laat Beer zwaaien en wandel hem weg, achter de bank. Even later komt hij blij terug: ‘Daar ben ik weer!’ Zo wordt het afscheid van elke dag een verhaal dat je kind kent, met een goed einde. Pakt je kind de knuffel zelf? Dan brengt het Beer weg, en zwaai jij.

on-your-backs-in-the-grass =
    .title = Samen op je rug in het gras
    .body = Droog en zacht weer? Ga in het park of de tuin samen op je rug in het gras liggen en kijk omhoog: wolken, een vliegtuig, bewegende bladeren. Zeg weinig, wijs af en toe: ‘Daar, een vogel.’ Zo’n rustig moment samen vult je kind net zo goed als een uitje. Staat je kind na een minuut alweer op? Dan was die minuut genoeg. Blijf jij nog even liggen, als het kan.

no-need-for-a-packed-week =
    .title = Geen volle agenda nodig
    .body = Staat je week vol met peuterzwemmen, muziekles, speelafspraken en uitjes, omdat je kind toch iets moet beleven? Dat hoeft niet. Voor een dreumes zit een gewone dag al vol nieuws: de was, de vuilniswagen, de buurman met de hond, en jij erbij. Te veel programma maakt veel kinderen juist onrustig. Schrap deze week één afspraak en kijk hoe die vrije ochtend gaat.

absorbed-in-play-leave-them-be =
    .title = Helemaal verdiept? Laat je kind even
    .body = Is je kind helemaal verdiept in zijn spel, stenen sorteren of water overgieten? Onderbreek het niet met vragen, complimentjes of een beter idee. Blijf in de buurt en kijk. Zo geconcentreerd spelen is hard werken, en jouw rustige aanwezigheid maakt het mogelijk. Zoekt je kind je blik? Knik of glimlach, en laat het verdergaan. Het eten kan vaak best vijf minuten later.

a-den-of-their-own =
    .title = Een eigen hol onder de tafel
    .body = Kruipt je kind graag onder de tafel of achter de bank? Maak er een eigen hol van: een laken over de tafel, een kussen en een knuffel erin. Dit is de plek van je kind: klop aan voor je binnenkomt, en ga weg als je kind ‘nee’ zegt. Een eigen hoekje waar het de baas is, geeft een dreumes rust en het gevoel dat er geluisterd wordt. Uitgenodigd? Kruip gerust mee naar binnen.

dolly-goes-to-bed-their-way =
    .title = De pop gaat naar bed, op de manier van je kind
    .body = Legt je kind een pop of knuffel in bed, met een dekentje en ‘Slaap lekker’? Speel mee, maar volg de versie van je kind: laat het bepalen wat de pop nodig heeft. Luister goed naar wat het zegt en doet. Zo hoor je vaak wat je kind zelf belangrijk vindt bij het slapengaan, zoals een lampje of die ene knuffel. Misschien neem je morgenavond iets over uit het spel.

baby-bird-in-the-nest =
    .title = Een vogeltje in het nest
    .body = Bouw vandaag van kussens en een deken een nest op de grond. Je kind is het vogeltje, jij de grote vogel die af en aan vliegt met een denkbeeldig wurmpje: ‘Tjiep tjiep, wie heeft er honger?’ Spreid daarna je armen als vleugels en dek het vogeltje toe. Even klein zijn en verzorgd worden is voor een drukke ontdekker fijn bijtanken. Wil je kind daarna de grote vogel zijn? Dan zit jij in het nest.

same-toys-different-room =
    .title = Hetzelfde speelgoed, een andere plek
    .body = Is je kind hangerig en zegt het speelgoed hem niks meer? Verhuis het spel eens: de blokken naar de gang, de autootjes naar de keukenvloer, een bak met lepels en bekers naar het balkon. Op een andere plek zien bekende dingen er nieuw uit, en je hoeft niets te kopen. Jij gaat mee, met je koffie. Werkt het niet? Dan is je kind misschien moe, en is jouw schoot het beste.

sock-puppet-that-asks =
    .title = Een sokpop die vragen stelt
    .body = Trek een oude sok over je hand, teken er twee ogen op en laat de pop praten met een grappig stemmetje: ‘Hallo! Wat ben jij aan het doen?’ Veel dreumesen reageren op een pop heel anders dan op jou: ze geven hem een kus, een hapje of een boze blik. Laat de pop vooral luisteren en verbaasd zijn. Wil je kind zelf de pop? Dan praat jij tegen de sok.

scared-of-the-lion =
    .title = Jij bent bang voor de leeuw
    .body = Speel vandaag dat je kind een leeuw of een dinosaurus is. Brult het? Schrik dan overdreven en verstop je achter een kussen: ‘Help, een leeuw!’ Een dreumes is de hele dag klein tussen grote mensen; in dit spel mag het eens groot en sterk zijn. Kijkt je kind ineens onzeker? Kom dan lachend tevoorschijn: ‘Ik ben het gewoon, en jij bent mijn leeuw.’

bye-slide-see-you-tomorrow =
    .title = Dag zeggen tegen de glijbaan
    .body = Is weggaan uit de speeltuin elke keer een strijd? Maak er een vast afscheidsrondje van: ‘Dag glijbaan, dag schommel, dag eendjes. Tot morgen!’ Laat je kind zwaaien of even op de glijbaan tikken. Een vast ritueel maakt van een plotselinge stop een afsluiting met een belofte: het is er morgen nog. Protest mag ook; je zegt nog één keer ‘tot morgen’ en jullie gaan.

people-watching-from-a-bench =
    .title = Samen mensen kijken vanaf een bankje
    .body = Zit je met je kind op een bankje, op het plein of bij het station? Kijk samen naar wie er langskomt en vraag je hardop af wat er in hen omgaat: ‘Die meneer rent. Zou hij de bus willen halen?’ ‘Die hond trekt aan de riem. Hij wil vast naar huis.’ Zo hoort je kind dat iedereen iets wil en voelt, ook wie je niet kent. Wijst je kind zelf iemand aan? Verzin er samen een verhaaltje bij.

out-with-a-torch =
    .title = Met een zaklamp naar buiten
    .body = Wordt het vroeg donker? Trek jassen aan en ga na het eten even samen naar buiten, met een zaklamp die je kind zelf vasthoudt. Schijn op een boom, een fiets, de brievenbus. Het donker is spannend en een beetje eng; met jouw hand erbij wordt het een avontuur. Kort is genoeg. Is het nog lang licht? Doe thuis de gordijnen dicht en zoek met de zaklamp de knuffels.

the-same-horse-every-week =
    .title = Elke week naar hetzelfde paard
    .body = Is er bij jou in de buurt een wei met een paard, geiten of eenden? Maak er een vaste wandeling van, bijvoorbeeld op zaterdagochtend. Onderweg vertel je al: ‘We gaan naar het paard. Zou hij er zijn?’ Een uitje dat steeds terugkomt geeft je kind iets om naar uit te kijken, en iets wat klopt. Is het paard er een keer niet? ‘Hij is ergens anders. Volgende week weer.’

bus-or-train-by-the-window =
    .title = In de bus of trein: samen bij het raam
    .body = Ga je met je kind met de bus of de trein? Neem het op schoot of zet het naast je bij het raam, en kijk samen naar buiten: ‘Kijk, een brug. Nu stoppen we.’ Geluiden, deuren en vreemde mensen zijn veel tegelijk; jouw arm om je kind en jouw stem zijn het vaste punt in een rijdende wereld. Bijna uitstappen? Zeg het een halte van tevoren.

day-out-leave-on-a-high =
    .title = Een dagje uit: ga weg op een hoogtepunt
    .body = Naar de dierentuin, een pretpark of een festival? Voor een dreumes is zo’n dag een storm van geluid, mensen en indrukken. Let op de eerste tekens dat het genoeg is: in de ogen wrijven, hangen, zeuren of juist heel druk worden. Ga dan naar huis of een rustig plekje, ook als je niet alles gezien hebt. Een kort uitje dat goed afloopt, is meer waard dan een lang uitje vol tranen.

merry-go-round-wave-each-time =
    .title = In de draaimolen: zwaaien bij elk rondje
    .body = Wil je kind in de draaimolen, maar durft het nog niet alleen? Rijd de eerste keer mee. Wil het daarna zelf, ga dan op een vaste plek langs de kant staan, waar je kind je elk rondje ziet, en zwaai steeds: ‘Daar ben je weer!’ Weg en weer terug, en jij staat er telkens: een oefenrondje in loslaten. Kijkt je kind angstig? Vraag of de molen kan stoppen.

hiding-in-the-shop-is-no-game =
    .title = Verstoppen in de winkel is geen spel
    .body = Verstopt je kind zich graag tussen de kledingrekken, of rent het giechelend weg in de winkel? Thuis is verstoppertje heerlijk, buiten de deur niet. Spreek het vooraf kort af: ‘In de winkel blijf je bij mij. Verstoppen doen we thuis.’ En houd je woord: speel die middag thuis echt verstoppertje. Zo hoeft je kind het spel niet op te geven; het krijgt een eigen plek.

do-you-know-the-way =
    .title = ‘Weet jij de weg?’
    .body = Loop je vaak dezelfde route, naar de speeltuin of de bakker? Vraag onderweg eens: ‘Weet jij de weg? Laat maar zien!’ Volg je kind bij de bochten, ook als het de verkeerde kant op gaat, en loop zelf aan de straatkant. Jou de weg wijzen geeft een groot gevoel: ik ken mijn wereld, en jij loopt met mij mee. Verkeerd gelopen? Dan zoeken jullie samen de weg terug.

rolling-down-a-grassy-slope =
    .title = Samen van een grasheuvel rollen
    .body = Is er in het park een zachte grashelling of een duin, zonder struiken of water onderaan? Ga bovenaan liggen en rol samen naar beneden, je kind vlak naast je. Beneden: gras in je haar, gelach en een knuffel. Zo’n wilde beweging met jou erbij is spannend en veilig tegelijk. Wordt je kind duizelig of verdrietig? Blijf dan samen zitten tot de wereld weer stilstaat.

carrying-everything-here-to-there =
    .title = Alles van hier naar daar slepen
    .body = Sjouwt je kind de hele dag dingen van de ene kamer naar de andere, stopt het alles in tassen en haalt het er weer uit? Het lijkt doelloos, maar dit is serieus spelen: vullen, dragen, legen. Geef je kind een eigen tas of mandje en laat het zijn gang gaan. Vraag eens: ‘Wat breng je me?’ en neem de levering aan. Sleutels kwijt? Kijk eerst in het mandje.

painting-the-fence-with-water =
    .title = De schutting verven met water
    .body = Geef je kind buiten een emmertje water en een grote kwast, en laat het de schutting of de stoep ‘verven’. Het water maakt donkere vlekken die langzaam verdwijnen, dus het kan eindeloos. Pak zelf ook een kwast en vraag: ‘Waar moet ik verven?’ Je kind is de baas van de klus, en dat geeft een groot gevoel. Blijf erbij en gooi de emmer daarna leeg.

your-toddler-directs-the-story =
    .title = Je kind is de regisseur
    .body = Speelt je kind met poppetjes, dieren of auto’s een verhaaltje? Vraag vandaag bij elke stap: ‘En wat gaat de koe nu doen?’, en doe wat je kind zegt, ook als het nergens op slaat. De koe vliegt? Dan vliegt de koe. Zo merkt je kind dat zijn ideeën tellen en dat jij meespeelt in zijn wereld. Zegt je kind nog weinig? Dan wijst of duwt het, en ook dat is regie.

pretend-to-sleep-be-woken =
    .title = Doe alsof je slaapt, en laat je wekken
    .body = Ga op de bank of de grond liggen, doe je ogen dicht en snurk hardop. Maakt je kind je wakker, met een por, een kus of ‘Wakker worden!’? Schrik wakker en roep blij: ‘Daar ben je!’ En nog eens. Even weg en toch dichtbij, en je kind bepaalt wanneer je terugkomt: veel dreumesen kunnen dit eindeloos spelen. En jij ligt even. Ruilen mag ook: nu slaapt je kind en maak jij het wakker.

jump-and-i-will-catch-you =
    .title = ‘Spring maar, ik vang je!’
    .body = Wil je kind van een laag muurtje of de rand van de zandbak springen? Ga er vlak voor staan, armen open, en tel samen: ‘Een, twee… drie!’ Vang je kind op en zet het weer neer. Nog een keer? Elke sprong in je armen zegt: als ik iets durf, ben jij er. Kies een lage plek met zachte grond eronder. Springt je kind liever zelf, met twee voeten tegelijk? Houd dan alleen een hand vast, en juich.


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
    .body = Duwt je kind een ander kind weg bij de glijbaan of de zandtafel? Ga ernaast staan, houd de duwende hand vast, en geef je kind de woorden die het nog mist: ‘Jij wilt ook. Zeg maar: ‘Ik ook!’’ Of: ‘Zeg: ‘Stop!’’ Oefen het zinnetje samen. Een duw is vaak een zin die er nog niet uit kan. Hoe meer woorden je kind krijgt, hoe minder de handen hoeven te zeggen. Dat duurt maanden; blijf herhalen.

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


cuddly-toy-may-join-the-bed =
    .title = Nu mag de knuffel mee in bed
    .body = Is je kind één jaar of ouder? Dan mag er een kleine, zachte knuffel mee in bed, zonder losse oogjes of lange linten; een kussen of dekbed is nog niet nodig. Laat je kind er zelf een kiezen en geef de knuffel een plek in het slaapritueel: ‘Beer gaat ook slapen.’ Zo heeft je kind ’s nachts iets vertrouwds vast als jij er even niet bent. Geen interesse? Ook goed: niet elk kind wil er een.

a-taste-from-your-plate =
    .title = Een hapje van jouw bord
    .body = Eet je dreumes steeds vaker mee met de pot? Geef vandaag een hapje van je eigen bord, en proef eerst zelf, goed zichtbaar: ‘Mmm, rijst met spinazie.’ Kinderen lezen aan jouw gezicht af of iets te vertrouwen is, en eten wat jij eet voelt als erbij horen. Schep het deel van je kind apart op voordat er veel zout of pittige kruiden in gaan. Snijd ronde stukjes, zoals druiven, in de lengte in vieren.

drink-cup-within-reach =
    .title = Dorst? Een beker binnen handbereik
    .body = Wijst je kind naar de kraan of roept het ‘drinken!’? Zet vandaag een eigen beker water met een dekseltje op een vaste, lage plek, bijvoorbeeld op een krukje in de woonkamer, en laat je kind hem zelf pakken. Zo voelt je kind wat het nodig heeft en kan het er zelf iets mee, met jou dichtbij als het niet lukt. Dat kleine ‘ik kan het zelf’ doet een dreumes goed. Liever samen drinken? Ook goed.

jab-in-the-second-year =
    .title = Een prik in het tweede jaar: zeg het eerlijk
    .body = Staat er binnenkort een prik op het consultatiebureau? Je kind begrijpt nu meer dan je denkt. Vertel het op de dag zelf, kort en eerlijk: ‘Je krijgt een prikje. Dat doet even pijn, en ik houd je vast.’ Beloof niet dat het geen pijn doet. Neem de knuffel mee en troost daarna zo lang als nodig. Zo leert je kind dat jouw woorden kloppen.

hair-wash-look-at-the-ceiling =
    .title = Haren wassen: jouw kind zegt ‘nu!’
    .body = Huilt je kind bij het haren wassen? Geef het de regie over het moment: ‘Zeg jij maar wanneer het water mag komen.’ Wacht echt op dat ‘nu!’ of een knikje, en spoel dan kort. Een vrolijk plaatje aan het plafond laat het hoofd vanzelf naar achteren kantelen: minder water in de ogen. Wie zelf mag bepalen wanneer iets spannends gebeurt, kan het beter aan. Houd in bad altijd een hand bij je kind.

bedtime-bottle-before-brushing =
    .title = De avondfles vóór het tandenpoetsen
    .body = Valt je kind in slaap met een fles melk in bed? Verplaats de fles vanaf vandaag naar de bank: samen drinken op schoot, daarna tandenpoetsen en dan naar bed. Na het poetsen alleen nog water; dat is beter voor de tandjes. Het knuffelen bij de fles blijft, alleen de plek verandert. Protesteert je kind de eerste avonden? Blijf er dan wat langer bij zitten in bed.

back-teeth-coming-through =
    .title = Kiezen komen door: kauwen doet pijn
    .body = Wil je kind ineens niet meer op een broodkorst kauwen, en gaan de handjes steeds naar de mond? Misschien komen de kiezen door. Geef een paar dagen zachter eten, zoals pap, yoghurt of banaan, en een koud (niet bevroren) washandje om op te bijten. Zeg wat je ziet: ‘Je mond doet pijn, hè?’ Minder eten op zulke dagen is niet erg. Twijfel je over pijnstilling? Vraag het de huisarts.

food-on-the-floor-means-done =
    .title = Eten op de grond? Misschien is het klaar
    .body = Gooit je dreumes halverwege de maaltijd het eten van het bord, of smeert het alleen nog rond? Vaak betekent dat: ik heb genoeg. Vraag het: ‘Ben je klaar? Dan gaat het bord weg.’ Haal het bord rustig weg, zonder boze stem, en laat je kind uit de stoel. Zo merkt het dat zijn signaal aankomt. Later leert het ‘klaar’ te zeggen of te gebaren, en dan gooit het minder.

stomach-bug-night =
    .title = ’s Nachts overgeven: eerst troosten
    .body = Wordt je kind ’s nachts wakker en heeft het overgegeven? Dat is eng voor een klein kind. Til het eerst op en zeg rustig: ‘Je hebt gespuugd. Dat is naar. Ik ben bij je.’ Het bed kan wachten. Bied de uren erna vaak kleine slokjes drinken. Drinkt je kind slecht, plast het veel minder of is het erg suf? Bel de huisarts of ’s nachts de huisartsenpost.

undressing-is-the-new-skill =
    .title = Sokken uit, overal? Een nieuwe kunst
    .body = Trekt je dreumes steeds de sokken, schoenen of muts uit, ook in de auto of op straat? Dat is een nieuwe kunst, en je kind is er trots op. Geef er vandaag een eigen moment voor: vóór het bad mag alles zelf uit, met jouw applaus. Buiten zeg je vriendelijk: ‘Je schoenen blijven aan. Thuis mag je ze uittrekken.’ Uitkleden lukt meestal ruim eerder dan aankleden; dat hoort zo.

short-bedtime-on-a-tired-night =
    .title = Moe? Het korte slaapritueel mag ook
    .body = Ben je vanavond doodop, en zie je op tegen het hele ritueel? Doe dezelfde stappen in dezelfde volgorde, maar korter: één bladzijde in plaats van het hele boekje, één couplet van het liedje, een kort ‘Slaap lekker, tot morgen.’ Je kind herkent de volgorde, en daar zit de rust in, niet in de lengte. Een korte avond is geen mislukte avond; morgen mag het weer langer.

coughing-night-upright =
    .title = Een hoestnacht: rechtop in je armen
    .body = Ligt je kind ’s nachts te hoesten en wordt het er steeds wakker van? Til het op, houd het rechtop tegen je aan en praat zacht: ‘Je moet hoesten, hè. Ik houd je vast.’ Rustig ademen tegen jouw lijf helpt je kind weer tot rust te komen. Daarna terug in bed. Blaffende hoest, piepen, of ademt je kind moeilijk? Bel de huisarts of ’s nachts de huisartsenpost.

painting-lotion-after-the-bath =
    .title = Na het bad: insmeren als schilderen
    .body = Ligt je dreumes na het bad niet meer stil voor een massage? Maak er schilderen van. Doe eventueel een beetje ongeparfumeerde crème of olie op je vinger, nooit noten- of olijfolie, en ‘schilder’ samen op armen en buik: ‘Een streep op je knie!’ Laat je kind daarna jouw hand insmeren. Aanraking hoeft niet stil en plechtig te zijn. Loopt je kind weg? Dan is het schilderwerk klaar.

second-wind-at-bedtime =
    .title = Vlak voor bedtijd ineens heel druk
    .body = Rent je kind ’s avonds opeens wild door de kamer, lacht het overdreven of struikelt het vaker? Dat lijkt energie, maar is vaak juist oververmoeidheid. Begin morgen een kwartier eerder met het slaapritueel, dim op tijd het licht en kies rustig spel. Een dreumes voelt zelf nog niet goed wanneer het moe is; jij leest het af aan de eerste gaap of het wrijven in de ogen.

clamped-mouth-teddy-brushes-first =
    .title = Mond op slot? Beer eerst
    .body = Knijpt je kind de lippen stijf dicht zodra de tandenborstel komt? Poets eerst de tanden van een knuffel, met veel geluid: ‘Krrr, krrr, boven, onder.’ Laat je kind daarna Beer poetsen, en dan is je kind zelf aan de beurt. Tel hardop tot tien per kant, zodat je kind weet wanneer het ophoudt. Een einde dat je ziet aankomen maakt stilhouden makkelijker. Lukt het vandaag maar half? Morgen weer.

still-breastfeeding-your-own-pace =
    .title = Nog borstvoeding na de eerste verjaardag?
    .body = Geef je nog borstvoeding, en hoor je ‘Nog steeds?’ Hoe lang je doorgaat, bepalen jij en je kind; er is geen leeftijd waarop het moet stoppen. Een vriendelijk ‘Zo past het bij ons’ is genoeg. Wil je zelf minderen? Dat mag ook, in je eigen tempo. Twijfel je over voeding, of wil je hulp bij het afbouwen? Het consultatiebureau denkt graag mee.

not-everything-is-teething =
    .title = Niet alles komt door de tandjes
    .body = Is je kind al dagen hangerig, en zegt iedereen: dat zijn de kiezen? Kijk vandaag ook verder. Koorts, trekken aan een oor, slecht drinken, of anders dan anders? Bel dan de huisarts, of ’s avonds en in het weekend de huisartsenpost. Doorkomende tanden maken een kind vaak wat onrustig, maar niet echt ziek. Jij kent je kind het best; bel ook als het alleen een onderbuikgevoel is.

no-more-one-more-bite =
    .title = Geen ‘nog één hapje’ meer
    .body = Eindigt het eten vaak in onderhandelen: nog één hapje, dan krijg je een toetje? Probeer vandaag een andere verdeling: jij bepaalt wat er op tafel komt en wanneer, je kind bepaalt hoeveel het daarvan eet. Schep kleine porties op; meer kan altijd. Zo hoeft je kind niet te vechten om naar zijn eigen buik te luisteren. Zorgen over groei of gewicht? Bespreek ze op het consultatiebureau.

chickenpox-itch-stay-close =
    .title = Waterpokken: jeuk, en jij dichtbij
    .body = Heeft je kind waterpokken en krabt het steeds? Knip de nagels kort, kies luchtige katoenen kleren en dep jeukende plekjes met een koel, nat washandje. Een boekje op schoot geeft de handjes iets anders te doen. Jeuk maakt prikkelbaar; jouw rustige aandacht helpt erdoorheen. Lijkt je kind erg ziek of suf, of wordt een plek rood, warm en pijnlijk? Bel de huisarts, ’s avonds de huisartsenpost.

head-shoulders-knees-drying-off =
    .title = Afdrogen op ‘Hoofd, schouders, knie en teen’
    .body = Droog je kind vandaag na het bad af op ‘Hoofd, schouders, knie en teen’: bij elk woord dep je dat stukje met de handdoek. Eerst langzaam, dan sneller, en op het eind heel zacht. Liedje en aanraking samen maken van een klusje een spelletje, en je kind leert intussen zijn lijf kennen. Wijst je kind zelf al een knie aan voordat jij er bent? Laat het dan de maat aangeven.

wide-awake-at-three-am =
    .title = Om drie uur ’s nachts klaarwakker
    .body = Ligt je kind midden in de nacht een uur lang vrolijk wakker, klaar om te spelen? Blijf in de buurt, maar maak het saai: weinig licht, zachte stem, geen speelgoed of scherm. Ga desnoods naast het bed zitten met je ogen half dicht. Je kind is niet alleen, en merkt toch: de nacht is om te rusten. Zulke nachtelijke feestjes gaan meestal vanzelf weer over.

light-evenings-or-clock-change =
    .title = Lichte avonden of de klok verzet?
    .body = Gaat de klok binnenkort een uur verzet, of is het ’s avonds nog licht als je kind naar bed gaat? Schuif het slaapritueel een paar dagen telkens tien minuten op, in plaats van een heel uur ineens. Hang in de zomer iets verduisterends voor het raam, zodat de slaapkamer voelt als altijd. Een paar dagen vroeg wakker of moeilijk inslapen hoort erbij. Het vertrouwde ritueel schuift gewoon mee.

cuddly-toy-lost =
    .title = Knuffel kwijt
    .body = Is de knuffel kwijt, in de bus, bij oma of ergens in huis? Neem het verdriet serieus: ‘Je mist Beer. Dat is echt verdrietig.’ Zoek samen en bel waar je geweest bent. Is Beer bij het slapengaan nog zoek? Zeg het eerlijk: ‘We hebben Beer nog niet gevonden. Vannacht blijf ik wat langer bij je.’ En doe dat ook. Blijft hij echt weg, laat je kind dan een nieuwe kiezen; vertrouwd worden kost even tijd.

toddler-in-your-bed-at-night =
    .title = ’s Nachts bij jou in bed
    .body = Komt je kind ’s nachts bij jou in bed, of haal je het erbij omdat dat sneller rust geeft? Dichtbij slapen verwent niet, maar wees voorzichtig: nooit als een volwassene in dat bed alcohol, drugs of slaapmiddelen op heeft of rookt, en nooit samen op de bank. Let op: geen kier bij de muur, niet eruit kunnen vallen, niet onder jouw kussen of dekbed. Te krap? Een matras naast je bed is ook dichtbij.

medicine-without-tricks =
    .title = Medicijn innemen, zonder trucjes
    .body = Moet je kind een drankje van de huisarts nemen, en gaat de mond op slot? Zeg eerlijk hoe het smaakt: ‘Het is een beetje vies, en het helpt je beter worden.’ Geef je dreumes een keuze: ‘Duw jij het spuitje in, of doe ik het?’ Meehelpen maakt het minder een overval. Noem medicijnen nooit snoep, en berg ze daarna hoog en dicht op. Alles uitgespuugd? Geef niet zelf opnieuw; vraag de huisarts.

set-snack-times =
    .title = Vaste tussendoortjes, trek aan tafel
    .body = Eet je kind de hele dag kleine beetjes, en bij het avondeten bijna niets? Kies vandaag vaste momenten voor een tussendoortje, bijvoorbeeld halverwege de ochtend en de middag, en eet die samen, zittend aan tafel. Daartussen is er water. Een dreumes die weet wanneer er eten komt, hoeft niet steeds te vragen en komt met trek aan tafel. Zittend eten is bovendien veiliger dan rondlopen met eten.

nap-only-in-the-buggy =
    .title = Slaapt je kind alleen in de buggy?
    .body = Valt je kind overdag alleen in slaap in de buggy of de auto, en lukt het in bed niet? Voor nu is dat geen probleem. Maak er een vaste wandeling van, op dezelfde tijd en dezelfde route, en laat je kind daarna uitslapen waar het ligt, met jou in de buurt. In bed proberen kan later weer. Gebruik de wandeling ook voor jezelf: frisse lucht en even niets moeten.

hot-night-feel-the-neck =
    .title = Een warme nacht: voel in het nekje
    .body = Woelt je kind in een warme zomernacht en wordt het bezweet wakker? Voel in het nekje of op de rug; koele handjes zeggen weinig. Kies een dunne slaapzak of alleen een rompertje, houd overdag de gordijnen dicht en zet ’s avonds een raam open. Bied water en veeg met een lauw washandje over armen en benen. Je kind kan nog niet zeggen dat het te warm is; jij leest het af aan zijn lijf.

hiding-to-poo =
    .title = Verstoppen om te poepen
    .body = Kruipt je kind achter het gordijn of in een hoekje om te poepen, met een rood hoofd? Dat is een mooi teken: je kind voelt wat zijn lijf doet. Laat het even met rust en zeg daarna gewoon: ‘Je hebt gepoept, hè? Kom, een schone luier.’ Trek geen vies gezicht; je kind merkt hoe jij over zijn lijf praat. Het potje komt later; het voelen is al begonnen.

eating-from-a-shared-dish =
    .title = Samen eten uit één schaal
    .body = Eet je familie graag uit een gezamenlijke schaal, met brood of met de handen? Laat je kind vandaag gewoon meedoen: een stukje brood om mee te dippen, een hoekje van de schaal dat van je kind is. Eten zoals jullie thuis eten, laat je kind voelen dat het erbij hoort, bij de tafel en bij de familie. Zet hete schalen buiten bereik en proef eerst of het niet te heet of te pittig is.

dinner-falls-apart-eat-earlier =
    .title = Avondeten loopt uit op huilen? Eet eerder
    .body = Huilt, gooit of hangt je kind elke avond aan tafel? Vaak komt het eten dan gewoon te laat voor een moe lijfje. Probeer deze week eerder te eten, of geef je kind rond vijf uur een klein warm bordje en laat het later gezellig aanschuiven met iets kleins. Een uitgeruste dreumes eet rustiger en heeft meer zin in samen. Het hoeft niet elke dag zo; kijk wat bij jullie past.

showering-together =
    .title = Samen douchen in plaats van badderen
    .body = Geen bad in huis, of op vakantie alleen een douche? Ga samen onder de douche: lauw water met een zachte straal, je kind op een antislipmatje aan je voeten. Laat het de douchekop even zelf vasthouden en op jouw benen richten. Zo wordt spannend water een spel met jou. Wil je kind niet? Begin met alleen handen en voeten, jij ernaast. Voel altijd eerst zelf hoe warm het water is.

fever-night-mattress-beside-them =
    .title = Een koortsnacht: slaap even dicht bij je kind
    .body = Heeft je kind koorts en wordt het ’s nachts steeds huilend wakker? Leg voor een nacht of twee een matras naast het bed van je kind, of zet het bedje bij jou. Dan ben je er meteen, zonder door het huis te lopen, en hoort je kind je ademen. Bied vaak iets te drinken aan. Lijkt je kind erg ziek, is het suf, drinkt het slecht of maak je je zorgen? Bel de huisarts of ’s nachts de huisartsenpost.

following-you-to-the-toilet =
    .title = Je kind loopt mee naar de wc
    .body = Komt je kind achter je aan als je naar de wc gaat? Vind je het goed, laat het dan meekijken en vertel rustig wat je doet: ‘Ik plas op de wc. Nu papier, doortrekken, handen wassen.’ Zo leert je kind stap voor stap wat er op de wc gebeurt, zonder druk. Vind je het te privé? Zeg dan vriendelijk: ‘Ik ben even op de wc, ik kom zo terug.’ Allebei is goed.

from-high-chair-to-a-big-chair =
    .title = Van kinderstoel naar grote stoel
    .body = Wil je kind niet meer in de kinderstoel, maar ‘net als jij’ aan tafel? Kijk of er een stoelverhoger met riempje op een gewone stoel kan, zodat je kind veilig en op de goede hoogte zit. Laat je kind zelf helpen de stoel aan tafel te schuiven. Een eigen plek aan de grote tafel maakt veel dreumesen trots, en vaak ook rustiger. Wil het toch weer in de kinderstoel? Ook prima.

suddenly-picky-one-safe-food =
    .title = Ineens kieskeurig? Eén vertrouwd hapje erbij
    .body = Lust je kind ineens niets meer van wat het vroeger graag at? Dat zie je vaak in het tweede jaar, en meestal gaat het weer over. Leg vandaag steeds iets op het bord dat je kind bijna altijd eet, zoals brood of rijst, met een klein beetje van het nieuwe ernaast. Zet dat nieuwe er steeds weer bij, zonder commentaar; je kind mag het laten liggen. Zorgen over groei? Vraag het consultatiebureau.

clinic-visit-wont-perform =
    .title = Doet je kind niet mee op het consultatiebureau?
    .body = Wil je kind op het consultatiebureau geen blokjes stapelen of geen woordje zeggen, terwijl het dat thuis allang doet? Heel gewoon: een vreemde kamer en vreemde vragen maken veel dreumesen stil. Vertel wat je thuis ziet, of laat een kort filmpje zien; dat telt net zo goed. Je kind hoeft niet te ‘presteren’. Zeg na afloop iets liefs: ‘Dat was spannend, hè? Je mocht gewoon kijken.’

stopping-night-feeds-another-carer =
    .title = Stoppen met voeden ’s nachts: een ander gaat
    .body = Wil je stoppen met de borst of de fles ’s nachts? Laat een tijdje iemand anders die je kind goed kent ’s nachts gaan: je partner als je die hebt, of een oma die een paar nachten logeert. Die troost met armen en een zacht liedje, en geeft zo nodig water. Je kind protesteert waarschijnlijk: het mist iets fijns. Blijf troosten, in je eigen tempo. Er komt nog steeds iemand.

a-bad-dream =
    .title = Wakker geschrokken van een nare droom
    .body = Wordt je kind ’s nachts huilend wakker, alsof het iets engs droomde? Ga er snel heen, pak het op of leg een hand op de rug, en zeg: ‘Je bent geschrokken. Je ligt in je eigen bed, en ik ben hier.’ Veilig, gezien en getroost: meer is nu niet nodig. Uitleg kan later. Doe een zacht lampje aan als dat helpt, en blijf tot je kind weer rustig ademt.

picky-eater-helps-prepare =
    .title = Kieskeurig? Laat je kind meehelpen in de keuken
    .body = Eet je kind bijna niets nieuws? Laat het vandaag meehelpen met iets wat straks op tafel komt: tomaatjes wassen, sla scheuren, erwtjes in de pan doen. Geef een stukje om te ruiken of te proeven, zonder dat het moet. Wat je kind zelf in handen had, is op het bord minder vreemd. En samen in de keuken staan is ook gewoon gezellig. Messen en hete pannen blijven bij jou.

washing-the-cuddly-toy =
    .title = De knuffel moet in de was
    .body = Is de knuffel echt vies en moet hij in de was? Doe het overdag, niet vlak voor bedtijd, en laat je kind meekijken: ‘Beer gaat in bad.’ Zit samen voor de machine of hang Beer samen aan de lijn. Een schone knuffel ruikt ineens anders, en dat kan een kind van slag brengen. Houd hem een poosje tegen je aan of leg hem een nacht bij je kussen: dan ruikt hij weer vertrouwd.

body-curiosity-in-the-bath =
    .title = Nieuwsgierig naar het eigen lijf
    .body = Voelt je kind in bad of bij het verschonen aan de piemel of de vulva? Dat is gewone nieuwsgierigheid, net als aan tenen of oren zitten. Reageer rustig en noem de lichaamsdelen gewoon bij hun naam, zoals je ook ‘knie’ of ‘neus’ zegt. Zo leert je kind dat er aan zijn lijf niets vies of geheims is. Heb je er vragen over? Het consultatiebureau hoort ze vaker dan je denkt.

evening-at-the-huisartsenpost =
    .title = ’s Avonds naar de huisartsenpost
    .body = Moet je kind ’s avonds naar de huisartsenpost, na een val of met hoge koorts? Bel eerst; moet je komen, neem dan de knuffel, een luier en drinken mee. Pyjama aan mag. Houd je kind op schoot, praat rustig en zeg wat er gebeurt: ‘De dokter kijkt in je oor.’ Jouw kalmte is nu het meest vertrouwde dat je kind heeft. Thuis: een knuffel, voor jullie allebei.

dummy-only-in-bed-for-now =
    .title = De speen minderen: eerst alleen nog in bed
    .body = Heeft je kind overdag vaak de speen in, en wil je dat minderen? Begin klein: de speen hoort voortaan bij het bed. Zet er een bakje neer, waar je kind hem ’s ochtends zelf in legt: ‘Speen gaat rusten, tot vanavond.’ Troost overdag met je armen, een liedje of de knuffel. In bed mag de speen, zonder koordje of clip. Lukt het een dag niet? Morgen weer. Helemaal stoppen komt later.

lying-beside-them-until-asleep =
    .title = Blijf je tot je kind slaapt?
    .body = Lig of zit je elke avond bij je kind tot het slaapt? Dat is prima, als het voor jou goed voelt. Wil je het veranderen? Doe het in kleine stapjes: eerst je hand op de rug, na een paar avonden naast het bed zitten, later bij de deur. Blijf neuriën, zodat je kind hoort dat je er bent. Raakt je kind echt van streek? Ga weer een stapje dichterbij. Het tempo vinden jullie samen.

brushing-side-by-side-at-the-mirror =
    .title = Tandenpoetsen naast elkaar voor de spiegel
    .body = Wil je kind zijn tanden ‘zelf!’ poetsen? Zet het op een stevig opstapje voor de spiegel, naast jou, ieder met een eigen borstel. Poets tegelijk en trek gekke poetsgezichten naar elkaar in de spiegel. Eerst poetst je kind zelf, daarna poets jij kort na: ‘Nu maak ik ze glimmend.’ Zelf en samen gaan prima samen. Blijf erbij zolang je kind op het opstapje staat.

late-nap-late-bedtime =
    .title = Laat slaapje, strijd bij bedtijd?
    .body = Slaapt je kind ’s middags tot vier of vijf uur, en ligt het ’s avonds nog lang wakker? Leg het middagslaapje deze week wat eerder, kort na de lunch, of wek je kind zacht als het al lang slaapt: gordijnen open, jouw stem, rustig wakker worden op schoot. Dan is je kind ’s avonds weer moe op het gewone moment. Elk kind heeft een eigen ritme; kijk wat bij het jouwe past.

scared-to-poo-after-it-hurt =
    .title = Bang om te poepen omdat het pijn deed
    .body = Knijpt je kind de billen samen, gaat het op de tenen staan of kruipt het huilend weg als de poep eraan komt? Vaak deed een harde poep eerder pijn, en nu is het bang. Zeg wat je ziet: ‘Je bent bang dat het weer pijn doet. Ik blijf bij je.’ Geef veel water, fruit en groente, zonder haast of druk. Blijft het zo, zie je bloed of heeft je kind veel buikpijn? Vraag de huisarts om raad.

telling-you-after-a-wee =
    .title = ‘Plas!’ Je kind vertelt het je
    .body = Wijst je kind naar de luier, of zegt het ‘plas’ of ‘poep’ nadat het al gebeurd is? Bedank het: ‘Goed dat je het zegt! Kom, we doen een schone luier.’ Dit is een eerste stapje: je kind merkt wat zijn lijf doet en deelt het met jou. Het hoeft nog niet van tevoren, en een potje hoeft nog niet. Laat vooral merken dat vertellen altijd welkom is.

bath-too-exciting-move-it =
    .title = Maakt het bad je kind juist wakker?
    .body = Wordt je kind van het bad vooral druk en spetterig, en duurt het daarna lang voor het slaapt? Dan hoeft het bad niet in het slaapritueel. Verplaats het naar de middag of het weekend, en houd de avond rustig met tandenpoetsen, pyjama en een liedje. Bij het ene kind brengt het bad rust, bij het andere juist energie. Jij ziet wat het bij jouw kind doet.

afraid-of-the-dark =
    .title = Bang in het donker
    .body = Wil je kind ineens niet meer in het donker liggen, of wijst het bang naar een schaduw? Kijk overdag samen in de slaapkamer: de jas aan de deur, de lamp, de gordijnen. Doe ’s avonds het licht even uit en weer aan: ‘Kijk, het is gewoon je jas.’ Een klein, zacht nachtlampje mag. Neem de angst serieus, ook als jij weet dat er niets is. Met jou erbij wordt het donker minder groot.

last-breastfeed-mixed-feelings =
    .title = De laatste voeding: opluchting en gemis
    .body = Stopt de borstvoeding bijna, of was vandaag de laatste keer? Veel ouders voelen opluchting en verdriet tegelijk, soms ook een dipje door de hormonen. Dat mag allemaal. Maak er een klein moment van: een foto, een paar woorden tegen je kind, of gewoon lang samen op de bank. De nabijheid stopt niet, ze krijgt een andere vorm. Voel je je weken somber? Bespreek het met de huisarts.

small-operation-day =
    .title = Een kleine operatie: jij gaat mee
    .body = Krijgt je kind een kleine operatie, bijvoorbeeld aan de oren? Vraag het ziekenhuis of je mee mag tot je kind slaapt, en erbij mag zijn als het wakker wordt. Mag je kind die ochtend niet eten? Houd eten uit zicht en bied afleiding en je schoot. Neem de knuffel en het eigen dekentje mee. Je kind hoeft niet te snappen wat er gebeurt; jouw gezicht bij inslapen en wakker worden zegt genoeg.

scooping-their-own-food =
    .title = Zelf opscheppen
    .body = Zet vandaag een klein schaaltje met een lepel voor je kind neer, bijvoorbeeld met rijst of erwtjes, en laat het zelf opscheppen op het eigen bord. Het gaat langzaam en er valt wat naast; dat hoort erbij. Een dreumes die aan tafel zelf iets mag regelen, voelt zich groot en serieus genomen. Zeg wat je ziet: ‘Je hebt zelf opgeschept!’ Hete pannen en schalen blijven bij jou.

no-nap-today-quiet-hour =
    .title = Vandaag geen middagslaapje? Een rustuurtje
    .body = Slaapt je kind vandaag niet, hoe je ook je best doet? Houd het middagmoment toch aan als rustuurtje: samen op de bank of op bed, gordijnen half dicht, een boekje of zachte muziek. Veel kinderen hebben in het tweede jaar nog een middagslaapje nodig, maar niet elke dag lukt het. Een rustig uur met jou laadt ook op. Leg je kind ’s avonds dan wat eerder in bed.

hair-brushing-without-a-battle =
    .title = Haren kammen zonder gehuil
    .body = Is haren kammen elke ochtend een gevecht? Doe het eens na het bad, als het haar nat en zacht is, of maak de klitten eerst wat vochtig. Zet je kind op schoot met een boekje, of geef het een eigen borstel. Pak een pluk vast boven de klit, zodat het niet aan de hoofdhuid trekt, en kam in kleine stukjes van onderen naar boven. Gaat het echt niet? Iets minder netjes haar is vandaag prima.

only-one-parent-at-night =
    .title = ’s Nachts mag alleen die ene ouder komen
    .body = Doen jullie de nachten met z’n tweeën, maar roept je kind alleen om een van jullie en huilt het harder als de ander komt? Heel gewoon. Spreek af wie wanneer gaat. Wie gaat, zegt kort waar de ander is, en: ‘Ik ben er, ik blijf bij je.’ Blijf kalm en warm, ook als je kind eerst protesteert. Zo merkt je kind dat troost van allebei kan komen. En de een slaapt eindelijk eens door.

nappy-free-time =
    .title = Even zonder luier
    .body = Warm weer, of een warme kamer? Laat je kind vandaag een poosje zonder luier spelen, op een plek waar een plasje niet erg is: in de tuin, in de badkamer of op een oude handdoek. Zo merkt je kind wat er gebeurt als het plast: ‘Kijk, je plast!’ Zonder verwachting of oefenen, gewoon ontdekken. Een plas op de vloer? ‘Oeps, even dweilen.’ Meer hoeft er niet.

climbing-out-of-the-cot =
    .title = Klimt je kind uit het ledikant?
    .body = Hangt je kind met een been over de rand van het ledikant, of staat het ineens naast je bed? Dan is het tijd voor een laag bed of een matras op de grond, zodat een val niet hoog is. Maak de kamer veilig en zet een hekje in de deuropening of bij de trap. Neem de knuffel, de slaapzak en het vaste ritueel mee naar het nieuwe bed. Alles nieuw, behalve wat je kind houvast geeft.

one-more-drink-at-bedtime =
    .title = Steeds weer roepen na het instoppen
    .body = Roept je kind na het instoppen steeds: drinken, plassen, nog een kusje? Maak die dingen vanavond onderdeel van het ritueel: een beker water naast het bed, een laatste knuffel bij de deur. Komt er daarna toch een roep, antwoord dan kort en steeds hetzelfde: ‘Je hebt water, je hebt Beer. Ik ben dichtbij. Slaap lekker.’ Zo is je kind niet alleen, en wordt de avond niet eindeloos.

along-to-your-dentist =
    .title = Mee naar jouw tandarts
    .body = Moet je zelf naar de tandarts voor controle? Neem je kind mee als dat kan, en laat het op schoot of naast je kijken. Laat zien dat je het gewoon vindt, en laat je kind daarna even in de grote stoel zitten en de mond opendoen: ‘Aaah!’ Zo wordt de tandarts een bekende plek, met jou erbij. Vraag meteen wanneer je kind zelf voor het eerst mag komen.

screaming-but-not-awake =
    .title = Gillen in de slaap, maar niet wakker
    .body = Zit je kind ’s nachts gillend rechtop, ogen open, maar lijkt het je niet te zien en lukt troosten niet? Soms is een kind dan niet echt wakker. Maak het niet wakker, blijf erbij, zorg dat het zich niet kan stoten en praat zacht. Vaak is het na een paar minuten over en slaapt je kind weer, zonder het zich later te herinneren. Gebeurt het vaak, of maak je je zorgen? Vraag het de huisarts.

potty-as-a-chair-first =
    .title = Een potje om eerst gewoon op te zitten
    .body = Staat er nog geen potje in huis? Zet er vandaag een in de badkamer of de woonkamer, en laat je kind ermee doen wat het wil: erop zitten met kleren aan, er een knuffel op zetten, ernaast een boekje lezen. Zo raakt het gewend aan het ding zelf, zonder dat er iets moet. Zit je kind er graag op terwijl jij je tanden poetst? Gezellig samen. Er hoeft nog helemaal niets in.

bedtime-like-a-frog =
    .title = Naar bed als een kikker
    .body = Roept je kind ‘nee!’ zodra het bedtijd is? Maak de weg naar bed een spel: als kikkers naar de slaapkamer springen, als een vliegtuig in je armen, of op je rug als een paardje. Bedtijd blijft bedtijd, alleen de weg ernaartoe mag grappig zijn. Je kind krijgt plezier en aandacht, en niemand wordt meegesleurd. Vanavond geen zin in spelletjes? Draag je kind dan rustig naar bed.

potty-readiness-signs =
    .title = Zindelijk worden? Kijk naar je eigen kind
    .body = Vraag je je af of het al tijd is voor het potje? Rond de tweede verjaardag dragen heel veel kinderen nog luiers, en dat is gewoon. Let op je eigen kind: blijft de luier langer droog, zegt het dat het moet, wil het op het potje zitten? Dan kun je rustig beginnen. Zie je dat nog niet, dan wacht je gewoon nog even. Met druk gaat het vaak juist moeizamer.

first-nights-in-a-big-bed =
    .title = De eerste nachten in een groot bed
    .body = Slaapt je kind net in een groot bed, en staat het steeds weer naast het bed of in de gang? Breng het rustig terug, elke keer met dezelfde korte zin: ‘Het is nacht. Terug in bed, ik stop je in.’ Geen boze stem, geen lang gesprek. Blijf de eerste avonden wat langer bij de deur zitten. Zo wordt het nieuwe bed een vaste plek, en jij de vaste stem die erbij hoort.

sick-but-restless-quiet-basket =
    .title = Ziek maar onrustig? Een mandje vol rust
    .body = Is je kind ziek thuis, te moe om te spelen maar te onrustig om stil te liggen? Vul een mandje met rustige dingen: een paar boekjes, een zachte bal, stickers, een oud fotoboek. Maak een nestje op de bank naast je en pak er steeds één ding uit. Zo krijgt het zieke lijfje rust, met jou dichtbij. Drinkt je kind slecht of wordt het steeds suffer? Bel de huisarts of de huisartsenpost.

own-room-play-there-first =
    .title = Naar een eigen kamer? Eerst daar spelen
    .body = Gaat je kind van jouw slaapkamer naar een eigen kamer? Maak de nieuwe kamer eerst overdag vertrouwd: speel er samen, lees er een boekje op de grond, laat je kind kiezen waar Beer mag zitten. Begin met de middagslaapjes daar, en neem het vaste slaapritueel mee. Een kamer waar je samen hebt gelachen, voelt ’s avonds minder vreemd. De eerste nachten wat onrustiger? Dat hoort bij wennen.

first-wee-in-the-potty =
    .title = Een eerste plasje in het potje
    .body = Plast je kind voor het eerst in het potje, misschien per ongeluk? Deel de verbazing: ‘Hé, dat is je plas! In het potje!’ Houd het klein: geen groot feest, geen beloning, geen ‘Nu elke keer, hè?’ Dan blijft het iets van je kind zelf, niet iets wat het voor jou moet doen. Morgen toch weer gewoon een luier? Ook goed: zindelijk worden gaat met horten en stoten.

show-me-where-it-hurts =
    .title = Waar doet het pijn? Wijs maar
    .body = Is je kind hangerig of huilerig, en weet je niet waarom? Vraag: ‘Doet er iets pijn? Wijs maar.’ Raak zacht aan en noem: ‘Je oor? Je buik? Je mond?’ Een dreumes kan vaak beter wijzen dan zeggen, en merkt zo dat jij het wilt weten. Onthoud wat het aanwijst; dat helpt de huisarts. Houdt de pijn aan, huilt je kind anders dan anders of heeft het koorts? Bel de huisarts of de huisartsenpost.


moving-up-to-a-new-group =
    .title = Naar een nieuwe groep op de opvang
    .body = Gaat je dreumes op de opvang over naar de groep van de oudere kinderen? Vraag welke vertrouwde dingen mee kunnen verhuizen: de eigen slaapzak, het eigen bakje, het liedje voor het eten. En of je kind de eerste weken nog even bij de oude groep mag zwaaien. Zo blijft er tussen al het nieuwe iets hetzelfde. Een paar weken meer tranen bij het brengen horen vaak bij zo’n overstap.

after-separation-keep-both-grandparents =
    .title = Na een scheiding: houd beide opa’s en oma’s in beeld
    .body = Uit elkaar, en zag je kind opa en oma van de andere kant vaak? Die band telt ook: een kind hecht zich aan wie het vaak ziet, niet aan één kant van de familie. Spreek met de andere ouder af wanneer die grootouders je kind blijven zien, bijvoorbeeld op een vaste middag. Wat er tussen de volwassenen ook speelde: je kind hoeft niemand kwijt te raken.

evening-out-sitter-joins-bedtime =
    .title = Avondje weg? Laat de oppas meedoen met bedtijd
    .body = Ga je vanavond weg en komt er een oppas? Laat die komen voordat je kind slaapt, en doe het slaapritueel samen: jij de pyjama, de oppas het boekje, jij het liedje. Zeg dan: ‘Ik ga weg, Sanne blijft hier. Morgenochtend ben ik er weer.’ Wordt je kind ’s nachts wakker, dan ziet het een gezicht dat bij het slapengaan hoorde. Niet stiekem weggaan, ook al huilt je kind even.

settling-in-still-hard-after-weeks =
    .title = Na weken wennen nog elke dag ontroostbaar?
    .body = Gaat je kind al een week of zes naar de opvang of de gastouder, en huilt het er nog steeds het grootste deel van de dag, moeilijk te troosten? Vraag een gesprek met de vaste pedagogisch medewerker of de gastouder: wat zien zij, wie troost je kind, wat helpt? Soms helpen kortere dagen of steeds dezelfde gezichten. Blijf je twijfelen? Bespreek het met het consultatiebureau.

grandparent-stops-babysitting-keep-the-visits =
    .title = Past oma niet meer op? De band kan blijven
    .body = Past opa of oma niet meer elke week op, door ziekte, een verhuizing of omdat het te zwaar werd? Dan valt er voor je dreumes iemand uit de week. Zeg het eenvoudig: ‘Je gaat niet meer naar oma als ik werk. Zondag gaan we naar haar toe.’ Maak van dat bezoek een gewoonte, met iets wat ze altijd samen deden, zoals eendjes voeren. Zo krijgt de band een andere vorm, en blijft hij.

serious-illness-at-home-one-steady-carer =
    .title = Ernstig ziek in het gezin? Eén vaste extra verzorger
    .body = Is een ouder in jullie gezin ernstig ziek? Regel voor je dreumes zo veel mogelijk één vaste extra verzorger die het goed kent. Zeg in een paar eerlijke woorden wat er is: ‘Papa is ziek. De dokters helpen hem. Vandaag brengt oma je naar bed.’ Je kind hoeft het niet te begrijpen, wel te voelen dat er steeds iemand vertrouwds is. En zoek ook steun voor jezelf, bij je huisarts.

just-separated-say-it-simply =
    .title = Net uit elkaar? Zeg het eenvoudig, steeds hetzelfde
    .body = Net uit elkaar, en zoekt je kind in huis naar de ouder die er niet meer woont? Zeg het eenvoudig en elke keer hetzelfde: ‘Papa woont nu in een ander huis. Zaterdag ga je naar hem toe.’ Houd de rest van de dag zo gewoon mogelijk: dezelfde maaltijden, hetzelfde slaapliedje. Je kind begrijpt niet alles, maar voelt wel dat de grote mensen het overzicht houden.

holiday-kids-club =
    .title = Een kinderclub op vakantie?
    .body = Heeft je vakantieadres een kinderclub of een miniclub met oppas? Voor een dreumes zijn onbekende verzorgers op een onbekende plek veel tegelijk. Blijf er de eerste keer bij, of sla het gewoon over: uitrusten kan ook terwijl je kind naast je in het zand speelt. Wil je toch een uurtje voor jezelf? Dan liever bij iemand die je kind al kent, zoals een opa of tante die mee is op reis.

sitter-at-home-while-you-work-from-home =
    .title = Oppas in huis terwijl jij thuiswerkt
    .body = Past er een oppas of grootouder op je kind terwijl jij thuis werkt? Neem echt afscheid, zoals je bij de opvang zou doen, en ga dan ‘naar je werk’: een kamer met de deur dicht, of even het huis uit. Steeds even binnenlopen voelt lief, maar maakt van elk bezoekje een nieuw afscheid. Wil je tussendoor toch knuffelen? Spreek een vast moment af, bijvoorbeeld de lunch.

calls-the-carer-mama =
    .title = Noemt je kind de gastouder ‘mama’?
    .body = Zegt je kind ‘mama’ of ‘papa’ tegen de gastouder, de pedagogisch medewerker of oma? Dat kan even steken. Vaak betekent het gewoon ‘iemand die voor mij zorgt’, zeker nu je kind nog weinig woorden heeft. Reageer luchtig en geef de naam erbij: ‘Ja, dat is Fatima.’ Dat je kind zich daar zo thuis voelt, is goed nieuws. De woorden vallen vanzelf op hun plek als er meer namen bijkomen.

give-childcare-your-words-for-a-big-change =
    .title = Grote verandering thuis? Geef de opvang jouw woorden
    .body = Is er thuis iets groots aan de hand, zoals een verhuizing, een scheiding of een ziek familielid? Vertel het kort aan de opvang of de gastouder, en geef het zinnetje mee dat jij thuis gebruikt: ‘Opa is ziek, hij ligt in het ziekenhuis.’ Roept je kind daar om iemand of is het van slag, dan hoort het dezelfde woorden als thuis. Eén verhaal op twee plekken geeft houvast.

carer-invites-at-drop-off =
    .title = Bij het brengen komt de medewerker je kind halen
    .body = Hangt je dreumes bij het brengen aan je been? Vraag de pedagogisch medewerker om naar jullie toe te komen en je kind uit te nodigen voor iets dat het leuk vindt: ‘Kom je mee de vissen voeren?’ Geef dan je afscheidsknuffel en ga. Zo gaat je kind niet zomaar bij jou weg, maar mee met iemand die het kwam halen. Lukt het vandaag niet? Dan tilt de medewerker je kind over, en dat is ook goed.

different-house-different-rules =
    .title = Bij oma mag het anders
    .body = Mag je kind bij opa en oma op de bank springen of een koekje extra, en thuis niet? Maak er geen strijd van, maar zeg het gewoon hardop: ‘Bij oma mag dat. Thuis doen we het zo.’ Kinderen kunnen prima leven met verschillende plekken en verschillende gewoontes, zolang het in elk huis voorspelbaar is. Wat over veiligheid gaat, spreek je wel samen af, liefst niet waar je kind bij is.

drop-off-easier-with-someone-else =
    .title = Afscheid makkelijker als een ander brengt?
    .body = Huilt je kind elke ochtend als jij het naar de opvang brengt, maar zwaait het vrolijk als de andere ouder of opa brengt? Dat zegt niets over hoeveel je kind van jou houdt. Soms is afscheid nemen van de een gewoon zwaarder. Laat een tijdje vaker de ander brengen als dat kan, en neem jij het halen. Zo begint de dag lichter, en is het weerzien van jou.

staying-with-family-you-do-bedtime =
    .title = Logeren bij familie: jij brengt je kind naar bed
    .body = Logeren jullie een paar weken bij familie, in een huis vol ooms, tantes en neven die allemaal willen helpen? Laat ze overdag volop meedoen, maar houd het naar bed brengen bij jou of de andere ouder, met jullie eigen liedje. In een vreemd huis zoekt een dreumes juist bij het slapengaan zijn vaste mensen. Wordt het laat en druk? Een kort ritueel is genoeg, als jij het doet.

the-other-parent-does-not-come =
    .title = De andere ouder komt niet zoals afgesproken
    .body = Zou je kind vandaag naar de andere ouder gaan, en komt die niet, of veel later? Zeg het eerlijk en zonder oordeel: ‘Mama kan vandaag niet komen. Jammer, hè. Jij blijft bij mij.’ Troost als er verdriet komt, en doe daarna samen iets gewoons, zoals naar buiten gaan. Je eigen boosheid is begrijpelijk; bespreek die later, niet waar je kind bij is. Zo draagt je kind geen ruzie die niet van hem is.

handover-between-homes-keep-it-calm =
    .title = Wisselen tussen twee huizen: houd de deur rustig
    .body = Is de overdracht aan de andere ouder vaak gespannen? Praat over geld, afspraken en ruzies op een ander moment, niet bij de deur waar je kind bij is. Houd het afscheid kort en vriendelijk: ‘Veel plezier bij mama, tot zondag.’ Soms helpt wisselen via de opvang: de een brengt, de ander haalt. Je kind hoeft dan niet te kiezen tussen twee mensen van wie het houdt.

grieving-let-others-do-the-play =
    .title = Verdriet, en een dreumes die wil spelen
    .body = Ben je iemand verloren, een ouder, een vriend, een zwangerschap, en wil je dreumes gewoon ravotten? Je hoeft niet vrolijk te doen. Vraag een ander de wilde spelletjes en uitjes over te nemen, en houd jij de rustige dingen: voorlezen, samen op de bank, het slaapliedje. Zo blijf je dichtbij met wat je wel kunt geven. Na weken nog zwaarder dan je kunt dragen? Praat erover met je huisarts.

a-small-job-in-the-family-feast =
    .title = Een eigen taakje in het familiefeest
    .body = Hoort er bij jullie feest een vast ritueel, zoals koekjes rondbrengen met het Suikerfeest of de schoen zetten voor Sinterklaas? Geef je dreumes er een klein, veilig taakje in: het schaaltje dragen terwijl jij uitdeelt, de wortel in de schoen leggen. Zeg erbij: ‘Dit doen wij elk jaar.’ Zo voelt je kind dat het bij jullie familie hoort. Liever kijken vanaf je arm? Ook dat is meedoen.

waking-the-night-worker-together =
    .title = Nachtdienst? Maak het wekken een ritueel
    .body = Slaapt een ouder overdag na een nachtdienst, en hoort je dreumes steeds ‘ssst’? Maak er een vast moment van: om drie uur mag je kind de slaper samen met jou wakker maken, met een klopje op de deur en een liedje. Tot die tijd blijft de slaapkamer dicht, met een tekening op de deur. Zo wordt het wachten overzichtelijk, en begint de middag met een vrolijk weerzien.

new-baby-keep-the-toddlers-week-the-same =
    .title = Baby geboren? Houd de week van je dreumes gewoon
    .body = Is er net een baby geboren? Laat je dreumes zoveel mogelijk zijn gewone week houden: de vaste opvangdagen, oma op woensdag, hetzelfde slaapritueel. Heb je extra hulp nodig om bij te komen? Liever iemand die je kind goed kent, bij jullie thuis, dan ineens nieuwe plekken. Zo merkt je dreumes dat zijn eigen wereld blijft staan, terwijl er thuis iemand bij komt.

visiting-a-seriously-ill-relative =
    .title = Op bezoek bij een ernstig ziek familielid
    .body = Ga je met je kind op bezoek bij een opa, oma of ander familielid die erg ziek is, thuis, in het ziekenhuis of het verpleeghuis? Vertel vooraf in een paar woorden wat je kind gaat zien: ‘Opa ligt in bed, hij is heel moe.’ Houd het kort, neem iets mee om te geven, zoals een tekening, en houd je kind op schoot of aan de hand. Wil je kind weg? Dan was het genoeg, en toch de moeite waard.

a-morning-in-the-childcare-group =
    .title = Een uurtje meekijken in de groep
    .body = Vraag of je een keer een uur mag meekijken op de opvang of bij de gastouder, of ga naar een ouderochtend. Kijk vooral: met wie speelt je kind, op wiens schoot kruipt het, welke liedjes horen bij het fruit? Thuis kun je er dan over praten met echte beelden in je hoofd: ‘Bij Anouk op schoot, hè?’ Huilt je kind als je daarna weggaat? Afscheid voelt daar even anders, en dat is oké.

off-to-childcare-while-the-baby-stays-home =
    .title = Jij naar de opvang, de baby blijft thuis
    .body = Gaat je dreumes sinds de geboorte gewoon naar de opvang, terwijl de baby thuis bij jou blijft? Sommige kinderen voelen zich dan wat weggestuurd. Vertel eerlijk hoe jullie dag is: ‘De baby drinkt en slaapt, en ik doe de was. Na jouw slaapje kom ik je halen.’ Saai, en meestal klopt dat ook. Maak van het halen een moment voor jullie twee, zonder de baby als het kan.

a-moving-box-of-their-own =
    .title = Een eigen verhuisdoos
    .body = Gaan jullie verhuizen? Geef je dreumes een eigen doos en pak die samen in: de lievelingsknuffel, een paar boekjes, de eigen beker. Laat je kind er een tekening op krassen. In het nieuwe huis is dit de eerste doos die opengaat, samen op de grond: ‘Kijk, je spullen zijn mee!’ Zo ziet je kind dat wat van hem is niet verdwijnt als alles in dozen gaat.

last-day-at-the-old-childcare =
    .title = De laatste dag op de oude opvang
    .body = Stopt je kind bij de opvang of de gastouder, door een verhuizing of een andere plek? Maak van de laatste dag een echt afscheid: iets lekkers om uit te delen, een foto met de vaste medewerker, zwaaien bij de deur. Neem die foto mee naar huis. Gewoon niet meer gaan voelt voor een kind alsof iemand zomaar verdwijnt. Een afscheid met een echt einde maakt ruimte voor het nieuwe begin.

tears-when-leaving-grandmas =
    .title = Tranen bij het weggaan bij oma
    .body = Huilt je kind als je het ophaalt bij opa en oma, en wil het niet mee? Dat kan even pijn doen, maar vooral betekent het dat het daar een fijne dag had. Geef het verdriet een naam: ‘Je wilt nog bij oma blijven.’ Laat oma meelopen naar de auto of de fiets en zwaaien tot de hoek. En vertel onderweg wanneer jullie er weer naartoe gaan.

first-meeting-with-the-new-baby-arms-free =
    .title = De eerste kennismaking: armen vrij
    .body = Komt je dreumes voor het eerst naar de nieuwe baby kijken, in het ziekenhuis of thuis? Zorg dat de baby in de wieg ligt of bij iemand anders, zodat jouw armen vrij zijn voor je oudste. Eerst knuffelen, dan samen kijken: ‘Kijk, dat is jouw broertje. Wat een kleine handjes, hè?’ Je dreumes merkt: mijn plek bij jou is er nog. Wil het nog niet kijken? Dat komt later wel.

when-the-pet-dies =
    .title = Als het huisdier doodgaat
    .body = Is de kat, het konijn of de cavia doodgegaan? Zeg het eerlijk en kort: ‘Poes is dood. Ze beweegt niet meer en komt niet meer terug.’ Zeg liever niet ‘ze slaapt’: dat kan slapen eng maken. Doe samen iets kleins om dag te zeggen: een bloem neerleggen, zwaaien bij het plekje in de tuin. Zoekt je kind de weken daarna nog naar het dier? Zeg het dan gewoon opnieuw, net zo rustig.

grandparent-under-the-same-roof =
    .title = Oma woont in huis, en je kind rent naar haar
    .body = Woont een grootouder bij jullie in huis, en rent je kind na jouw nee meteen naar oma? Spreek samen af dat oma het nee laat staan, maar wel mag troosten: ‘Papa zei nee. Kom maar even bij mij zitten.’ Zo hoeft je kind niet te kiezen tussen twee volwassenen, en krijgt het toch troost. Omgekeerd werkt het ook: zegt oma nee, dan troost jij. Bespreek dit als je kind er niet bij is.

ramadan-iftar-on-your-lap =
    .title = Ramadan: het begin van de iftar op schoot
    .body = Is het ramadan, en valt de iftar rond de bedtijd van je dreumes? Geef je kind eerder te eten en neem het bij het begin van de iftar even op schoot aan tafel, als iedereen samen het vasten breekt. Daarna volgt het gewone slaapritueel. Zo maakt je dreumes het bijzondere moment mee, zonder honger of late avond. Valt de iftar ver na bedtijd? Dan eerst een rondje welterusten langs de hele familie.

moving-day-with-a-familiar-person =
    .title = Verhuisdag: je kind bij iemand die het kent
    .body = Is het verhuisdag? Laat je dreumes die dag doorbrengen bij iemand die het goed kent, bij oma, een vriendin of op de vertrouwde opvang, weg van dozen en sjouwende mensen. Haal je kind pas op als het bedje in het nieuwe huis staat. Dan is de eerste indruk van het nieuwe huis een kamer met zijn eigen bed, en jij die er rustig bent. De chaos van die dag hoeft je kind niet te zien.

walks-in-without-looking-back =
    .title = Loopt je kind naar binnen zonder om te kijken?
    .body = Rent je dreumes de opvang of het huis van oma in zonder nog om te kijken, terwijl jij nog klaarstaat voor een knuffel? Dat kan een steek geven. Toch is het vaak een teken van vertrouwen: je kind weet dat jij terugkomt. Zeg toch even gedag, ook als het niet zwaait: ‘Dag lieverd, ik haal je na het slapen.’ Zo blijft je vertrek voorspelbaar, ook op de dagen dat je kind je wel nodig heeft.

a-drawer-of-their-own-at-grandmas =
    .title = Een eigen la bij opa en oma
    .body = Is je kind vaak bij opa en oma, of bij een andere vaste oppas thuis? Vraag of het daar een eigen la of mand mag hebben, met een paar spulletjes: een boekje, een beker, een trui, wat speelgoed. Laat je kind er elke keer zelf in kijken: ‘Kijk, je spullen liggen er nog.’ Zo heeft het ook in dat huis een plekje dat van hem is en op hem wacht. Dat maakt het daar een stukje thuis.

visitors-greet-the-big-one-first =
    .title = Kraambezoek? Eerst de grote begroeten
    .body = Komt er kraambezoek, of is de kraamverzorgende over de vloer? Vraag iedereen om bij binnenkomst eerst je dreumes gedag te zeggen, en pas daarna naar de baby te kijken. Een klein cadeautje voor de grote is leuk, maar aandacht telt meer: ‘Wat ben jij groot! Laat jij mij de baby zien?’ Zo is je dreumes niet het kind dat in de weg loopt, maar de gastheer van zijn broertje of zusje.

asks-to-go-back-to-the-old-house =
    .title = ‘Naar huis!’ Maar dan het oude huis
    .body = Net verhuisd, en vraagt je dreumes steeds om ‘naar huis’ te gaan, terwijl het het oude huis bedoelt? Lach het niet weg en leg niet te veel uit. Zeg wat je ziet: ‘Je mist ons oude huis. Daar woonden we. Nu wonen we hier.’ Kijk samen naar een foto van het oude huis, of fiets er eens langs. Heimwee mag er zijn. Met elke dag hier worden de nieuwe kamers een beetje meer thuis.

let-them-show-you-round-at-pick-up =
    .title = Bij het halen: laat je rondleiden
    .body = Wil je dreumes bij het halen nog niet weg? Neem af en toe twee minuten en laat je kind zijn plek aan je laten zien: ‘Waar speelde je vandaag? Laat maar zien.’ Kijk naar de blokkentoren, de zandbak, het bedje. Je kind is even de gids in zijn eigen wereld, en jij bent daar te gast. Samen naar huis gaan lukt daarna vaak makkelijker dan je kind wegtrekken bij het spel.

feast-day-tell-it-beforehand =
    .title = Een feestdag? Vertel vooraf hoe de dag gaat
    .body = Komt er een grote dag aan, zoals het Suikerfeest, Kerst, Divali of een familiebruiloft? Vertel je dreumes de dag ervoor in een paar zinnen hoe het gaat: ‘Morgen trekken we je mooie kleren aan. Dan gaan we naar oma. Daar zijn veel mensen, en ik blijf bij jou.’ Laat je kind de feestkleren alvast even passen. Wat je kind al een beetje kent, overvalt het op de dag zelf minder.

a-relative-who-smacks =
    .title = ‘Een tik heeft nog nooit kwaad gekund’
    .body = Geeft een familielid je kind een tik, of zegt iemand dat dat geen kwaad kan? Haal je kind bij je en troost het eerst. Zeg dan rustig en duidelijk: ‘Bij ons slaat niemand, ook niet zachtjes.’ Geef een alternatief: ‘Zeg nee en til hem weg.’ Een tik leert vooral angst, geen regels. Laat je kind niet alleen bij iemand die blijft slaan. Lastig, of gebeurt het vaker? Het consultatiebureau denkt mee.

share-bedtime-before-the-baby-comes =
    .title = Baby op komst? Wissel alvast het naar bed brengen
    .body = Brengt vooral één ouder je dreumes naar bed, en is die straks druk met de baby? Laat de andere ouder of een vertrouwde grootouder al een paar weken voor de uitgerekende datum af en toe het slaapritueel doen, precies zoals je kind het kent. Eerst samen, dan om de beurt. Zo raakt je dreumes rond de geboorte niet ineens zijn vaste bedtijdpersoon kwijt. Protest in het begin is heel gewoon.

empty-house-when-your-child-is-at-the-other-home =
    .title = Stil huis als je kind bij de andere ouder is
    .body = Is je kind een paar dagen bij de andere ouder, en voelt het huis ineens leeg? Dat gemis is normaal, ook als je van de rust geniet. Bel niet steeds om te horen hoe het gaat; een kort, vast welterustenmoment is voor je kind rustiger. Plan iets voor jezelf: slapen, sporten, een vriend zien. Zo mag je kind met een gerust hart bij de ander zijn, en weet het dat jij er weer bent als het terugkomt.

a-suitcase-in-the-hall =
    .title = Een koffer in de gang
    .body = Komt de koffer tevoorschijn voor een reis, een ziekenhuisopname of een weekend weg? Veel dreumesen snappen meteen dat er iemand vertrekt, en worden aanhankelijk. Zeg dus hardop wie er gaat en wie er blijft: ‘Deze koffer is van papa. Hij gaat drie nachtjes weg, jij blijft met mij thuis.’ Gaan jullie samen op reis? Laat je kind dan zelf iets in de koffer leggen.

may-i-hold-the-baby =
    .title = ‘Mag ik de baby vasthouden?’
    .body = Wil je dreumes de nieuwe baby ook eens vasthouden? Zet je kind op de grond of diep in de bank, met een kussen onder de arm, en leg de baby op schoot terwijl jouw handen hoofdje en lijfje blijven dragen. Zeg wat je ziet: ‘Ze kijkt naar je. Jij houdt je zusje vast.’ Houd het kort; stop als een van beiden onrustig wordt. Zo voelt je dreumes zich groot en serieus genomen.

a-goodbye-that-keeps-stretching =
    .title = Nog één kusje, en nog één…
    .body = Wordt het afscheid bij de opvang of de oppas steeds langer: nog één kusje, nog één knuffel, nog één keer zwaaien? Spreek een vast aantal af en tel hardop: ‘Twee kusjes en één knuffel. Eén, twee… knuffel. Dag!’ Ga dan echt. Een afscheid met een duidelijk einde is voor je kind makkelijker dan een afscheid dat steeds opnieuw begint. Toch tranen? Dan neemt de medewerker het over.

tell-where-you-were-today =
    .title = Vertel waar jij vandaag was
    .body = Vraag bij het weerzien na een werkdag niet alleen naar de dag van je kind, maar vertel ook kort over de jouwe: ‘Ik was op mijn werk. Ik zat aan een grote tafel, en bij de lunch dacht ik aan jou.’ Zo is jouw weggaan geen zwart gat, maar gewoon een plek waar je was. En je kind hoort dat het in je gedachten was. Misschien vraagt het morgen zelf: ‘Werk?’

big-sibling-starts-school =
    .title = Grote broer of zus gaat naar school
    .body = Gaat een oudere broer of zus voor het eerst naar de basisschool, en loopt je dreumes de hele ochtend rond met ‘Sem?’? Neem je dreumes mee naar het schoolhek bij het brengen en halen, en laat het zwaaien. Zeg wat je ziet: ‘Je mist Sem. Sem is op school; na het eten halen we hem.’ Laat de grote na school iets vertellen of laten zien. Zo hoort afscheid nemen van elkaar gewoon bij jullie dag.

a-worry-about-childcare-raise-it =
    .title = Een knagend gevoel over de opvang?
    .body = Zag je bij het halen iets dat je dwarszit, zoals een kind dat lang alleen lag te huilen, of een harde toon? Laat het niet sudderen. Vraag dezelfde week een gesprek met de mentor of de leidinggevende, en vertel wat je zag zonder meteen te oordelen: ‘Ik zag dit. Hoe zit dat?’ Vaak is er een verklaring, en anders wordt er iets aan gedaan. Jij bent daar de stem van je kind.

when-visiting-family-fly-home =
    .title = Als de logerende familie weer vertrekt
    .body = Logeerde er wekenlang familie van ver, en zijn ze nu weer naar huis? Je dreumes kan ze missen zonder het te kunnen zeggen: zoeken in de logeerkamer, hangerig zijn, onrustig slapen. Zeg wat je ziet: ‘Je zoekt oma. Oma zit in het vliegtuig naar haar huis.’ Laat een vest of een foto van oma nog even liggen. Een vast belmoment helpt jullie allebei door de eerste week.

toddler-wants-to-be-the-baby-again =
    .title = Wil je dreumes weer baby zijn?
    .body = Wil je dreumes sinds de geboorte ineens weer een fles, gedragen worden of in de kinderwagen, of praat het als een baby? Dat is heel gewoon. Speel het af en toe mee: ‘Kom maar, mijn grote baby’, een paar minuten wiegen, en dan weer groot. Je kind test je niet, het checkt of er nog plek is bij jou. Een kind dat zich daar zeker van voelt, wordt vanzelf weer groot.

a-few-nights-at-the-grandparents =
    .title = Een paar nachtjes logeren bij opa en oma
    .body = Logeert je dreumes een paar dagen bij opa en oma, omdat jullie weg moeten of even rust nodig hebben? Kun je kiezen, houd het dan kort: voor een kind van deze leeftijd zijn een of twee nachtjes al lang. Zeg het zo dat je kind het kan volgen: ‘Twee keer slapen bij oma, dan haal ik je.’ En kom zoals beloofd. Daarna extra aanhankelijk? Heel gewoon: je kind checkt of je echt terug bent.

calling-for-the-absent-parent-at-bedtime =
    .title = Bij het slapengaan roepen om wie er niet is
    .body = Roept je kind bij het naar bed gaan om de ouder die er niet is, omdat die in het andere huis woont, werkt of op reis is? Praat het niet weg. Zeg: ‘Je mist mama. Mama denkt ook aan jou. Morgen zie je haar.’ Geef samen een kusje aan haar foto, of zwaai naar de maan ‘waar mama ook naar kijkt’. Het gemis mag er zijn, en jij blijft erbij tot het zakt.

new-house-show-where-you-sleep =
    .title = Nieuw huis: laat zien waar jij slaapt
    .body = Net verhuisd? In het nieuwe huis weet je dreumes ’s nachts nog niet waar jij bent. Loop overdag een paar keer samen van zijn bed naar het jouwe, als spelletje: ‘Waar slaapt papa? Hier!’ Zeg bij het instoppen: ‘Ik slaap in de kamer hiernaast.’ Roept je kind ’s nachts, geef dan antwoord en kom. Wie weet waar zijn mensen slapen, vindt de nacht in een vreemd huis minder groot.

say-who-picks-up-today =
    .title = Zeg ’s ochtends wie je vandaag ophaalt
    .body = Haalt vandaag iemand anders je kind op dan normaal, zoals opa, de buurvrouw of de andere ouder? Vertel het ’s ochtends bij het brengen: ‘Vandaag haalt opa je op, na het slapen. Morgen kom ik weer.’ Vraag de medewerker het ’s middags nog eens te zeggen. Dan staat er geen verrassing aan de deur, maar iemand die is aangekondigd. Zo wordt ook een afwijkende dag voorspelbaar.

labels-at-family-gatherings =
    .title = ‘Wat een koppig ding’
    .body = Zegt een familielid waar je kind bij is: ‘Wat is ze koppig’ of ‘Hij is altijd zo lastig’? Je kind begrijpt meer dan je denkt. Geef er luchtig een vriendelijker woord voor terug, zodat je kind het hoort: ‘Ze weet precies wat ze wil.’ Of: ‘Hij is moe, het is een lange dag.’ Zo hoort je kind hoe jij naar hem kijkt. Kinderen gaan vaak geloven wat ze over zichzelf horen.

the-baby-can-wait-a-moment =
    .title = Soms mag de baby even wachten
    .body = Moet je dreumes steeds wachten omdat de baby drinken of een schone luier nodig heeft? Kies vandaag bewust een moment waarop de baby, net gevoed en veilig in de wieg of op het kleed, even wacht: ‘Baby, wacht even, eerst help ik je grote zus.’ Zeg het hardop, zodat je dreumes het hoort. Een baby kan best even mopperen, en je dreumes hoort dat het ook weleens voorgaat.

will-you-look-after-this-for-me =
    .title = ‘Wil jij dit voor mij bewaren?’
    .body = Ga je een paar dagen weg? Geef je dreumes iets van jou om op te passen: een oude muts, of een T-shirt dat naar jou ruikt. ‘Wil jij dit voor mij bewaren? Als ik terug ben, kom ik het bij jou halen.’ Zo wordt je thuiskomst iets om op te wachten, met iets echts in handen. En als je terug bent: ‘Heb jij mijn muts nog? Dank je wel dat je erop gepast hebt!’

stepchildren-for-the-weekend =
    .title = Bonuskinderen in het weekend
    .body = Komen de kinderen van je partner om het weekend logeren, en is het huis dan ineens vol? Houd voor je dreumes een paar dingen hetzelfde als doordeweeks: het eigen bedje, de eigen beker, het slaapliedje met jou. Zeg vooraf wie er komen: ‘Morgen komen Noor en Daan.’ Dan voelt het volle huis als feest, niet als overval, en houdt je dreumes zijn eigen plek.

one-family-visit-a-day-at-the-holidays =
    .title = Feestdagen: één familiebezoek per dag
    .body = Staan er met Kerst, het Suikerfeest of Nieuwjaar drie familiebezoeken op één dag gepland? Kies er voor je dreumes liever één, en laat het middagslaapje thuis of op de vaste plek doorgaan. Een kind van deze leeftijd raakt snel overprikkeld van huis na huis en gezicht na gezicht. Teleurgestelde familie? ‘We komen graag, maar één huis per dag is wat hij aankan.’

gentle-hands-with-the-baby =
    .title = Zo veel liefde, zo stevig: zachte handjes bij de baby
    .body = Wil je dreumes de baby steeds knuffelen, maar zo stevig dat je schrikt: drukken, duwen, aan een voetje trekken? Meestal is het liefde met te veel kracht. Leg je hand over die van je kind en aai samen: ‘Zo, zachtjes over haar been.’ Stevige knuffels mogen naar een pop of kussen. Blijf erbij zolang ze samen zijn. Zacht aanraken leert je kind van jouw handen, niet van een verbod.

keep-talking-about-who-died =
    .title = Blijf vertellen over wie er niet meer is
    .body = Is opa, oma of een ander dierbaar familielid overleden? Blijf erover praten, ook tegen je dreumes: ‘Dit liedje zong opa altijd voor jou.’ Zing het samen, of kijk naar een foto: ‘Dat is opa. Opa is dood, en we missen hem.’ Zo blijft die persoon een deel van het verhaal van je kind, ook al zal het zich later weinig herinneren. En jij mag er verdrietig bij zijn.

a-first-friend-at-childcare =
    .title = Een eerste vriendje op de opvang
    .body = Noemt je kind thuis steeds een naam van de opvang, of vertelt de medewerker dat het altijd naast hetzelfde kind wil zitten? Vraag er nieuwsgierig naar, en spreek eens af met dat kind en zijn ouder in de speeltuin. Een eerste voorkeur voor een ander kind is een mooi begin van vriendschap, en groeit uit de veiligheid die je kind bij jou voelt. Spelen is nu vaak nog naast elkaar spelen; prima.

speak-warmly-about-the-other-home =
    .title = Praat met warmte over het andere huis
    .body = Woont je kind ook bij de andere ouder? Hang thuis op kindhoogte een foto op van je kind met die ouder, en praat er vriendelijk over: ‘Daar is papa. Bij papa heb je een blauwe beker, hè?’ Ook als het tussen jullie stroef gaat. Dan hoeft je kind niet te voelen dat het van een van jullie minder mag houden. Valt dat zwaar? Praat erover met iemand die je vertrouwt, niet waar je kind bij is.

tell-the-baby-about-the-big-one =
    .title = Vertel de baby over de grote
    .body = Praat je tegen de nieuwe baby? Laat je dreumes horen hoe trots je op hem of haar bent: ‘Kijk baby, dat is je grote zus. Ze klimt al zelf de trap op, en ze kent alle liedjes.’ Een dreumes die hoort hoe jij over hem praat, voelt zich gezien, juist nu de baby veel aandacht krijgt. Het kost niets extra: je praat toch al tegen de baby.

make-a-welcome-home-drawing =
    .title = Samen een welkom-thuis maken
    .body = Komt de ouder die op reis was morgen thuis? Maak vandaag met je dreumes iets om te verwelkomen: een tekening op de deur, bloemen uit de tuin in een glas, de pantoffels klaarzetten. Zeg erbij: ‘Nog één nachtje slapen, dan komt papa.’ Zo wordt wachten iets wat jullie samen doen, en weet je kind dat het gemis bijna voorbij is. Bij de thuiskomst toch even verlegen? Heel gewoon; geef het wat tijd.

the-week-in-pictures =
    .title = De week in plaatjes
    .body = Is de week van je kind een puzzel: twee dagen opvang, een dag bij oma, een dag thuis? Maak een strook met zeven vakjes en een foto of tekening per dag: het gebouw van de opvang, het gezicht van oma, jullie huis. Kijk er elke ochtend samen naar: ‘Vandaag is een oma-dag.’ Een kind van bijna twee snapt zo’n plaatje beter dan ‘woensdag’. Voor een dreumes is voorspelbaar veilig.

walk-past-the-new-playgroup =
    .title = Straks naar de peuterspeelzaal? Loop er eens langs
    .body = Gaat je kind straks, vanaf een jaar of twee, naar de peuterspeelzaal of de voorschool? Loop of fiets er in de weken ervoor een paar keer langs. Kijk samen door het hek naar de zandbak en de kinderen: ‘Daar ga jij straks spelen.’ Vraag of jullie een keer samen binnen mogen kijken. Een plek die je kind al van buiten kent, voelt op de eerste dag minder vreemd.

second-birthday-everyone-sings =
    .title = Iedereen zingt, en je kind verstopt zich
    .body = Wordt je kind binnenkort twee, en komt er visite die straks in koor gaat zingen? Veel dreumesen vinden al die ogen op zich spannend: ze verstoppen hun gezicht of kruipen weg. Dat is geen ondankbaarheid. Neem je kind tijdens het zingen op schoot, laat het wegkijken, en blaas de kaarsjes samen uit, of juist niet. Het feest is voor je kind, niet voor de foto.


first-word-was-not-your-name =
    .title = Het eerste woordje was niet jouw naam?
    .body = Zei je kind als eerste ‘poes’, ‘auto’ of de naam van een ander, en niet de jouwe? Dat kan even steken, en dat mag. Welk woord eerst komt, zegt niets over van wie je kind het meest houdt: vaak is het gewoon een makkelijke klank of iets wat je kind veel ziet. Reageer vandaag blij op elk woordje. Jouw naam komt ook, misschien net als je het niet verwacht.

cant-sing-say-the-rhyme =
    .title = Zingen is niks voor jou? Zeg het op
    .body = Voel je je ongemakkelijk bij zingen, of ken je geen kinderliedjes? Dan hoeft het niet. Zeg vandaag een kort versje op met veel ritme en tik de maat zacht mee op de knie van je kind. Of neurie een melodie. Voor je kind tellen ritme en jouw stem, niet of het mooi klinkt. Geen versje paraat? Verzin er een: ‘Jas aan, schoen erbij, naar buiten, jij en wij.’

reading-while-they-wander =
    .title = Loopt je kind weg bij het voorlezen?
    .body = Loopt je kind na één bladzijde alweer weg van het boekje? Lees vandaag gewoon verder, met het boek open op de grond. Veel peuters luisteren al rondlopend mee en komen terug voor een plaatje dat ze leuk vinden. Het boek hoeft niet uit en stilzitten hoeft niet: even samen kijken is ook voorlezen. Lang op schoot zitten komt bij veel kinderen pas later.

video-call-toddler-runs-off =
    .title = Beeldbellen met opa en oma, en je kind loopt weg
    .body = Willen opa en oma beeldbellen, maar loopt je kind na tien tellen weg? Neem de telefoon mee naar waar je kind speelt, zodat zij meekijken en reageren: ‘Wat bouw je daar?’ Of laat je kind een knuffel of blokkentoren aan de camera tonen. Anders dan bij een filmpje reageert hier echt iemand op je kind. Vijf fijne minuten zijn genoeg.

at-your-limit-with-a-toddler =
    .title = Aan het eind van je Latijn? Neem een veilige pauze
    .body = Voel je dat je gaat ontploffen? Schud of sla je kind nooit. Zet het op een veilige plek, zoals de box, het bedje of een kamer zonder gevaren, en zeg: ‘Ik word even rustig. Ik kom zo terug.’ Ga een paar minuten naar een andere ruimte, adem lang uit of bel iemand. Zo’n pauze is goede zorg, geen falen. Ga terug als je wat rustiger bent. Gebeurt het vaak? Vertel het bij het consultatiebureau.

pots-and-pans-band =
    .title = Een orkest van pannen en lepels
    .body = Zet vandaag een paar pannen ondersteboven op de grond en geef je kind een houten lepel. Trommel zelf een kort ritme, stop en wacht: nu je kind. Speel om de beurt, eens hard, eens heel zacht. Om de beurt geluid maken is een gesprek zonder woorden, en je kind merkt dat jij op zijn beurt wacht. Te veel herrie? Een kussen is een prima stille trommel.

book-brought-while-you-cook =
    .title = Een boekje, net nu je kookt
    .body = Komt je kind met een boekje terwijl je kookt? Zet je kind met het boek op de grond of op een krukje vlakbij, op veilige afstand van het fornuis, en laat je kind je de plaatjes aanwijzen. Zeg tussen het roeren door wat je ziet: ‘Een brandweerauto! Wat doet hij?’ Zo merkt je kind dat het ertoe doet, ook nu je druk bent. Na het eten lees je het boek samen, op schoot.

not-enjoying-today-is-allowed =
    .title = Vandaag geniet je niet? Dat mag
    .body = Iedereen zegt dat je moet genieten, maar vandaag is het vooral zwaar en saai? Dat mag. Zeg het hardop tegen een volwassene die je vertrouwt: ‘Ik vind het vandaag pittig.’ Zonder er meteen ‘maar ik hou zoveel van mijn kind’ achteraan te plakken. Niet genieten betekent niet dat je het slecht doet. Morgen zit er vast weer een mooi moment tussen.

what-do-you-hear-listening =
    .title = Sst… wat hoor je?
    .body = Blijf vandaag buiten of bij het open raam even stilstaan, hand achter je oor, en fluister: ‘Sst… wat hoor je?’ Wacht samen. Een vogel, een brommer, een blaffende hond: zeg wat het is en kijk samen waar het vandaan komt. Samen luisteren is samen ergens aandacht voor hebben, en je kind krijgt woorden bij geluiden. Morgen binnen: de wasmachine, de deurbel.

pointing-and-whining-give-the-word =
    .title = Wijst en roept je kind? Geef het woord erbij
    .body = Wijst je kind naar de beker op het aanrecht met ‘eh, eh!’? Geef het woord én de beker: ‘Water? Jij wilt water. Hier is je water.’ Laat je kind het niet eerst zelf moeten zeggen. Zo merkt het dat vragen werkt, en hoort het precies het woord dat het zocht. Woorden komen doordat je kind ze vaak hoort op het goede moment, niet doordat het ze moet verdienen.

doesnt-look-up-when-you-call =
    .title = Kijkt je kind niet op als je roept?
    .body = Draait je kind zich vaak niet om als je roept, ook niet bij ‘koekje!’? Of brabbelt het minder sinds een flinke verkoudheid? Een peuter die opgaat in zijn spel, hoort je soms echt niet; dat is gewoon. Let er vandaag op: fluister iets leuks achter je kind, of zet zacht muziek aan. Komt geluid vaker niet aan? Vraag het consultatiebureau naar het gehoor. Samen praten begint bij goed horen.

video-just-before-bedtime =
    .title = Een filmpje vlak voor het slapen?
    .body = Kijkt je kind vlak voor bedtijd nog een filmpje, en duurt inslapen daarna lang, of is uitzetten elke avond strijd? Schuif het filmpje vandaag naar vóór het eten. Het laatste halfuur voor bed is dan voor jullie samen: bad, boekje, liedje op schoot. Na snelle beelden komen veel kinderen moeilijker tot rust; jouw stem helpt het lijf afschakelen. Niet elke avond gelukt? De meeste avonden tellen.

picture-book-in-your-own-words =
    .title = Een prentenboek in je eigen woorden
    .body = Is Nederlands niet jouw taal, of zijn er weinig boekjes in jouw taal? Je hoeft de tekst niet voor te lezen. Vertel vandaag bij de plaatjes in je eigen woorden en je eigen taal: ‘Kijk, de beer zoekt zijn mama.’ Voor je kind tellen jouw stem en het verhaal tussen jullie. Vraag in de bibliotheek ook eens naar boeken in jouw taal.

low-mood-in-the-second-year =
    .title = Somber, ook nu je kind al ouder is?
    .body = Somberheid of angst kan ook later komen, bij elke ouder. Voel je je al twee weken of langer vooral grauw, prikkelbaar, angstig of leeg, en geniet je nergens meer echt van? Vertel het deze week aan je huisarts of het consultatiebureau. Het overkomt veel ouders en het is niemands schuld. Met steun wordt het meestal lichter; erom vragen is sterk.

their-name-not-only-for-no =
    .title = Hoort je kind zijn naam vooral bij ‘nee’?
    .body = ‘Sem, nee!’ ‘Sem, niet aankomen!’ Hoort je kind zijn naam vooral als er iets mis is? Dan gaat die naam al snel klinken als een waarschuwing. Zeg de naam vandaag vaak op een warme toon, zonder dat er iets moet: ‘Sem! Daar ben je.’ ‘Sem, wat lach je lekker.’ Zo hoort je kind dat zijn naam bij iets fijns hoort: bij zichzelf, zoals het is. Een waarschuwing mag, maar maak van de naam geen alarm.

a-weekly-hour-of-your-own =
    .title = Een vast uur per week dat van jou is
    .body = Plan vandaag een vast moment in de week dat alleen van jou is: sporten, zingen in een koor, een cursus, wandelen met een vriend. Spreek af wie er dan voor je kind zorgt, en zet het in de agenda als een afspraak. Iets om naar uit te kijken laadt je meer op dan gestolen minuutjes. En je kind heeft iets aan een ouder die ook iets van zichzelf heeft.

compare-with-three-months-ago =
    .title = Vergelijk met drie maanden geleden
    .body = Zag je vandaag een ander kind dat al meer zegt of kan, en begon het te knagen? Zoek vanavond een filmpje of foto van je eigen kind van drie maanden terug. Kijk wat er sindsdien bij is gekomen, en zeg het morgen tegen je kind: ‘Jij klimt nu zelf op de bank!’ Elk kind groeit in een eigen tempo. Blijf je twijfelen? Vraag het bij het consultatiebureau.

your-language-out-loud-in-public =
    .title = Je eigen taal, ook in de speeltuin
    .body = Schakel je buiten de deur over op Nederlands, of ga je zachter praten, omdat je je bekeken voelt? Praat vandaag in de speeltuin en in de winkel gewoon je eigen taal met je kind, op je gewone toon. Zo hoort je kind dat jouw taal overal mag klinken, en klink jij als jezelf. Vraagt iemand ernaar? ‘Wij spreken thuis twee talen’ is genoeg.

books-within-reach =
    .title = Boekjes binnen handbereik
    .body = Zet vandaag een paar stevige boekjes in een lage mand of op een lage plank, met de voorkant naar voren. Zo kan je kind zelf kiezen en er een naar je toe brengen als het zin heeft. Een boekje brengen wordt dan een uitnodiging: kom je bij mij zitten? Wissel elke week een paar boekjes. Kwetsbare flapjesboeken mogen hoger staan, voor samen.

your-own-postponed-appointment =
    .title = Die afspraak voor jezelf: maak hem vandaag
    .body = Schuif je sinds de komst van je kind je eigen bezoek aan de tandarts, huisarts of fysiotherapeut voor je uit? Bel vandaag voor die afspraak, en regel meteen wie er dan voor je kind zorgt. Pijn, slecht slapen of zorgen over je lijf kosten geduld, en dat geduld heeft je kind ook nodig. Voor jezelf zorgen is dus ook zorgen voor je kind.

every-animal-is-a-dog =
    .title = Elk dier is een hond? Zeg het goed terug
    .body = Noemt je kind elk beest met vier poten ‘hond’, of elke auto ‘bus’? Slim: je kind gebruikt wat het al weet. Zeg vandaag niet ‘nee, fout’, maar geef het goede woord erbij: ‘Ja, vier poten, net als een hond! Dit is een koe. Boe!’ Zo blijft praten leuk, en hoort je kind het juiste woord precies op tijd. Goed terugzeggen werkt beter dan laten overdoen.

home-late-child-asleep =
    .title = Laat thuis en je kind slaapt al?
    .body = Was je vanavond pas thuis toen je kind al sliep? Kijk even om de hoek van de slaapkamer, en vertel het morgenochtend: ‘Ik kwam gisteravond nog naar je kijken. Je sliep heel diep.’ Zo weet je kind dat je er was, ook toen het sliep. Af en toe het slapengaan missen breekt niets. Vaak te laat? Maak dan van het ontbijt jullie vaste moment.

toddler-asks-for-a-song =
    .title = Je kind vraagt om een liedje
    .body = Draait je kind met de handjes of klapt het, en kijkt het je vragend aan? Misschien vraagt het om een liedje. Raad hardop: ‘Wil je De wielen van de bus?’ en zing het meteen. Teken er vandaag een paar liedkaartjes bij: een bus, een spin, een eend. Dan kan je kind aanwijzen wat het wil horen. Zo merkt het: ik kan iets vragen, en jij begrijpt me.

torn-page-mend-together =
    .title = Bladzijde gescheurd? Samen plakken
    .body = Heeft je kind een bladzijde uit een boekje gescheurd? Zeg rustig wat er gebeurd is: ‘Oei, de bladzijde is kapot. Die gaan we maken.’ Pak plakband en laat je kind helpen: het stukje vasthouden, het plakband aandrukken. Zo leert je kind dat iets wat kapotgaat weer goed kan komen, en niet alleen bij boekjes. Dierbare boeken mogen even hoger staan.

threatened-to-leave-without-them =
    .title = ‘Ik ga zonder jou!’ Neem het terug
    .body = Riep je in de speeltuin ‘Ik ga hoor, dan blijf je maar hier!’, en rende je kind in paniek naar je toe? Zo’n dreigement werkt snel, juist omdat je kind bang is jou kwijt te raken. Neem het vandaag terug: ‘Ik ging niet echt weg. Ik laat je nooit achter.’ Kies voor de volgende keer een zin die wél klopt: ‘Ik kom je nu halen, en dan gaan we samen.’ Zo wordt jouw weggaan nooit een straf.

say-thank-you-to-your-toddler =
    .title = Zeg jij eens dankjewel tegen je kind
    .body = Geeft je kind je een steentje, een blokje of je sleutels? Zeg vandaag gemeend ‘dankjewel!’, en vraag zelf met ‘wil je…?’ en ‘alsjeblieft’. Vraag niet steeds ‘wat zeg je dan?’. Kinderen leren beleefdheid vooral van hoe er tegen hén gepraat wordt, en zo voelt je kind zich een echte gesprekspartner. Misschien hoor je straks vanzelf een klein ‘dankjewel’ terug.

evening-scrolling-instead-of-sleep =
    .title = ’s Avonds nog eindeloos scrollen?
    .body = Slaapt je kind eindelijk, en scrol je daarna tot laat op je telefoon, omdat dat je enige moment voor jezelf is? Heel begrijpelijk. Leg vanavond je telefoon op een vaste tijd weg, buiten de slaapkamer, en doe nog één ding voor jezelf zonder scherm: een douche, een boek, thee. Van slaap wordt geduld gemaakt. Eén avond eerder naar bed is al winst.

family-photos-who-is-that =
    .title = Wie is dat? Foto’s van de familie
    .body = Pak vandaag foto’s van de familie erbij, of hang er een paar laag op de koelkast. Wijs en vertel: ‘Dat is oma, die woont ver weg. En kijk, dat ben ik, toen ik net zo klein was als jij!’ Zo leert je kind wie er bij jullie horen, ook als ze ver weg wonen. Misschien brengt je kind je straks zelf het album: ‘Wie dat?’

saw-something-scary-on-a-screen =
    .title = Iets engs gezien op een scherm?
    .body = Zag je kind iets wat het bang maakte: het journaal, de film van een grote broer of zus, een filmpje dat anders liep dan je dacht? Dat gebeurt in elk gezin. Zet het rustig uit, neem je kind bij je en zeg wat het zag: ‘Dat was een harde knal. Daar schrok je van. Je bent bij mij.’ Peuters kunnen echt en nep nog niet goed uit elkaar houden. Kijk het nieuws voortaan als je kind slaapt, of met oortjes.

your-voice-instead-of-the-speaker =
    .title = Jouw stem in plaats van de speaker
    .body = Klinken kinderliedjes bij jullie vaak uit een speaker of tablet? Zet ze vandaag één keer uit en zing een van die liedjes zelf, met je kind op schoot. Een speaker zingt gewoon door; jij kunt wachten, langzamer gaan, het stukje herhalen waar je kind om lacht, en je ziet het gezicht van je kind. Zo wordt een liedje iets van jullie samen. Mooi zingen hoeft niet.

restart-a-bad-morning =
    .title = Mislukte ochtend? Begin de dag opnieuw
    .body = Is het pas tien uur en ging alles al mis: gehuil, gemorste melk, een kort lontje bij jou? Druk vandaag op de resetknop. Ga samen tien minuten naar buiten, eet iets, zet muziek op en zeg hardop: ‘Kom, we beginnen opnieuw.’ Om tien uur is een dag nog lang niet verloren, en je kind ziet dat een rommelig begin kan omslaan. Om vier uur nog een herstart nodig? Mag ook.

parenting-questions-at-the-clinic =
    .title = Opvoedvragen? Ook daarvoor is het consultatiebureau
    .body = Loop je vast met iets wat je kind doet, of met je eigen geduld? Het consultatiebureau is er niet alleen voor wegen, meten en prikken; je kunt er ook met vragen over opvoeden terecht, ook tussen de afspraken door. Schrijf vandaag op waar je mee zit en bel, of vraag het bij het volgende bezoek. Vragen is geen falen: samen kijken helpt vaak.

voice-messages-with-grandparents =
    .title = Spraakberichtjes heen en weer met opa of oma
    .body = Wonen opa en oma ver weg, misschien in een ander land? Vraag ze een kort spraakbericht te sturen met een liedje of versje in hun eigen taal. Luister het een paar keer samen met je kind. Neem dan samen een antwoord op: een woordje, een lach, een stukje liedje. Zo gaat er echt iets heen en weer, en hoort je kind de stemmen en de taal van de familie vaker.

notice-your-anger-building =
    .title = Voel je boosheid aankomen, vóór je ontploft
    .body = Merk je je boosheid vaak pas als je al geschreeuwd hebt? Let vandaag op wat je lijf vlak daarvoor doet: een warm hoofd, strakke kaken, een hardere stem. Kies een stopsignaal voor jezelf: handen op het aanrecht, één lange uitademing, in je hoofd ‘wacht’. Hoe eerder je het voelt aankomen, hoe meer ruimte je hebt om te kiezen. Toch uitgevallen? Goedmaken telt ook.

reading-side-by-side =
    .title = Samen lezen, ieder een eigen boek
    .body = Pak vandaag je eigen boek of tijdschrift en ga op de bank zitten, met een stapeltje boekjes voor je kind naast je. Ieder ‘leest’ even het eigen boek. Laat je kind je een plaatje zien, kijk dan echt op en reageer: ‘O, een olifant!’ Daarna lees je verder. Kinderen doen graag na wat grote mensen fijn vinden, en jij leest een paar bladzijden. Duurt het maar twee minuten? Telt ook.

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
    .body = Hangt er een gespannen sfeer, met een dwarse peuter en een ouder met een kort lontje? Gooi het over een andere boeg: loop als een pinguïn naar de badkamer, praat met een piepstemmetje, laat een sok ‘hallo’ zeggen. Samen lachen ontspant jouw lijf én dat van je kind, en doorbreekt vaak een vastgelopen moment. Is je kind echt verdrietig? Dan gaat troosten voor.

blamed-them-wrongly =
    .title = Je kind ten onrechte de schuld gegeven?
    .body = Dacht je dat je kind de beker had omgegooid of de plant had geplukt, en bleek het de hond, de grote zus of je eigen elleboog? Zeg het dan gewoon: ‘Ik dacht dat jij het deed, maar dat klopte niet. Sorry dat ik boos deed.’ Zo’n zin kost niets en leert je kind veel: ook grote mensen vergissen zich, en goedmaken hoort erbij. Je wordt er als ouder niet kleiner van; jullie band wordt er sterker van.

mixing-two-languages =
    .title = Twee talen door elkaar? Heel gewoon
    .body = Zet je kind woorden uit twee talen in één zinnetje? Heel gewoon: je kind gebruikt het woord dat het als eerste vindt. Reageer vandaag op wát je kind bedoelt, in je eigen taal, en laat het niet eerst de ‘goede’ taal kiezen. Zo blijft praten iets wat lukt. Na verloop van tijd ontdekken de meeste kinderen vanzelf wie welke taal spreekt.

if-youre-happy-a-song-of-feelings =
    .title = Als je blij bent… een liedje vol gevoelens
    .body = Zing vandaag ‘Als je blij bent en je weet het, klap dan in je handen’, en voeg gevoelens toe: ben je boos, stamp dan met je voeten; ben je verdrietig, zeg dan ‘boehoe’; ben je bang, kruip dan tegen mij aan. Doe het groot voor, met je hele gezicht. Zo speelt je kind op een veilig moment met gevoelens, en krijgt het er woorden en gebaren bij. Verzint je kind zelf een couplet? Zing mee.

your-toddler-is-listening-in =
    .title = Je kind luistert mee
    .body = Vertel je aan de telefoon hoe lastig je kind vandaag was, terwijl het naast je speelt? Peuters begrijpen vaak veel meer dan ze kunnen zeggen. Bewaar de zware verhalen voor als je kind slaapt. Vertel nu, goed hoorbaar, iets wat lukte: ‘Weet je wat vandaag goed ging? De hele weg naar de bakker zelf gelopen!’ Zo hoort je kind dat jij ziet wat het goed doet.

hearing-your-parents-in-your-voice =
    .title = Hoor je je eigen ouders in je stem?
    .body = Hoorde je jezelf iets zeggen wat je vader of moeder vroeger zei, en wat je nooit wilde zeggen? Dat overkomt veel ouders, vooral als ze moe zijn. Kies vanavond de zin die je de volgende keer wél wilt zeggen, en hang hem op een briefje op de koelkast: ‘Ik help je even’ in plaats van ‘Schiet nou op!’ Dan ligt hij klaar. Was je jeugd zwaar en drukt dat nu op je? Praat erover met je huisarts.

tell-each-other-what-went-well =
    .title = Vertel elkaar wat er goed ging
    .body = Zeggen jullie elkaar als ouders vooral wat beter kan: ‘Je vergat de luiers’ of ‘Ze mocht toch geen koekje meer’? Vertel je partner of medeopvoeder vanavond één ding dat je vandaag goed zag gaan: ‘Wat bleef jij rustig bij die driftbui.’ Gezien worden geeft moed, en ouders die elkaar steunen, geven een kind rust. Voed je alleen op? Vraag eens aan iemand die je goed kent wat die jou goed ziet doen.

looking-at-phone-photos-together =
    .title = Samen foto’s kijken op je telefoon
    .body = Staat je telefoon vol foto’s van het weekend? Ga vandaag samen zitten en blader langzaam door een paar foto’s: ‘Kijk, daar ben jij bij de geitjes. Wat deed die geit?’ Laat je kind meewijzen en meevertellen, met een woord of een geluid. Samen terugkijken helpt je kind er een verhaal van te maken. Daarna gaat de telefoon weer weg.

a-book-about-their-big-interest =
    .title = Gek op graafmachines? Zoek er een boek over
    .body = Is je kind helemaal weg van graafmachines, paarden of vuilniswagens? Zoek in de bibliotheek een boek met echte foto’s daarvan en duik er samen in. Laat je kind vertellen en leer de woorden mee: de bak, de rupsband, de kraan. Meegaan in wat je kind boeit, zegt: wat jij mooi vindt, vind ik belangrijk. Voor je het weet ben jij ook een kenner.

a-promise-you-cannot-keep =
    .title = Een belofte die niet doorgaat
    .body = Had je beloofd na het slaapje naar de speeltuin te gaan, en kan het nu toch niet? Zeg het eerlijk en kort: ‘Ik had speeltuin gezegd. Het kan nu niet, en dat is jammer. Morgenochtend gaan we.’ Laat de teleurstelling er mogen zijn, en ga morgen echt. Vertrouwen groeit niet doordat iets nooit tegenvalt, maar door eerlijk zijn en het goedmaken.

chatty-at-home-quiet-at-childcare =
    .title = Thuis aan het praten, op de opvang stil?
    .body = Zegt je kind thuis steeds meer in jouw taal, maar is het op de opvang vooral stil? Veel kinderen die een nieuwe taal leren, kijken en luisteren eerst een tijd voordat ze die zelf spreken. Vraag vandaag hoe je kind zich daar verstaanbaar maakt: wijzen, meezingen, meespelen? Blijf thuis gewoon je eigen taal spreken. Twijfel je? Bespreek het met het consultatiebureau.

watching-a-video-together =
    .title = Kijkt je kind een filmpje? Kijk dan mee
    .body = Zet je je kind weleens een kort filmpje op? Ga er vandaag naast zitten en kijk mee. Praat over wat je ziet: ‘De hond springt! Net als jij.’ Spreek vooraf af: ‘Eén filmpje, dan gaat het uit’, en zet het samen uit met een zwaai: ‘Dag filmpje!’ Samen kijken maakt er iets van jullie samen van, en een aangekondigd einde geeft minder strijd.

say-out-loud-how-you-handle-a-setback =
    .title = Zeg hardop hoe jij een tegenvaller oplost
    .body = Gaat er iets mis waar je kind bij is: de melk kookt over, de sleutel is zoek? Zeg hardop wat er in je gebeurt en wat je doet: ‘Oei, ik baal. Even diep ademen. Eerst in mijn jaszak kijken.’ Je kind kijkt goed hoe grote mensen met tegenvallers omgaan, en krijgt zo woorden voor wat het zelf voelt én een manier om door te gaan. Ging het niet rustig? Zeg dat ook: ‘Dat was hard, hè. Nu gaat het weer.’

your-child-as-the-hero =
    .title = Je kind als held van het verhaal
    .body = Verzin vandaag een heel kort verhaal met je kind in de hoofdrol: ‘Er was eens een meisje dat Noor heette. Ze vond een grote plas. En wat deed ze? Plons!’ Gebruik de naam van je kind, dingen die het kent en een goed einde. Een verhaal over jezelf is voor een peuter het spannendste wat er is, en het zegt: jij doet ertoe. Morgen nog een keer? Graag.

toddler-conducts-the-song =
    .title = Je kind is de dirigent
    .body = Zing vandaag een bekend liedje en maak van je kind de dirigent. Gaan de armen omhoog, dan zing je hard; omlaag, dan fluister je; zwaait je kind snel, dan zing je snel. Doe het eerst zelf een keer voor. Je kind merkt dat jij volgt wat het laat zien, en dat geeft een heerlijk gevoel van invloed. Daarna mag jij een keer dirigeren.

partner-seems-low-for-weeks =
    .title = Lijkt je partner al weken somber?
    .body = Is je partner of medeopvoeder al weken stil, prikkelbaar of somber? Zeg op een rustig moment zonder verwijt wat je ziet: ‘Je lijkt zo moe en down de laatste tijd. Hoe gaat het echt met je?’ Bied aan om samen naar de huisarts te gaan. Somberheid overkomt veel ouders, moeders én vaders, en het is niemands schuld; hulp vragen is sterk. Zoek ook steun voor jezelf.

toddler-answers-in-dutch =
    .title = Je kind antwoordt in het Nederlands?
    .body = Praat jij je eigen taal, en antwoordt je kind steeds vaker in het Nederlands? Heel gewoon als het op de opvang veel Nederlands hoort. Blijf rustig je eigen taal spreken en zeg het woord terug in jouw taal, zonder het te laten overdoen. Maak je taal vooral leuk: liedjes, verhalen, bellen met familie. Dwang maakt een taal zwaar; plezier houdt hem levend.

others-cant-understand-your-child =
    .title = Verstaat een ander je kind niet? Vertaal even
    .body = Vertelt je kind iets aan oma of de buurvrouw, en kijkt die jou niet-begrijpend aan? Vertaal kort, en praat daarbij mét je kind in plaats van erover: ‘Je zegt dat de hond is weggelopen! Ja, hè.’ Zo blijft praten iets wat lukt, en hoort de ander wat je kind bedoelt. Veel peuters zijn voor anderen nog lastig te verstaan; dat is gewoon. Maak je je zorgen over het praten? Vraag het consultatiebureau.

talk-to-yourself-like-a-friend =
    .title = Praat tegen jezelf zoals tegen een vriend
    .body = Denk je na een misser meteen ‘ik ben een slechte ouder’? Vraag je af wat je zou zeggen tegen een vriend die hetzelfde overkwam. Waarschijnlijk iets als: ‘Je was doodmoe, en je hebt het daarna goedgemaakt.’ Zeg die zin vandaag tegen jezelf. Mild zijn voor jezelf is niet slap: het geeft energie om het goed te maken, en je kind leert van jou hoe je met fouten omgaat.

toddler-reads-to-you =
    .title = Laat je kind jou eens voorlezen
    .body = Zit je kind weleens in z’n eentje brabbelend een boekje te ‘lezen’? Draai vandaag de rollen om: je kind houdt het boek vast en ‘leest’ voor, aan jou of aan de knuffel, met klanken, woordjes en veel wijzen. Jij bent het publiek: ‘O! En toen?’ Je kind laat zien wat het allemaal weet, en voorlezer zijn maakt trots. Het verhaal mag anders lopen dan in het boek.

let-the-other-parent-do-it-differently =
    .title = Laat de ander het anders doen
    .body = Neemt je partner of medeopvoeder het badje, het aankleden of het naar bed brengen over? Ga dan echt even weg, en verbeter niet, tenzij het onveilig is. Een andere manier is geen slechtere manier. Je kind bouwt met ieder een eigen band op, juist door die eigen stijl, en de ander groeit in zelfvertrouwen. En jij hebt tien minuten voor jezelf.

holiday-with-a-toddler-is-not-rest =
    .title = Op vakantie met een peuter: verwacht geen rust
    .body = Voelt je vakantie vooral als hetzelfde werk op een vreemde plek, met minder slaap? Heel gewoon met een peuter. Schroef je verwachtingen omlaag: een middag niks doen is ook vakantie. Spreek met je reisgenoten af dat ieder om beurten een ochtend uitslaapt of een uurtje alleen op pad gaat. Een vakantie met een peuter is geen rustkuur, en dat is goed genoeg.

long-car-trip-songs-and-stops =
    .title = Lange autorit? Liedjes, stops en naar buiten kijken
    .body = Een lange autorit voor de boeg? Plan stops om te rennen en te knuffelen, en neem een tasje mee met boekjes of speeltjes die je kind een tijdje niet zag. Zing onderweg samen, en speel ‘wat zie ik daar?’: een koe, een vrachtwagen, een brug. Zo wordt de rit iets wat jullie samen doen. Een filmpje voor een deel van de rit kan er ook bij.

a-story-from-your-childhood =
    .title = Vertel een verhaal van toen jij klein was
    .body = Vertel vandaag, zonder boek, een heel kort waargebeurd verhaal van toen jij klein was, in je eigen taal: ‘Toen ik klein was, hadden we een kip. Die liep een keer zomaar de keuken in!’ Kijk je kind aan, gebruik je handen en je stem. Zo hoort je kind waar het vandaan komt. Vraagt je kind morgen weer om ‘de kip’? Dan heb je een klassieker.

threw-away-their-treasure =
    .title = Een schat van je kind weggegooid?
    .body = Gooide je een verfrommeld blaadje, een stokje of een kapot autootje weg, en is je kind ontroostbaar? Zeg niet ‘het is maar een stokje’, maar: ‘Dat was jouw mooie stok, en ik heb hem weggegooid. Sorry.’ Haal hem terug als het kan, of zoek samen een nieuwe. Vraag voortaan eerst: ‘Mag dit weg, of is het een schat?’ Zo merkt je kind dat zijn spullen er voor jou ook toe doen.

toddler-says-a-rude-word =
    .title = Zegt je kind ineens een lelijk woord?
    .body = Komt er ineens een vloek of scheldwoord uit dat kleine mondje, opgepikt op straat, op de opvang of gewoon thuis? Je kind weet nog niet wat het betekent, wel dat het woord iets doet. Reageer kalm en kort: ‘Dat is geen fijn woord. Zeg maar: potjandorie!’ Grote schrik of hard lachen maakt het woord juist spannend. Zeg zelf vaker het grappige woord; vaak is het lelijke na een paar dagen vergeten.

read-it-wrong-on-purpose =
    .title = Lees het eens expres fout
    .body = Kent je kind een boekje goed? Zeg vandaag expres iets geks: ‘En de koe zegt… miauw!’ Wacht even. Veel peuters roepen verontwaardigd ‘nee, boe!’ en liggen dubbel. Doe maar verbaasd: ‘O ja? Wat zegt de koe dan?’ Je kind mag het beter weten, en samen lachen om woorden is taal en band tegelijk. Wil je kind het vanavond juist precies zoals altijd? Ook prima.

sing-along-their-version =
    .title = Zingt je kind het liedje anders? Zing mee
    .body = Zingt je kind ‘Alle eendjes zwemmen in de… taart’, of brabbelt het een liedje met eigen woorden? Zing vandaag mee in de versie van je kind, en lach samen. Verbeteren hoeft niet: jij zingt het liedje vaak genoeg zoals het hoort, en zo leert je kind het vanzelf. Meezingen met die eigen versie zegt: jouw stem telt. Misschien wordt het jullie vaste variant.

a-week-alone-with-your-toddler =
    .title = Een week alleen met je kind? Leg de lat laag
    .body = Is je partner een week weg, voor werk of familie, en sta je er alleen voor? Leg de lat bewust laag: makkelijk eten, één uitje per dag, geen grote klussen. Vraag één iemand om één ding, zoals een keer koken of een ochtend oppassen. En ga zelf vroeg naar bed. Je kind heeft meer aan een rustige ouder dan aan een vol programma. Na zo’n week mag je trots zijn.

let-your-toddler-finish-talking =
    .title = Laat je kind uitpraten
    .body = Herhaalt je kind soms klanken of woordjes, ‘ik-ik-ik wil…’, of zoekt het lang naar een woord? Bij veel peuters gaan de gedachten dan sneller dan de mond. Wacht rustig, blijf je kind aankijken en maak de zin niet af. Zeg ook niet ‘praat eens rustig’. Zo voelt je kind dat er tijd is. Lijkt praten je kind moeite of spanning te kosten? Vraag het consultatiebureau.

clap-the-names =
    .title = Klap de namen van iedereen thuis
    .body = Klap vandaag samen de namen van iedereen in huis, op het ritme van de klanken: ‘O-ma’, twee klappen; ‘Mo-ham-med’, drie klappen. Daarna de knuffel, de poes, de buurvrouw. Je kind klapt misschien nog niet in de maat, en dat hoeft ook niet. Het gaat om samen spelen met klank en ritme, met de namen van mensen die het kent. Morgen klap je de naam van je kind zelf.

a-letter-at-two =
    .title = Bijna twee: schrijf je kind een briefje
    .body = Wordt je kind bijna twee? Schrijf vanavond een kort briefje om later samen te lezen: waar je kind nu om lacht, welke woordjes het zegt, wat er lastig was en wat jullie samen leerden. Niemand deed het twee jaar lang perfect, en dat hoefde ook niet. Je was er steeds weer, ook na de missers, en daar groeit een kind op. Berg het briefje goed op.
