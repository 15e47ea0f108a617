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

playpen-in-sight-while-cooking =
    .title = De box in het zicht tijdens het koken
    .body = Moet je koken terwijl je baby overal heen kruipt? Zet de box vandaag uit de buurt van het fornuis, maar zo dat jullie elkaar zien, en praat al kokend: ‘Ik bak de uien. Hoor je de pan sissen?’ Kijk af en toe om en knipoog of zwaai. Je baby zit veilig en blijft via je stem en je gezicht met jou verbonden. Protest? Een houten lepel en een plastic bakje maken er samen koken van.

crawl-round-at-baby-height =
    .title = Kruip zelf eens door de kamer
    .body = Ga vandaag op handen en knieën door de kamer waar je baby speelt. Wat zie je op die hoogte? Stopcontacten, snoeren, een plant, kleine dingetjes onder de bank. Maak één hoek helemaal veilig, zodat je daar vooral ‘ja’ kunt zeggen in plaats van ‘nee’. Een baby die vrij mag ontdekken terwijl jij ontspannen in de buurt zit, durft meer. De rest van het huis volgt stap voor stap.

sling-on-a-busy-day =
    .title = Een drukke dag? Houd je baby dicht bij je
    .body = Staat er vandaag veel op het programma, zoals boodschappen of een bezoekje? Draag je baby dan een deel van de tijd in een draagzak of draagdoek in plaats van de hele dag in de kinderwagen. Tegen je lijf voelt je baby je adem en hoort je stem, en dan zijn al die nieuwe indrukken beter te verdragen. Houd het gezichtje vrij en zichtbaar. Zwaar voor je rug? Een kwartier telt ook.

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

sibling-hiding-game-coach =
    .title = Kiekeboe met een grote broer of zus
    .body = Wil een ouder kind vandaag met de baby spelen? Leer het een verstopspel achter het gordijn: even verdwijnen, ‘Waar ben ik?’ roepen en vrolijk tevoorschijn komen. Leg uit: ‘Niet te lang weg, en als de baby wegkijkt is het even genoeg.’ Zo leert je baby ook van een broer of zus dat wie weggaat terugkomt, en krijgt de grote een eigen rol. Blijf zelf in de buurt.

lift-the-flap-book =
    .title = Een flapjesboek: wie zit erachter?
    .body = Pak vandaag een stevig flapjesboek en til samen de flapjes op: ‘Waar is de poes? Dáár!’ Laat je baby zelf aan de flap trekken, ook als die wat kreukt. Het is kiekeboe op papier: iets is even weg en blijkt er nog te zijn. Een korte stilte voordat de flap opengaat maakt het spannend. Geen flapjesboek in huis? De bibliotheek heeft meestal stevige babyboekjes.

looking-for-the-dropped-toy =
    .title = Je baby zoekt wat er viel
    .body = Glipt er vandaag iets uit de handjes van je baby, en kijkt je baby over de rand van de kinderstoel of naar waar het heen rolde? Zeg wat je ziet: ‘Je zoekt je blokje! Je weet dat het er nog is.’ Wacht even voordat je het pakt, en kijk samen. Je baby merkt dat jij snapt wat er in dat hoofdje omgaat. Dat zoeken is knap: je baby onthoudt iets wat niet meer te zien is.

grandparent-looks-at-the-toy-first =
    .title = Tip voor opa of oma: kijk eerst naar het speeltje
    .body = Huilt je baby vandaag bij een opa, oma of tante die een tijdje niet is geweest? Leg uit dat dat rond deze leeftijd heel gewoon is, en geef een tip: ga op de grond zitten, kijk naar een speeltje in plaats van recht in het gezichtje, en schuif het langzaam dichterbij. Een blik die niet te dichtbij komt, is minder spannend. Vanaf jouw schoot bepaalt je baby het tempo.

tv-off-in-the-late-afternoon =
    .title = Een uur zonder tv op de achtergrond
    .body = Staat de tv of een tablet vaak aan, ook als niemand kijkt? Zet hem vandaag een uur uit, bijvoorbeeld aan het drukke eind van de middag. Achtergrondgeluid trekt steeds aan de aandacht van je baby, en jullie horen elkaar slechter. Zonder dat geluid brabbelen veel baby’s meer en spelen ze langer. Willen grotere kinderen kijken? Dan in een andere kamer of met een koptelefoon.

crawl-to-your-arms =
    .title = Kom maar, hier zijn mijn armen
    .body = Ga vandaag een paar meter bij je baby vandaan op de grond zitten, spreid je armen en roep zacht de naam van je baby. Kruipt, schuift of rolt je baby jouw kant op? Vang je baby op met een knuffel: ‘Je bent bij me!’ Zo ervaart je baby dat naar jou toe komen altijd welkom is. Blijft je baby liever spelen? Ook goed; kijk dan gewoon mee en probeer het later nog eens.

bath-together-in-the-big-tub =
    .title = Samen in het grote bad
    .body = Stap vandaag samen met je baby in bad, huid tegen huid, in lauwwarm water dat niet te hoog staat. Houd je baby tegen je borst of op je schoot en laat het water zachtjes klotsen. Zo krijgt je baby veel warme aanraking in één keer. Een bad is glad: stap zelf eerst in en laat je baby aangeven, en geef je baby aan voor je uitstapt. Alleen thuis? Leg je baby dan even op een handdoek naast het bad.

wave-at-the-window =
    .title = Zwaaien bij het raam
    .body = Gaat er vandaag iemand uit het gezin de deur uit, naar het werk, school of de winkel? Maak er een vast moment van: samen met je baby bij het raam, zwaaien, ‘Dag! Tot vanmiddag!’ Wie vertrekt, zwaait terug tot de hoek. Zo wordt weggaan iets wat je baby ziet gebeuren, in plaats van iemand die ineens verdwenen is. Over een paar weken zwaait je baby misschien zelf mee.

first-teeth-brushing-on-your-lap =
    .title = Tandjes poetsen op schoot, met een liedje
    .body = Zijn de eerste tandjes er en ga je poetsen? Maak er een kort, vast ritueel van: je baby op schoot, het hoofdje tegen je aan, en elke keer hetzelfde poetsliedje. Laat je baby eerst zien hoe jij je eigen tanden poetst, met een grote grijns. Zo wordt poetsen een voorspelbaar moment samen, geen worsteling. Veel protest? Een paar tellen is genoeg voor nu; morgen kom je een stapje verder.

distracted-feeds-quiet-corner =
    .title = Drinken met de oogjes overal
    .body = Stopt je baby vandaag steeds met drinken om te kijken naar elk geluid, elke deur, elke stem? Dat hoort bij deze nieuwsgierige leeftijd. Zoek voor één voeding een rustig hoekje op, met gedempt licht, zonder tv of gepraat. Minder prikkels helpen je baby om weer bij de borst of fles te komen, en bij jou. Blijft het overdag onrustig? De voeding voor het slapen gaat vaak rustiger.

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

holiday-new-room-tour =
    .title = Op vakantie: eerst samen de kamer verkennen
    .body = Slapen jullie vannacht ergens anders, op vakantie of bij familie? Loop eerst door de kamer met je baby op de arm en laat dingen zien: ‘Hier is het raam, en kijk, daar is jouw bedje.’ Houd daarna het slaapritueel precies zoals thuis: dezelfde slaapzak, hetzelfde liedje. Een nieuwe plek voelt veiliger als jij hem eerst hebt voorgesteld. Vaker wakker de eerste nacht is heel gewoon.

they-crawl-after-you =
    .title = Je baby kruipt je achterna
    .body = Loop je vandaag naar de keuken en komt je baby je achterna gekropen of geschoven? Begroet het als een bezoekje: ‘Hé, je kwam me zoeken! Hier ben ik.’ Zak even door je knieën en ga dan verder met wat je deed, met je baby naast je op een veilig plekje. Je baby checkt of jij er nog bent, en ontdekt dat zoeken loont. Zo’n kleine schaduw is vermoeiend, én een compliment.

bedtime-protest-stay-a-while =
    .title = Huilen zodra je de slaapkamer uitloopt
    .body = Protesteert je baby deze weken zodra je na het slaapritueel de kamer uit wilt? Rond deze leeftijd merken baby’s scherper dat je weggaat. Blijf vanavond wat langer bij het bedje, met een hand op het buikje of een zacht liedje, tot je baby rustiger is. Zeg bij de deur steeds dezelfde zin: ‘Slaap lekker, ik ben vlakbij.’ Meer nabijheid nu maakt je baby niet afhankelijker.

nappy-change-wriggler =
    .title = Verschonen met een kruiper
    .body = Rolt je baby vandaag tijdens het verschonen steeds weg, op weg naar iets interessants? Dat is geen dwarsliggen: je baby wil bewegen. Geef een klusje: ‘Hou jij de schone luier vast?’, of een speeltje dat alleen bij het verschonen hoort. Zeg kort wat je bij elke stap doet en houd altijd een hand op je baby. Lukt het op de commode niet? Een matje op de grond kan ook.

ill-baby-more-clingy =
    .title = Ziek en extra aanhankelijk
    .body = Is je baby verkouden of grieperig en wil het alleen nog bij jou op schoot? Geef daar vandaag gerust aan toe: schuif klusjes op en neem je baby mee op de bank of in de draagzak. Slaapt je baby in, leg het dan op de rug in het eigen bed. Een ziek lijfje heeft jouw troost nodig. Ben je ongerust, drinkt je baby slecht of is het suf? Bel de huisarts, ’s avonds en in het weekend de huisartsenpost.

moving-house-same-cot =
    .title = Verhuizen: het bedje blijft hetzelfde
    .body = Gaan jullie verhuizen? Pak het bedje, de slaapzak en een paar speeltjes van je baby als laatste in en zet ze in het nieuwe huis als eerste neer. Houd de eerste dagen het dagritme en het slaapritueel zo gewoon mogelijk, ook tussen de dozen. Tussen al het nieuwe zijn jij en die vertrouwde dingen het houvast van je baby. Een paar onrustige nachten na een verhuizing zijn normaal.

own-language-songs =
    .title = Zing in je eigen taal
    .body = Spreken jullie thuis meer dan één taal, of ben je zelf met een andere taal opgegroeid? Zing vandaag een liedje uit je eigen jeugd, in die taal, met de gebaren die erbij horen. In de taal van je jeugd klink je vaak het warmst en het meest vanzelf, en dat hoort je baby. Meer talen horen is prima voor een baby. Vraag een opa, oma of vriendin welke liedjes zij vroeger zongen.

so-big-arms-up =
    .title = ‘Hoe groot is de baby?’
    .body = Speel vandaag ‘Hoe groot is de baby? Zóóó groot!’ en strek je armen daarbij hoog in de lucht. Doe het een paar keer met een brede glimlach, en help daarna de armpjes van je baby zachtjes omhoog. Nadoen wordt rond deze leeftijd een nieuwe manier van contact: ik doe wat jij doet. Doet je baby nog niets na? Dan geniet je baby vast al van jouw gezicht; nadoen komt vaak wat later.

floor-mirror-appear =
    .title = Wie verschijnt er in de spiegel?
    .body = Zet vandaag een onbreekbare spiegel stevig en laag tegen de muur, zodat je baby ernaartoe kan kruipen of schuiven. Kijkt je baby erin? Duik dan achter je baby op in de spiegel: ‘Hé, wie is dat? Ik!’ Verdwijn even uit beeld en kom weer terug. Je baby ziet jou in de spiegel, voelt je tegelijk echt dichtbij en mag zelf uitpuzzelen hoe dat zit. Draait je baby zich om naar de echte jij? Knap!

sibling-tower-and-crawler =
    .title = Als de baby de toren van de grote omgooit
    .body = Kruipt je baby vandaag recht op het bouwwerk van een ouder kind af? Erken eerst de grote: ‘Balen, je had er zo hard aan gewerkt.’ Geef die een eigen plek waar de baby niet bij kan, zoals de tafel of achter het hekje, en geef de baby iets om zelf om te gooien. Als allebei de kinderen zich gezien voelen, gaat samen in één kamer spelen makkelijker. Botsingen horen erbij.

fasting-parent-floor-play =
    .title = Vasten met een baby: speel liggend
    .body = Vast je, bijvoorbeeld in de ramadan, en zakt je energie aan het eind van de middag weg? Kies dan spel waarbij je kunt liggen: op een kleed op de grond, met je baby die over je heen klautert. Dichtbij zijn kost geen energie. Vraag iemand anders het bad of het koken over te nemen, en wees mild voor jezelf. Geef je borstvoeding? Bespreek het vasten dan met het consultatiebureau of de huisarts.

night-shift-breakfast-first =
    .title = Na de nachtdienst: eerst samen ontbijten
    .body = Werk je ’s nachts en kom je thuis als je baby net wakker is? Neem tien minuten voordat je gaat slapen: samen ontbijten aan tafel, met elke keer dezelfde begroeting: ‘Goedemorgen, ik ben thuis.’ Daarna neemt een ander je baby over en ga jij naar bed. Zo blijf jij een vertrouwd gezicht, ook als je de rest van de ochtend slaapt. Lukt het vandaag niet? Dan ’s middags, als je wakker bent.

hospital-stay-fixed-point =
    .title = Opname in het ziekenhuis: jij bent het vaste punt
    .body = Moet je baby in het ziekenhuis blijven? Vraag of je er mag slapen en bij onderzoeken mag zijn, en neem de eigen slaapzak en een vertrouwd liedje mee. Zeg vooraf wat er gebeurt: ‘Nu komt de verpleegkundige, ik houd je vast.’ Tussen vreemde gezichten en geluiden is jouw nabijheid het veiligste wat je baby heeft. Wissel af met iemand als dat kan; ook jij moet eten en slapen.

car-seat-protest-name-it =
    .title = Boos in het autostoeltje
    .body = Zet je baby zich vandaag schrap en huilt het bij het vastklikken in het autostoeltje? Een baby die net leert bewegen vindt vastzitten vaak vreselijk. Zeg wat je ziet: ‘Je wilt niet vast, je wilt kruipen. Dat snap ik.’ Klik de gordel toch rustig vast, want veilig gaat voor. Een vast autoliedje of een speeltje dat alleen in de auto mag, maakt het volgende ritje soms makkelijker.

bite-or-hair-pull-calm-ouch =
    .title = Bijten of aan je haar trekken
    .body = Bijt je baby vandaag in je schouder, of trekt het hard aan je haar of je bril? Je baby wil je geen pijn doen; het is nieuwsgierigheid, of er komen tandjes door. Zeg rustig en duidelijk ‘Au, dat doet pijn’, laat het op je gezicht zien en maak de handjes los. Zet je baby even naast je neer en zoek daarna het contact weer op. Schreeuwen laat een baby schrikken; een rustige ‘au’ is genoeg.

redirect-not-scold =
    .title = Niet aan het snoer? Bied iets anders aan
    .body = Gaat je baby vandaag steeds weer op het snoer, de plant of de kattenbak af? Til je baby rustig weg, zeg kort ‘Dat is niet voor jou’ en bied meteen iets anders aan: ‘Maar deze lepel wel!’ Zeg het elke keer op dezelfde kalme toon. Je baby snapt de regel nog niet, maar leert wel dat jouw reactie voorspelbaar en vriendelijk is. Tien keer per dag? Zo gaat dat op deze leeftijd.

stuck-standing-call =
    .title = Staan lukt, zitten nog niet
    .body = Trekt je baby zich op aan de bank of de spijlen van het bedje, en roept het omdat terugzakken nog niet lukt? Ga erheen en help rustig: samen door de knieën, ‘En zitten… plof!’ Kom elke keer als je baby erom vraagt, ook midden in de nacht. Zo leert je baby: als ik vastzit, komt er iemand. Zet de bodem van het bedje nu in de laagste stand. Zodra zitten lukt, wordt het roepen minder.

bubbles-wait-for-more =
    .title = Bellenblazen: wacht op ‘nog een keer!’
    .body = Blaas vandaag wat zeepbellen voor je baby en houd het potje zelf vast. Blaas ze boven je baby langs, niet in het gezichtje, en kijk samen hoe ze zweven en knappen. Stop dan en wacht: vraagt je baby om meer, met een geluidje, zwaaiende armpjes of een blik naar het potje? ‘Nog een keer? Daar komen ze!’ Zo merkt je baby dat een eigen signaal iets in gang zet. Kijkt je baby weg? Dan is het genoeg.
