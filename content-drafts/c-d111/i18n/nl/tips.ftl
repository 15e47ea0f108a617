back-to-work-mixed-feelings =
    .title = Weer aan het werk: alle gevoelens mogen er zijn
    .body = Ga je weer aan het werk? Verdriet bij het afscheid, opluchting op je werk en schuldgevoel daarover: het kan allemaal op één dag langskomen, en dat is gewoon. Plan voor vanavond iets kleins om naar uit te kijken, zoals een half uur met je baby op de bank. Je baby merkt vooral dat jij terugkomt en er dan bent. Voor veel ouders wordt het na een paar weken lichter.

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

grandparent-care-three-agreements =
    .title = Past opa of oma op? Spreek drie dingen af
    .body = Past een opa, oma of andere vaste oppas regelmatig op? Spreek drie dingen af en laat de rest los. Slapen: op de rug, in een eigen bedje, zonder knuffel, doek of kussen erin. Troosten: oppakken mag altijd, een baby wordt daar niet verwend van. En een paar vaste gewoontes, zoals het slaapliedje. Verder mogen zij op hun eigen manier lief zijn.

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

sing-in-your-own-language =
    .title = Zing in je eigen taal
    .body = Spreek je thuis een andere taal dan Nederlands, of meerdere? Zing vandaag een liedje uit je eigen jeugd, in de taal waarin jij vroeger getroost werd. Daarin klinkt je stem het warmst en het meest vanzelf, en juist die klank neemt je baby op. Meer talen thuis zijn voor een baby geen probleem. Weet je de woorden niet meer? Vraag ze aan familie.

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

long-car-journey-cuddle-stops =
    .title = Lange autorit: stoppen voor een knuffel
    .body = Ga je een lange rit maken, naar familie of op vakantie? Plan ruim pauzes en haal je baby bij elke stop uit de autostoel: knuffelen, strekken, drinken, gekke gezichten. Een autostoel is veilig, maar ook een beetje eenzaam. Rijdt er iemand anders? Ga dan achterin naast je baby zitten. Rijd je alleen? Praat of zing onderweg; je stem alleen is al gezelschap.

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

crying-in-public-turn-to-your-baby =
    .title = Huilen in de bus of wachtkamer? Kijk naar je baby
    .body = Begint je baby hard te huilen in de bus, de wachtkamer of bij de kassa, en voel je alle blikken? Draai je dan naar je baby toe, laat je schouders zakken en praat zacht, alsof jullie samen in een bubbel zitten. Je baby heeft nu jouw rust nodig, niet de goedkeuring van omstanders. Lukt troosten niet meteen? Dat overkomt iedereen. Wat vreemden denken, ben je morgen vergeten; dat jij bleef, telt.

at-the-gp-on-your-lap =
    .title = Bij de huisarts: op schoot en blijven praten
    .body = Moet je baby vandaag naar de huisarts, bijvoorbeeld voor de oortjes of een hoestje? Vraag of je baby tijdens het onderzoek op jouw schoot mag, en blijf zacht praten of neuriën. Zeg wat er gebeurt: ‘De dokter kijkt even in je oor.’ Jouw stem en armen maken iets vreemds beter te verdragen. Huilt je baby toch? Troost daarna uitgebreid; dat hoort erbij.

first-spoonfuls-face-to-face =
    .title = De eerste hapjes: gezicht tegenover gezicht
    .body = Krijgt je baby de eerste hapjes van een lepeltje? Over het moment om te beginnen denkt het consultatiebureau met je mee. Ga recht tegenover je baby zitten, op ooghoogte, en laat eerst op je eigen gezicht zien hoe het smaakt: ‘Mmm, wortel!’ Wacht met de lepel tot je baby de mond opent. Zo wordt eten een moment samen, niet iets wat erin moet. Gaat er bijna niets in? Nu telt proeven, niet hoeveel.
