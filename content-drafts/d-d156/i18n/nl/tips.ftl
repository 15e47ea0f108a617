# Daily tips (batch d-d156): .title at most 60 characters, .body at most 400.

sitting-against-you-on-the-floor =
    .title = Jouw benen als leuning bij het zitten
    .body = Zit je baby nog wiebelig? Ga vandaag op de grond zitten met je benen in een V en zet je baby ertussen, met de rug tegen je buik. Leg een speeltje net binnen handbereik. Met jouw lijf als leuning durft je baby naar voren te reiken en rond te kijken. Kiept je baby om, vang dan rustig op: ‘Oeps, ik heb je.’ Morgen kun je het speeltje een stukje verder weg leggen.

pram-seat-facing-you =
    .title = De kinderwagen met het gezichtje naar jou
    .body = Kan het zitje van je kinderwagen of buggy twee kanten op? Draai het vandaag met je baby’s gezicht naar jou toe voor een wandeling door een drukke straat. Bij een toeter, een blaffende hond of veel mensen kan je baby dan even naar jouw gezicht kijken en daar lezen dat het goed is. Knik en lach als je baby je zoekt. Draait het zitje niet? Stop dan af en toe en buig je even voorover.

babble-back-as-if-its-news =
    .title = Antwoord op ‘ba-ba-ba’ alsof het nieuws is
    .body = Brabbelt je baby vandaag ‘ba-ba-ba’ of ‘da-da’? Kijk je baby aan en antwoord alsof je groot nieuws hoort: ‘Ba-ba? Echt waar? Vertel!’ Zeg daarna het klankje zelf en wacht even. Zo ontdekt je baby dat de eigen geluiden een gesprek op gang brengen, met jou als luisteraar. Probeer morgen een nieuw klankje, zoals ‘ma-ma’ of ‘boe-boe’, en luister of het terugkomt.

teething-cool-ring-and-a-lap =
    .title = Tandjes? Een koele bijtring en jouw schoot
    .body = Kwijlt je baby veel, kauwt die op alles en is die hangerig? Misschien komen er tandjes aan. Geef vandaag een bijtring die in de koelkast heeft gelegen, niet in de vriezer, en neem je baby wat vaker bij je op schoot. Pijn is makkelijker te dragen als iemand het met je draagt. Twijfel je, heeft je baby koorts of drinkt die slecht, vraag dan de huisarts of het consultatiebureau om raad.

toys-from-the-kitchen-drawer =
    .title = Het leukste speelgoed kost niets
    .body = Voel je druk om dure spullen te kopen? Geef je baby vandaag een houten lepel, een plastic bakje en een schone sok, en ga erbij zitten. Baby’s van deze leeftijd onderzoeken alles met handen en mond, en het leukste blijft jouw gezicht dat meedoet: ‘Boem, op het bakje!’ Waar je baby het meest aan heeft, is niet het speelgoed maar jij ernaast. Let wel op: niets zo klein dat het in de mond past.

short-fuse-day-go-outside =
    .title = Weinig geduld vandaag? Ga naar buiten
    .body = Merk je vandaag dat je lontje kort is en dat alles je irriteert? Trek jullie allebei een jas aan en maak een rondje, met de kinderwagen of de draagzak. Frisse lucht, beweging en iets anders om naar te kijken halen vaak de spanning eraf, bij jou én bij je baby. Je hoeft niets op te lossen, alleen even de deur uit. Ben je terug en is het nog steeds te veel? Vraag iemand om even over te nemen.

raspberry-on-the-tummy =
    .title = Een prrrt op het buikje
    .body = Ligt je baby vandaag met een blote buik op de commode of op bed, jouw hand erbij? Blaas zachtjes een ‘prrrt’ op het buikje en wacht. Veel baby’s gieren het nu uit, en samen lachen met zo’n aanraking maakt bij jullie allebei oxytocine vrij, het knuffelhormoon. Trekt je baby de beentjes op of kijkt die weg, dan is het genoeg. Een kraai of een greep naar je haar betekent: nog eens!

first-taste-face-to-face =
    .title = Het eerste hapje: jouw gezicht helpt mee
    .body = Krijgt je baby vandaag of binnenkort het eerste hapje? Kies een rustig moment waarop je baby niet uitgehongerd of moe is, en ga tegenover elkaar zitten. Trekt je baby een vies gezicht, lach dan vriendelijk en zeg: ‘Nieuw hè, wat proef je?’ Bij iets vreemds kijkt je baby naar jouw gezicht, en een ontspannen blik zegt: dit is veilig. Een paar likjes is voor de eerste keer ruim genoeg.

little-hands-on-your-face =
    .title = Laat je baby jouw gezicht ontdekken
    .body = Grijpt je baby vandaag naar je neus, je mond of je bril? Houd je gezicht even stil en laat de handjes voelen. Benoem zacht wat je baby pakt: ‘Dat is mijn neus. En hier mijn kin.’ Voor je baby is jouw gezicht het boeiendste wat er in huis is, en dit tasten is een manier om dichtbij te komen. Trekt je baby aan je haar of oorbel, leid het handje dan rustig naar je wang.

money-post-opened-together =
    .title = Geldzorgen? Maak de post niet alleen open
    .body = Laat je enveloppen dicht omdat het geld krap is? Kies vandaag één moment om ze open te maken, samen met iemand die je vertrouwt. Veel gemeenten bieden gratis hulp bij geldzorgen en schulden; het consultatiebureau kan je de weg wijzen. Geldstress vreet het geduld op dat je baby van je nodig heeft, dus hulp zoeken is ook zorgen voor je baby. Schamen hoeft niet: het overkomt veel gezinnen.

board-book-in-the-mouth =
    .title = Het boekje gaat de mond in? Lees toch voor
    .body = Pakt je baby vandaag het boekje en gaat het meteen de mond in? Dat hoort bij deze leeftijd: zo onderzoekt je baby alles. Kies een stevig kartonnen of stoffen boekje, laat je baby het vasthouden en vertel gewoon verder over het plaatje dat toevallig boven ligt. Het gaat om jouw stem en dicht tegen elkaar aan zitten, niet om het verhaal uitlezen. Drie bladzijden, of eentje, is prima.

wait-for-the-open-mouth =
    .title = Wacht met de lepel tot het mondje opengaat
    .body = Geef je je baby vandaag een hapje van de lepel? Houd de lepel voor het mondje en wacht tot je baby zelf naar voren komt en de mond opendoet, in plaats van de lepel naar binnen te schuiven. Draait het hoofdje weg of gaat het mondje dicht, dan is het klaar voor nu. Zo voelt je baby dat er geluisterd wordt, ook aan tafel. Jij bepaalt wat en wanneer, je baby hoeveel.

short-supermarket-trip =
    .title = Boodschappen met je baby: kort en op een goed moment
    .body = Moet je vandaag met je baby naar de supermarkt? Ga op een moment dat je baby uitgerust en gevoed is, en houd het lijstje kort. Felle lampen, muziek, piepende kassa’s en veel mensen zijn voor een baby een hoop tegelijk. Praat zacht tegen je baby tussen de schappen door. Begint je baby te mopperen, loop dan eerst naar een stil gangpad voor een knuffel; het laatste ding op het lijstje kan morgen ook.

milk-feed-stays-a-cuddle =
    .title = De melkvoeding blijft een knuffelmoment
    .body = Eet je baby al wat hapjes? Dan lijkt de borst- of flesvoeding misschien minder belangrijk te worden. Maak er vandaag juist bewust een rustig knuffelmoment van: in je arm, dicht tegen je aan, het licht wat gedimd. Het eten verandert, maar de nabijheid bij het drinken blijft voor je baby een bron van rust. Is je baby te afgeleid om te drinken door alles om zich heen? Zoek dan een stillere plek.

splash-song-in-the-bath =
    .title = Een spetterliedje in bad
    .body = Zit je baby vandaag in bad, met jouw hand stevig in de rug? Zing een kort liedje en spetter aan het eind van elk couplet zachtjes met je vrije hand, steeds op dezelfde plek in het lied. Een vast liedje met een vaste spetter wordt een spelletje dat je baby leert verwachten, en weten wat er komt voelt veilig. Laat je baby in bad nooit alleen, ook niet heel even.

messy-hands-in-the-bowl =
    .title = Knoeien mag: handjes in het bakje
    .body = Grijpt je baby vandaag met de handjes in het bakje eten? Laat maar. Leg een oude doek of krant onder de stoel en veeg niet na elke hap het gezichtje af. Voelen, knijpen en smeren is voor je baby ontdekken wat eten is, en die ontdekking is helemaal van je baby zelf. Poets pas aan het eind, en zeg het eerst: ‘Nu gaan we je handjes wassen.’ De vloer is zo weer schoon; de nieuwsgierigheid blijft.

first-time-in-the-pool =
    .title = Voor het eerst in het zwembad
    .body = Ga je vandaag met je baby zwemmen of naar babyzwemmen? Stap langzaam het water in, met je baby rechtop tegen je borst en je gezicht dichtbij, en houd je baby steeds vast. Galm, mensen en water zijn veel nieuws tegelijk, en jouw lijf en stem zijn het bekende houvast. Kijk naar je baby, niet naar wat de rest van de groep doet. Rillen, wegkijken of huilen betekent: eruit en warm inpakken.

cot-babble-answer-from-the-landing =
    .title = Gebrabbel uit bed? Antwoord al van ver
    .body = Ligt je baby ’s ochtends wakker te brabbelen in bed? Roep vandaag al vanaf de gang terug: ‘Goedemorgen, ik hoor je, ik kom eraan!’ En kom dan ook echt. Zo merkt je baby dat de eigen stem jou bereikt, ook als je nog niet te zien bent. Morgen kun je door de deur heen terugbrabbelen en luisteren of er antwoord komt.

cuddle-stops-on-a-long-drive =
    .title = Lange autorit? Plan knuffelstops
    .body = Rijden jullie vandaag een flink eind, naar familie of op vakantie? Plan regelmatig een stop waarbij je baby uit het autostoeltje mag: rechtop tegen je aan, rondkijken, een voeding of gewoon een knuffel. Lang vastzitten met jou buiten beeld is taai voor een baby, en zo’n pauze laadt de accu weer op. Zolang de auto rijdt, blijft je baby in het stoeltje; zing of praat intussen vanaf je plek.

other-carer-does-it-differently =
    .title = Anders doen is ook goed doen
    .body = Doet je partner, of wie er verder vaak voor je baby zorgt, het vandaag anders dan jij: een ander liedje, een andere greep, wilder spel? Kijk toe en houd je verbetering even voor je. Een baby went prima aan twee manieren, en die eigen aanpak wordt juist het kenmerk van hun band. Grijp alleen in bij iets wat onveilig is. Vraag achteraf eens: ‘Wat werkt bij jou het best?’

own-room-you-still-come =
    .title = Een eigen kamer: jij komt nog net zo snel
    .body = Slaapt je baby sinds kort in een eigen kamer? Zorg vandaag dat je je baby goed kunt horen, met een babyfoon of een deur op een kier, en ga net zo snel kijken als toen het bedje naast je stond. Zo merkt je baby dat een muur ertussen niets verandert aan wie er komt. Houd verder alles rond het slapen hetzelfde: op de rug, in de slaapzak, zonder knuffels, kussens of doekjes in bed.

high-chair-at-the-family-table =
    .title = De kinderstoel gewoon aan tafel
    .body = Zet de kinderstoel vandaag aan de eettafel, tussen de anderen in, niet voor de tv of in een hoekje, en doe de riempjes om. Ook als je baby maar een paar hapjes eet of alleen met een lepel zwaait, hoort die er zo bij: gezichten om naar te kijken, stemmen, iemand die af en toe iets terugzegt. Aan tafel ervaart je baby dat eten iets is wat je samen doet. Een eigen lepeltje maakt het compleet.

video-call-with-family-far-away =
    .title = Familie ver weg? Een vast beeldbelmoment
    .body = Wonen opa’s, oma’s of andere dierbaren ver weg, misschien in een ander land? Spreek vandaag een vast moment af om te beeldbellen, bijvoorbeeld elke zondag, met je baby bij jou op schoot. Vraag of ze steeds hetzelfde liedje zingen. Zo blijven een gezicht en een stem een beetje vertrouwd, ook van ver. Bij het volgende bezoek hoeft je baby dan niet helemaal bij nul te beginnen.

bitten-say-ouch-calmly =
    .title = Gebeten? Zeg rustig ‘au’ en pauzeer even
    .body = Bijt je baby vandaag hard in je vinger, je schouder of tijdens de borstvoeding? Zeg rustig ‘Au, dat doet pijn’, haal even weg wat er gebeten wordt en geef dan een bijtring. Een schreeuw of een ruk laat je baby enorm schrikken, terwijl die nog niet snapt dat bijten pijn doet. Een rustige, steeds gelijke reactie is veel duidelijker. Na een paar tellen mag het knuffelen of drinken gewoon verder.

spat-out-try-again-another-day =
    .title = Spuugt je baby het uit? Later weer een kans
    .body = Komt het nieuwe hapje vandaag met een vies gezicht terug, of klemt je baby de lippen op elkaar? Zeg luchtig ‘Vandaag niet, hè’ en ruim het op, zonder dwang of gemopper. Veel baby’s moeten iets nieuws vaak proeven voor ze het lusten, en een ontspannen tafel is belangrijker dan een leeg bakje. Bied het over een paar dagen nog eens aan. Zorgen over eten of groei? Vraag het consultatiebureau.

clinic-check-hand-on-baby =
    .title = Bij de controle: jouw hand blijft op je baby
    .body = Gaat je baby vandaag naar het consultatiebureau of de huisarts? Rond deze leeftijd worden veel baby’s voorzichtiger met onbekende handen. Vraag of je baby op jouw schoot onderzocht kan worden, of houd een hand op buik of been en blijf in zicht. Jouw aanraking en gezicht zeggen: ik ben er, dit is goed. Daarna eerst aankleden en knuffelen, dan pas je vragen.

give-and-take-thank-you =
    .title = Geven en terugkrijgen: ‘Voor mij? Dankjewel!’
    .body = Doet je baby vandaag een speeltje over van het ene handje naar het andere? Houd dan je open hand ernaast: ‘Voor mij?’ Lukt het je baby om los te laten, zeg dan blij ‘Dankjewel!’ en geef het meteen terug. Geven, krijgen en weer geven is een eerste heen-en-weer met voorwerpen, en je baby ontdekt: wat ik doe, zet iets in gang. Lukt loslaten nog niet? Dat komt vanzelf.

grandparents-house-tour-first =
    .title = Bij opa en oma: eerst samen rondkijken
    .body = Vandaag op bezoek bij opa en oma of andere familie? Geef je baby bij aankomst niet meteen door, maar loop eerst samen rond, je baby op je arm: ‘Kijk, de klok. En daar het raam met de vogels.’ Een vreemd huis met andere geuren en geluiden wordt minder vreemd als je baby het vanuit veilige armen ontdekt. Je merkt het als je baby daarna nieuwsgierig rondkijkt en makkelijker naar een ander gaat.

strange-bed-same-bedtime =
    .title = Een vreemd bed, hetzelfde slaapritueel
    .body = Slaapt je baby vannacht ergens anders, bij familie of op vakantie? Neem de eigen slaapzak mee en doe het slapengaan precies zoals thuis: dezelfde volgorde, hetzelfde liedje, dezelfde woorden. De kamer is nieuw, maar wat jij doet is bekend, en dat geeft houvast. Leg je baby op de rug in een eigen campingbedje of ledikant, zonder kussen, knuffel of dekbed. Een onrustiger nachtje is heel gewoon.

favourite-parent-helps-the-other-in =
    .title = Ben jij nu de favoriet? Help de ander erbij
    .body = Wil je baby vandaag alleen bij jou zijn en huilt die bij je partner of een andere vaste verzorger? Geef je baby met een blije stem over en noem de naam: ‘Kijk, daar is Sam!’ Je baby leest aan jouw gezicht af of die ander veilig is. Blijf er even bij en ga dan de kamer uit, zodat de ander rustig kan troosten. Een voorkeur hebben mag; met jouw vertrouwen erbij groeit ook die andere band.

sitting-up-roll-a-ball =
    .title = Zit je baby al even? Ga tegenover elkaar zitten
    .body = Kan je baby al even zelf zitten, met kussens eromheen voor als het kiept? Ga vandaag tegenover je baby op de grond zitten, jullie voeten bijna tegen elkaar, en rol een zachte bal langzaam naar je baby toe. Pakt je baby hem of duwt die hem terug, juich dan. Samen iets heen en weer laten gaan, op gelijke ooghoogte, is een nieuw soort samenspelen. Valt je baby om: even troosten en weer rechtop.

big-sibling-makes-baby-laugh =
    .title = Grote broer of zus laat de baby lachen
    .body = Heeft je baby een oudere broer of zus? Let vandaag op het moment dat de baby naar die oudste lacht of kraait, en zeg het hardop: ‘Zie je dat? De baby lacht om jou!’ Oudere kinderen merken vaak vooral wat de baby hun afpakt: jouw tijd. Zo hoort je oudste dat die ook gezien wordt, en hoeveel die voor de baby betekent. Geef je oudste morgen een klusje, zoals de rammelaar laten horen.

a-cold-more-lap-less-plan =
    .title = Verkouden? Meer schoot, minder programma
    .body = Is je baby vandaag verkouden, snotterig en hangerig? Schrap wat kan wachten en geef meer schoot, meer dragen, en vaker een korte voeding als je baby daarom vraagt. Een zieke baby wil vaak ineens weer heel dicht bij je zijn, en dat is precies goed: nabijheid helpt door een rotdag heen. Koorts, slecht drinken of zorgen? Bel de huisarts, of buiten kantoortijd de huisartsenpost.

hospital-visit-stay-close =
    .title = Naar het ziekenhuis? Blijf zo dicht mogelijk bij
    .body = Moet je baby naar het ziekenhuis, voor een onderzoek of een opname? Vraag of je erbij mag blijven, ook bij prikken en onderzoeken, en of je ’s nachts kunt blijven slapen. Neem de eigen slaapzak en jullie vaste liedje mee. Vreemde handen, geluiden en pijn zijn beter te dragen met een vertrouwd gezicht dichtbij. Lukt het niet om er steeds te zijn? Wissel dan af met een andere vaste verzorger.

after-an-argument-in-earshot =
    .title = Ruzie gehad terwijl je baby erbij was?
    .body = Vielen er vandaag harde woorden tussen jou en een andere volwassene, met je baby in de buurt? Baby’s horen de spanning in stemmen, ook zonder de woorden te snappen. Neem je baby daarna rustig op en praat zacht: ‘Dat was een harde stem, hè. Het is weer goed.’ Laat, als het kan, ook zien dat jullie weer vriendelijk doen. Voel je je thuis niet veilig? Praat erover met je huisarts.

food-words-in-your-own-language =
    .title = Benoem het eten in je eigen taal
    .body = Spreek je thuis een andere taal dan het Nederlands? Vertel je baby vandaag aan tafel in jouw eigen taal wat er op de lepel ligt, hoe het ruikt en of het warm is. Praat met je baby in de taal waarin jij je het meest thuis voelt: daarin klinkt je stem het warmst en komen de woorden vanzelf. Nederlands leert je baby ook, van anderen en later op de opvang of school. Zingen telt ook mee.

cautious-or-bold-own-style =
    .title = Voorzichtig of waaghals: je baby heeft een eigen stijl
    .body = Kijk vandaag eens hoe je baby iets nieuws benadert: een onbekend speeltje, een hond, een nieuwe smaak. Grijpt je baby meteen, of kijkt die eerst lang en voorzichtig? Allebei is goed. Geef een voorzichtige baby tijd, en houd bij een waaghals een hand in de buurt. Zeg wat je ziet: ‘Jij kijkt eerst even goed, hè.’ Zo voelt je baby zich gezien zoals die is, en niet als een ander kind.

not-shy-knows-their-people =
    .title = Niet verlegen, maar slim
    .body = Huilt je baby vandaag ineens bij een tante of buurvrouw die je baby eerder gewoon mocht vasthouden? En zegt iemand ‘Wat verlegen!’ of ‘Verwend!’? Antwoord vriendelijk: ‘Onze baby weet nu goed wie de eigen mensen zijn.’ Vanaf ongeveer een half jaar worden veel baby’s voorzichtig met minder bekende gezichten: een stap vooruit, geen karakterfout. Aan je toon hoort je baby dat die niets fout doet.

call-their-name-and-wait =
    .title = Roep de naam en wacht tot je baby omkijkt
    .body = Zit je baby vandaag een eindje bij je vandaan te spelen? Zeg dan vrolijk de naam en wacht even. Veel baby’s gaan rond deze leeftijd omkijken als ze hun naam horen. Draait je baby zich om, beloon dat dan met een grote lach en ‘Ja, jou bedoel ik!’ Zo wordt de eigen naam een klank die betekent: iemand zoekt contact met mij. Gebruik de naam liever vaker voor fijne dingen dan voor ‘nee’.

stranger-leans-over-the-pram =
    .title = Iemand buigt over de kinderwagen? Stap ertussen
    .body = Buigt er vandaag in de winkel of op straat een onbekende over de kinderwagen, en trekt je baby een pruillip? Ga naast de wagen staan, leg een hand op je baby en praat tegen je baby: ‘Die mevrouw vindt je lief. Ik ben hier.’ Je mag de ander vriendelijk vragen een stapje terug te doen. Zo leert je baby dat jij oplet als iets spannend voelt, en aan je rustige stem hoort die dat het goed is.
