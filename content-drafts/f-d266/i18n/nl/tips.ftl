carer-takes-over-in-their-arms =
    .title = Van jouw armen naar vertrouwde armen
    .body = Breng je je baby vandaag naar de opvang of de oppas? Zet je baby bij het afscheid niet op de grond of in de box, maar geef je baby over in de armen van de vaste pedagogisch medewerker of de oppas, die het troosten meteen overneemt. Zo zit er geen leeg moment tussen jouw armen en die van de ander. Huilt je baby toch? Dat mag: het gaat om een zachte landing, niet om een afscheid zonder tranen.

keep-your-return-promise-out-loud =
    .title = Zeg het hardop: terug, zoals beloofd
    .body = Beloof bij het afscheid alleen wat klopt: niet ‘Ik ben zo terug’ als je pas na het middagslaapje komt, maar ‘Na je slaapje kom ik je halen’. Zeg het bij het ophalen nog eens: ‘Ik zei na je slaapje, en hier ben ik.’ De woorden snapt je baby nog niet, het patroon wel: wie weggaat, komt terug. Elke keer dat het klopt, wordt dat patroon een beetje steviger.

staying-behind-say-what-happens =
    .title = Wie achterblijft, zegt wat er gebeurt
    .body = Gaat er vandaag iemand de deur uit en huilt je baby in jouw armen? Pak niet meteen een speeltje om af te leiden. Zeg eerst wat er gebeurt: wie er weg is, wanneer die terugkomt, en ‘Je bent verdrietig, hè? Ik ben bij je.’ Zo hoeft je baby het gemis niet alleen te dragen. Een liedje of samen naar buiten kijken mag daarna best, als het ergste huilen gezakt is.

pulling-to-stand-you-close-by =
    .title = Zelf optrekken, jij dichtbij
    .body = Trekt je baby zich op aan de bank of aan de rand van de box? Zet je baby niet zelf overeind, maar ga vlak naast de bank op de grond zitten. Houd je hand klaar als vangnet en help alleen als je baby erom vraagt. Misschien lukt het pas na tien pogingen, en dat is precies goed: je baby ontdekt wat het zelf kan, terwijl jij zorgt dat het veilig voelt.

stuck-standing-help-them-down =
    .title = Wel omhoog, maar hoe weer omlaag?
    .body = Staat je baby rechtop en huilt het, omdat het niet weet hoe het weer moet gaan zitten? Til je baby niet steeds op, maar help het zakken: een hand op de billen, de knieën zacht laten buigen, ‘Knietjes buigen… en zitten!’ Zo beantwoord je de roep om hulp en leer je je baby hoe het straks zelf kan. Tot dat lukt, ben jij de lift naar beneden.

twins-both-want-you-at-once =
    .title = Een tweeling, en allebei willen ze tegelijk naar jou
    .body = Willen je tweelingbaby’s vandaag allebei tegelijk naar jou? Pak er één op, ga op de grond naast de ander zitten en leg je vrije hand op diens rug. Praat tegen allebei: ‘Ik hoor jou ook, jij komt zo op schoot.’ Wissel af wie eerst mag. Je stem en je hand vertellen het wachtende kind dat het niet vergeten is. Even huilen tijdens het wachten is niet erg; twee tegelijk troosten lukt niemand perfect.

brushing-first-teeth-together =
    .title = Samen tandenpoetsen, ieder met een eigen borstel
    .body = Komt het eerste tandje door, of is het er al? Poets vandaag samen: neem je baby op schoot in de badkamer, poets je eigen tanden en geef je baby intussen een eigen zacht babyborsteltje om op te kauwen. Poets daarna kort bij je baby na en zeg wat je doet: ‘Eerst boven, dan onder. Klaar!’ Zo wordt poetsen iets wat jullie samen doen, geen worsteling. Protest hoort erbij; kort poetsen is ook goed.

cruise-along-the-sofa-to-you =
    .title = Langs de bank naar jou toe
    .body = Schuifelt je baby al langs de bank, handje voor handje? Ga aan het eind van de bank op je knieën zitten, spreid je armen en wacht. Laat je gezicht stralen als je baby aankomt: ‘Jij bent helemaal naar mij gekomen!’ Aankomen bij iemand die blij is je te zien, geeft je baby het gevoel welkom te zijn. Is er nog iemand thuis? Ga dan ieder aan een kant zitten.

wave-bye-bye-to-the-bath-water =
    .title = Dag zwaaien naar het badwater
    .body = Zwaait je baby al, of kijkt het geboeid als jij zwaait? Zwaai vandaag samen dag als er iets ophoudt: het badwater dat wegloopt, het lege bord, de laatste bladzij van het boekje, de oppas die naar huis gaat. ‘Dag badwater!’ Zo wordt een einde iets herkenbaars, met een woord en een gebaar erbij. Dat maakt het grotere afscheid bij de opvang ook wat minder onverwacht.

baby-swing-push-from-the-front =
    .title = In de babyschommel: duw van voren
    .body = Ga je vandaag naar de speeltuin? Zet je baby in een babyschommel en ga er vóór staan in plaats van erachter. Duw zachtjes, zeg bij elke zwaai ‘En… daar ben je weer!’ en laat je gezicht meedoen. Zo ziet je baby jou steeds opnieuw en leest het aan je gezicht dat dit leuk is. Kijkt je baby ernstig, klemt het zich vast of draait het weg? Dan gaat het te hard of te hoog: zachter, of er even uit.

danger-calm-hands-not-a-shout =
    .title = Gevaar? Rustige handen, geen schreeuw
    .body = Gaat je baby vandaag op weg naar de trap, de oven of een snoer? Loop erheen in plaats van van ver ‘Nee!’ te roepen. Til je baby op, zeg kort ‘Daar niet, dat is gevaarlijk. We spelen hier’ en zet je baby een stukje verder neer bij iets leuks. Een schreeuw van ver laat schrikken maar leert weinig; jouw rustige handen brengen dezelfde boodschap zonder die schrik. Een traphekje scheelt veel lopen.

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

family-party-quiet-breaks =
    .title = Op een feest af en toe even naar de stilte
    .body = Ga je vandaag naar een groot feest, zoals een bruiloft, het Suikerfeest of Kerst? Ga ongeveer elk uur even met je baby naar een stille kamer of naar buiten, vijf minuten met z’n tweeën. Muziek, stemmen en handen die je baby willen vasthouden zijn veel tegelijk; een korte adempauze voorkomt dat het te veel wordt. Wrijft je baby in de ogen of draait het steeds weg? Tijd voor een langere pauze.

working-nights-your-fixed-moment =
    .title = Werk je ’s nachts? Kies jouw vaste moment
    .body = Werk je nachtdiensten of wisseldiensten, en mis je daardoor veel van de dag van je baby? Kies één vast zorgmoment dat van jou is, op de dagen dat het kan: het ontbijt na je dienst, het badje voor je vertrekt, het liedje bij het middagslaapje. Een moment dat steeds terugkomt, houdt jullie band warm, ook als de uren wisselen. Het hoeft niet lang: tien minuten echt samen telt.

two-homes-same-bedtime-song =
    .title = Twee huizen, hetzelfde slaapliedje
    .body = Woont je baby afwisselend bij jou en bij de andere ouder? Spreek af dat een paar dingen in beide huizen hetzelfde gaan: het slaapliedje, de woorden bij het naar bed gaan. Geef bij het overdragen kort door hoe het ging, of laat een schriftje met de tas meereizen. Dan hoeft je baby niet in elk huis opnieuw te raden wat er komt. Huilt je baby bij de wissel? Dat is afscheid nemen, geen slecht teken.

moving-house-set-up-the-cot-first =
    .title = Verhuizen: eerst het bedje
    .body = Gaan jullie verhuizen? Zet in het nieuwe huis eerst het bedje van je baby op, zoals het in het oude huis stond, met dezelfde slaapzak. Houd het slaapritueel precies gelijk: hetzelfde liedje, dezelfde woorden, dezelfde volgorde. Als alles om je baby heen nieuw is, geeft het vertrouwde ritme houvast. Een paar onrustige nachten zijn normaal; blijf dan wat langer bij je baby.

moving-house-tour-of-the-rooms =
    .title = Een rondleiding door het nieuwe huis
    .body = Woon je net in een nieuw huis? Draag je baby vandaag door alle kamers en vertel wat jullie zien: ‘Dit is de keuken. Hier staat jouw bedje. Kijk, het raam, de boom buiten.’ Doe het een paar dagen achter elkaar. Jouw stem en jouw arm maken van een vreemde plek langzaam een bekende plek. Laat je baby daarna op de grond verkennen, maar check eerst stopcontacten, trap en snoeren.

when-the-familiar-carer-leaves =
    .title = Als de vertrouwde pedagogisch medewerker vertrekt
    .body = Vertrekt de vaste pedagogisch medewerker van je baby op de opvang, of komt er een nieuw gezicht op de groep? Vraag of de vertrouwde persoon een paar keer samen met de nieuwe kan werken, zodat je baby van de ene arm aan de andere kan wennen. Vertel de nieuwe zelf hoe je baby getroost wil worden en neem de eerste weken meer tijd bij het brengen. Huilt je baby meer? Dat is gemis, geen achteruitgang.

first-night-at-the-grandparents =
    .title = De eerste nacht bij de grootouders
    .body = Gaat je baby voor het eerst bij de grootouders slapen? Laat je baby daar eerst een middagslaapje doen, terwijl jij nog in huis bent. Geef het slaapritueel mee: dezelfde slaapzak, hetzelfde liedje, dezelfde woorden. Bespreek ook veilig slapen, want vroeger ging dat anders: op de rug, in een eigen bedje, niets zachts erin, geen kussen of knuffel. Dan slaap jij ook met een gerust hart.

tidy-up-one-block-together =
    .title = Samen één blokje in de doos
    .body = Ligt de vloer vol blokken? Maak van opruimen vandaag een klein spel: pak samen één blokje, houd de doos bij en zeg ‘In de doos… boem!’ Klap als het erin valt. De rest ruim jij op, terwijl je baby kijkt of er nog eentje brengt. Zo wordt het einde van het spelen een vast, gezellig moment met jou in plaats van iets wat zomaar gebeurt. Zing er steeds hetzelfde opruimliedje bij.

two-languages-speak-your-own =
    .title = Twee talen thuis? Spreek je eigen taal
    .body = Spreek je thuis een andere taal dan op de opvang? Praat met je baby in de taal van je hart, de taal waarin je troost, grapjes maakt en zingt. Je baby begint nu woorden te begrijpen en kan dat in twee talen tegelijk. In je eigen taal klinkt je stem zoals je baby die kent. Nederlands leert je baby ook op de opvang; leer de pedagogisch medewerkers gerust een paar troostwoorden uit jullie taal.

sick-day-carry-more-do-less =
    .title = Een ziek dagje: meer dragen, minder doen
    .body = Is je baby verkouden of koortsig en wil het alleen bij jou zijn? Geef daar gerust aan toe: draag je baby, houd het op schoot, laat de was liggen. Een zieke baby zoekt extra nabijheid, en die geeft rust. Valt je baby op je in slaap en ben je zelf moe, leg het dan in het eigen bedje. Drinkt je baby slecht, is het slap of maak je je zorgen? Bel de huisarts, ’s avonds en ’s nachts de huisartsenpost.

soft-hands-when-they-grab =
    .title = Zachte handjes
    .body = Trekt je baby vandaag aan je haar, je bril of de vacht van de kat? Je baby is aan het ontdekken en wil geen pijn doen. Pak rustig het handje, maak het open en aai er samen mee over je wang of over de kat: ‘Zachtjes. Zo.’ Je baby voelt het verschil en ziet aan je gezicht dat aaien fijn is. Het gaat nog vaak mis, en dat is niet erg: elke keer rustig voordoen is genoeg.

baby-wrecks-a-siblings-game =
    .title = De baby gooit de toren van een groter kind om
    .body = Gooit je baby vandaag de blokkentoren of de puzzel van een ouder kind om? Zeg tegen je oudere kind wat je ziet: ‘Balen, hè, je had er zo hard aan gewerkt.’ En tegen je baby: ‘Jij wilde meedoen, hè?’ Geef het oudere kind daarna een plek waar de baby niet bij kan, zoals de tafel. Zo voelen ze zich allebei gezien, en wordt je baby niet ‘de lastige’ in het verhaal van thuis.

a-song-for-the-car-seat =
    .title = Een liedje voor de autostoel
    .body = Zet je baby zich schrap of huilt het zodra de autostoel in zicht komt? Kies één liedje dat alleen bij de autostoel hoort en zing het elke keer bij het vastmaken. Zeg wat je doet: ‘Eerst je armen door de riemen, dan klik.’ Een vast liedje en dezelfde woorden maken van een vervelend moment iets voorspelbaars. Helpt het vandaag niet? Blijf kalm, maak de riemen goed vast en zing morgen weer.

nappy-change-baby-wants-to-go =
    .title = Verschonen met een baby die weg wil
    .body = Draait je baby zich bij elke luier om en wil het ervandoor? Een worstelpartij ontstaat vaak pas als je moet vasthouden. Geef je baby iets te doen, zoals de schone luier vasthouden of een speeltje dat alleen bij het verschonen hoort, en zeg wat er komt: ‘Nog even liggen, dan mag je weer.’ Een natte luier kan ook eens staand, aan de bank. Op de commode houd je altijd een hand op je baby.

a-spoon-of-their-own =
    .title = Een eigen lepel aan tafel
    .body = Grijpt je baby vandaag steeds naar de lepel als je het eten geeft? Geef je baby een eigen lepel en leg een paar zachte stukjes op het blad om zelf te pakken, terwijl jij met de andere lepel helpt. Eet zelf ook iets, aan dezelfde tafel, en blijf erbij zolang je baby eet. Je baby voelt: ik mag meedoen en zelf proberen, en jij bent dichtbij. Het wordt een zooi, en dat hoort erbij.

video-calls-with-faraway-family =
    .title = Videobellen met familie ver weg
    .body = Wonen de grootouders of andere dierbaren ver weg, misschien in een ander land? Spreek een vast moment af om te videobellen, bijvoorbeeld zondag na het ontbijt, met elke keer hetzelfde liedje. Zwaai aan het eind samen dag. Een vast gezicht, een bekende stem en een herkenbaar liedje helpen je baby om ook op afstand iemand te leren kennen. Kijkt je baby na een paar minuten weg? Dan is het genoeg.

dancing-in-the-kitchen =
    .title = Dansen in de keuken
    .body = Veert je baby al mee op muziek, staand aan de bank of bij jou op de arm? Zet vandaag een liedje op waar jij zelf blij van wordt en dans samen door de keuken: wiegen, draaien, stilstaan als de muziek stopt. Ritme, jouw lijf dichtbij en samen lachen maken van een gewoon moment een feestje voor twee. Ook op een zware dag kan één liedje genoeg zijn om allebei even op te laden.

a-few-nights-away-from-baby =
    .title = Een paar nachten weg van je baby
    .body = Moet je een paar nachten weg, voor werk, een ziekenhuisopname of familie? Vraag wie bij je baby blijft de dagen gewoon te houden: hetzelfde ritme, hetzelfde slaapliedje. Spreek een vast moment af voor een kort belletje of een spraakbericht. Kijkt je baby bij je terugkomst eerst weg? Heel gewoon na dagen zonder jou. Blijf dichtbij zonder aan te dringen; de warmte komt meestal vanzelf terug.

copy-me-copy-you =
    .title = Doe mij na, ik doe jou na
    .body = Doet je baby al dingen na, zoals klappen of kuchen? Speel vandaag een nadoe-spel: doe iets eenvoudigs voor, zoals op je hoofd tikken of een kushandje geven, en wacht. Doet je baby het na, lach dan en doe iets nieuws; doet je baby zelf iets, doe jij het na. Zo ontstaat een gesprek zonder woorden, waarin jullie om de beurt leiden. Nog niet? Dan kijkt je baby liever, ook goed.

clinic-visit-on-your-lap =
    .title = Bij de controle zo lang mogelijk op schoot
    .body = Moet je baby binnenkort naar het consultatiebureau of de huisarts, voor een controle of een prik? Vraag of je baby zo veel mogelijk op jouw schoot kan blijven, ook bij het uitkleden en luisteren. Praat zacht en zoek oogcontact. Een vreemde plek en vreemde handen zijn makkelijker met jou als veilige haven vlakbij. Troost daarna zo lang als nodig is; dat is geen verwennen.

fasting-while-caring-for-baby =
    .title = Vasten en voor je baby zorgen
    .body = Vast je in de ramadan of een andere vastentijd en zorg je voor je baby? Houd de zwaarste uren, vaak de late middag, rustig: samen op de vloer, een wandeling, geen grote klussen. Vraag hulp bij het koken voor de iftar of bij het badje. Met honger en slaaptekort is je geduld korter, en dat is menselijk. Geef je borstvoeding? Overleg over vasten met de huisarts of het consultatiebureau.

suddenly-scared-of-the-bath =
    .title = Ineens bang in bad
    .body = Huilt je baby ineens in bad, terwijl het er altijd van genoot? Dat komt vaker voor, soms door het gorgelende putje of een keer uitglijden. Maak het eerst weer veilig: minder water, een handdoek op de bodem, of samen met jou in bad. Zeg wat je ziet: ‘Je vindt het spannend, ik houd je vast.’ Een paar dagen alleen een washandje mag ook. Blijf in bad altijd met een hand bij je baby.

startled-by-your-no-repair =
    .title = Geschrokken van jouw ‘Nee!’
    .body = Riep je vandaag hard ‘Nee!’ toen je baby naar je hete thee greep, en barstte je baby in huilen uit? Logisch: jij schrok, en daardoor schrok je baby ook. Pak je baby op zodra het kan en zeg zacht: ‘Ik riep hard, want de thee is heet. Je schrok ervan. Ik ben hier.’ Herstellen na zo’n moment maakt jullie band sterker, niet zwakker. Zet hete dranken voortaan hoog weg.
