# Daily tips (batch d-d156): .title at most 60 characters, .body at most 400.

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

rowing-rhyme-on-your-lap =
    .title = Schuitje varen op je schoot
    .body = Zit je baby tegenover je op schoot, met de rug tegen je opgetrokken knieën? Pak de handjes en wieg samen zacht heen en weer op Schuitje varen, theetje drinken, of een ander roeiliedje. Maak bij de laatste regel een grotere golf en kom meteen terug. Bij elke golf vinden jullie ogen elkaar, en jij houdt vast: spannend en veilig tegelijk. Nog wiebelig? Houd dan het lijfje vast, niet de handjes.

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
