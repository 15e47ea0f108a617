# Daily tips (batch d-d156): .title at most 60 characters, .body at most 400.

sitting-against-you-on-the-floor =
    .title = Deine Beine als Sessel
    .body = Sitzt dein Baby noch wackelig? Setz dich heute mit gegrätschten Beinen auf den Boden und setz dein Baby dazwischen, den Rücken an deinem Bauch. Leg ein Spielzeug knapp in Reichweite. Mit deinem Körper als Lehne traut sich dein Baby, sich vorzubeugen und umzuschauen. Kippt es um, fang es ruhig auf: „Hoppla, ich hab dich.“ Morgen kannst du das Spielzeug ein Stück weiter weglegen.

pram-seat-facing-you =
    .title = Der Kinderwagensitz mit Blick zu dir
    .body = Lässt sich der Sitz deines Kinderwagens drehen? Dreh ihn heute für einen Spaziergang durch eine belebte Straße so, dass dein Baby dich ansieht. Hupt ein Auto, bellt ein Hund oder kommen viele Leute vorbei, kann dein Baby kurz in dein Gesicht schauen und dort lesen, dass alles gut ist. Nick und lächle, wenn es dich sucht. Dreht sich der Sitz nicht? Halt ab und zu an und beug dich vor.

babble-back-as-if-its-news =
    .title = Antworte auf „ba-ba-ba“ wie auf eine Neuigkeit
    .body = Brabbelt dein Baby heute „ba-ba-ba“ oder „da-da“? Schau es an und antworte, als hörtest du eine große Neuigkeit: „Ba-ba? Wirklich? Erzähl!“ Sag den Laut danach selbst und warte. So entdeckt dein Baby, dass seine eigenen Laute ein Gespräch in Gang bringen, mit dir als Publikum. Probier morgen einen neuen Laut wie „ma-ma“ oder „bu-bu“ und hör, ob er zurückkommt.

teething-cool-ring-and-a-lap =
    .title = Zähnchen? Ein kühler Beißring und dein Schoß
    .body = Viel Sabber, Kauen auf allem, quengelig? Vielleicht kommen Zähnchen. Gib heute einen Beißring, der im Kühlschrank lag, nicht im Gefrierfach, und nimm dein Baby öfter als sonst auf den Schoß. Schmerz lässt sich leichter tragen, wenn jemand ihn mitträgt. Bist du unsicher, hat dein Baby Fieber oder trinkt es schlecht, frag die Hausarztpraxis oder das Consultatiebureau (die Kinderberatungsstelle).

toys-from-the-kitchen-drawer =
    .title = Das schönste Spielzeug kostet nichts
    .body = Spürst du Druck, teure Sachen zu kaufen? Gib deinem Baby heute einen Holzlöffel, eine Plastikdose und eine Socke und setz dich dazu. Babys in diesem Alter erkunden alles mit Händen und Mund, und am schönsten ist dein Gesicht, das mitmacht: „Bumm, auf die Dose!“ Am meisten hat dein Baby nicht vom Spielzeug, sondern von dir daneben. Achte nur darauf, dass nichts klein genug zum Verschlucken ist.

short-fuse-day-go-outside =
    .title = Wenig Geduld heute? Geh raus
    .body = Merkst du heute, dass deine Zündschnur kurz ist und dich alles nervt? Zieh euch beiden eine Jacke an und dreh eine Runde, mit dem Kinderwagen oder der Trage. Frische Luft, Bewegung und etwas anderes zum Anschauen nehmen oft die Spannung raus, bei dir und bei deinem Baby. Du musst nichts lösen, nur kurz vor die Tür. Zurück und immer noch zu viel? Bitte jemanden, kurz zu übernehmen.

raspberry-on-the-tummy =
    .title = Ein Prusten auf den Bauch
    .body = Liegt dein Baby heute mit nacktem Bauch auf dem Wickeltisch oder Bett, deine Hand in der Nähe? Puste sanft ein „Prrrt“ auf den Bauch und warte. Viele Babys quietschen jetzt vor Lachen, und gemeinsames Lachen mit solcher Berührung setzt bei euch beiden Oxytocin frei, das Kuschelhormon. Zieht es die Beine an oder schaut weg, reicht es. Ein Juchzer oder ein Griff in dein Haar heißt: nochmal!

first-taste-face-to-face =
    .title = Der erste Löffel: Dein Gesicht hilft mit
    .body = Bekommt dein Baby heute oder bald den ersten Löffel Brei? Wähl einen ruhigen Moment, in dem es nicht ausgehungert oder müde ist, und setzt euch einander gegenüber. Verzieht dein Baby das Gesicht, lächle freundlich und sag: „Neu, oder? Was schmeckst du?“ Bei etwas Fremdem schaut dein Baby in dein Gesicht, und ein entspannter Blick sagt: Das ist sicher. Ein paarmal Lecken reicht fürs erste Mal.

little-hands-on-your-face =
    .title = Lass dein Baby dein Gesicht entdecken
    .body = Greift dein Baby heute nach deiner Nase, deinem Mund oder deiner Brille? Halt dein Gesicht kurz still und lass die Händchen tasten. Benenne leise, was es anfasst: „Das ist meine Nase. Und hier mein Kinn.“ Für dein Baby ist dein Gesicht das Spannendste im Haus, und dieses Tasten ist eine Art, dir nahezukommen. Zieht es an deinen Haaren oder am Ohrring, führ das Händchen ruhig an deine Wange.

money-post-opened-together =
    .title = Geldsorgen? Öffne die Post nicht allein
    .body = Bleiben Briefe zu, weil das Geld knapp ist? Öffne sie heute, zusammen mit jemandem, dem du vertraust. Die Gemeinde (gemeente) hilft oft kostenlos bei Geldsorgen und Schulden, und das Consultatiebureau (die Kinderberatungsstelle) zeigt dir den Weg. Geldstress frisst die Geduld, die dein Baby braucht; Hilfe suchen ist also auch Fürsorge. Kein Grund zur Scham: Das passiert vielen Familien.

board-book-in-the-mouth =
    .title = Das Buch landet im Mund? Lies trotzdem vor
    .body = Greift dein Baby heute das Buch und steckt es gleich in den Mund? Das gehört zu diesem Alter: So erkundet es alles. Nimm ein stabiles Papp- oder Stoffbuch, lass dein Baby es halten und erzähl einfach zu dem Bild, das gerade oben liegt. Es geht um deine Stimme und ums Aneinanderkuscheln, nicht darum, die Geschichte zu Ende zu lesen. Drei Seiten, oder eine, sind völlig in Ordnung.

wait-for-the-open-mouth =
    .title = Mit dem Löffel warten, bis der Mund aufgeht
    .body = Fütterst du heute mit dem Löffel? Halt den Löffel vor den Mund deines Babys und warte, bis es sich selbst vorbeugt und den Mund öffnet, statt den Löffel hineinzuschieben. Dreht es den Kopf weg oder macht den Mund zu, ist es für jetzt genug. So spürt dein Baby, dass ihm zugehört wird, auch am Tisch. Du bestimmst, was und wann; dein Baby, wie viel.

short-supermarket-trip =
    .title = Einkaufen mit Baby: kurz und zur richtigen Zeit
    .body = Gehst du heute mit deinem Baby in den Supermarkt? Geh, wenn es ausgeruht und satt ist, und halt die Liste kurz. Grelles Licht, Musik, piepende Kassen und viele Menschen sind für ein Baby eine Menge auf einmal. Sprich zwischen den Regalen leise mit ihm. Fängt es an zu quengeln, geh erst in einen ruhigen Gang und kuschle kurz; das Letzte auf der Liste kann auch bis morgen warten.

milk-feed-stays-a-cuddle =
    .title = Die Milchmahlzeit bleibt Kuschelzeit
    .body = Isst dein Baby schon ein paar Löffel? Dann wirkt das Stillen oder die Flasche vielleicht weniger wichtig. Mach heute eine Milchmahlzeit ganz bewusst zu einem ruhigen Kuschelmoment: in deinem Arm, eng an dir, das Licht etwas gedämpft. Das Essen ändert sich, aber die Nähe beim Trinken bleibt für dein Baby eine Quelle der Ruhe. Ist es zu abgelenkt, um zu trinken? Such dir einen stilleren Platz.

splash-song-in-the-bath =
    .title = Ein Platschlied in der Badewanne
    .body = Sitzt dein Baby heute in der Wanne, deine Hand fest am Rücken? Sing ein kurzes Lied und platsch am Ende jeder Strophe sanft mit der freien Hand, immer an derselben Stelle im Lied. Ein festes Lied mit einem festen Platscher wird zu einem Spiel, das dein Baby zu erwarten lernt, und zu wissen, was kommt, fühlt sich sicher an. Lass dein Baby in der Wanne nie allein, auch nicht ganz kurz.

messy-hands-in-the-bowl =
    .title = Kleckern erlaubt: Hände in der Schüssel
    .body = Greift dein Baby heute mit den Händen in die Schüssel? Lass es. Leg ein altes Tuch unter den Stuhl und wisch nicht nach jedem Löffel das Gesicht ab. Durch Fühlen, Quetschen und Schmieren entdeckt dein Baby, was Essen ist, und diese Entdeckung gehört ganz ihm. Mach erst am Ende sauber und sag es vorher: „Jetzt waschen wir die Hände.“ Der Boden ist schnell wieder sauber; die Neugier bleibt.

first-time-in-the-pool =
    .title = Zum ersten Mal im Schwimmbad
    .body = Geht ihr heute ins Schwimmbad oder zum Babyschwimmen? Steig langsam ins Wasser, dein Baby aufrecht an deiner Brust, dein Gesicht nah, und halt es die ganze Zeit fest. Hall, Menschen und Wasser sind viel Neues auf einmal, und dein Körper und deine Stimme sind der vertraute Halt. Schau auf dein Baby, nicht auf die Gruppe. Zittern, Wegschauen oder Weinen heißt: raus und warm einpacken.

cot-babble-answer-from-the-landing =
    .title = Brabbeln aus dem Bett? Antworte schon von Weitem
    .body = Liegt dein Baby morgens wach im Bett und brabbelt? Ruf heute schon vom Flur zurück: „Guten Morgen, ich höre dich, ich komme!“ Und dann komm auch wirklich. So merkt dein Baby, dass seine Stimme dich erreicht, auch wenn du noch nicht zu sehen bist. Morgen kannst du durch die Tür zurückbrabbeln und lauschen, ob eine Antwort kommt.

cuddle-stops-on-a-long-drive =
    .title = Lange Autofahrt? Plan Kuschelpausen ein
    .body = Fahrt ihr heute eine weite Strecke, zur Familie oder in den Urlaub? Plan regelmäßige Pausen, in denen dein Baby aus dem Sitz darf: aufrecht an dich gelehnt, umschauen, eine Mahlzeit oder einfach kuscheln. Lange angeschnallt, ohne dich zu sehen: Das ist mühsam für ein Baby, und so eine Pause lädt die Akkus auf. Solange das Auto fährt, bleibt dein Baby im Sitz; sing oder sprich von deinem Platz aus.

other-carer-does-it-differently =
    .title = Anders ist auch gut
    .body = Macht deine Partnerin, dein Partner oder wer sonst oft für dein Baby sorgt, heute etwas anders als du: ein anderes Lied, ein anderer Griff, wilderes Spiel? Schau zu und verkneif dir die Korrektur. Ein Baby gewöhnt sich gut an zwei Arten, und gerade dieser eigene Stil wird zum Kennzeichen ihrer Bindung. Greif nur bei etwas Unsicherem ein. Frag hinterher mal: „Was klappt bei dir am besten?“

own-room-you-still-come =
    .title = Ein eigenes Zimmer: Du kommst genauso schnell
    .body = Schläft dein Baby seit Kurzem im eigenen Zimmer? Sorg heute dafür, dass du es gut hörst, mit einem Babyfon oder einer angelehnten Tür, und geh so schnell hin wie damals, als das Bettchen neben dir stand. So merkt dein Baby, dass eine Wand dazwischen nichts daran ändert, wer kommt. Alles andere beim Schlafen bleibt gleich: auf dem Rücken, im Schlafsack, ohne Kuscheltier, Kissen oder Tücher.

high-chair-at-the-family-table =
    .title = Der Hochstuhl am Familientisch
    .body = Stell den Hochstuhl heute an den Esstisch, mitten zwischen die anderen, nicht vor den Fernseher, und mach die Gurte zu. Auch wenn dein Baby nur ein paar Löffel isst oder bloß mit dem Löffel wedelt, gehört es so dazu: Gesichter zum Anschauen, Stimmen, jemand, der ab und zu antwortet. Am Tisch erlebt dein Baby, dass Essen etwas Gemeinsames ist. Ein eigener Löffel in der Hand macht es komplett.

video-call-with-family-far-away =
    .title = Familie weit weg? Ein fester Videoanruf
    .body = Wohnen Großeltern oder andere geliebte Menschen weit weg, vielleicht in einem anderen Land? Vereinbare heute eine feste Zeit für einen Videoanruf, etwa jeden Sonntag, mit deinem Baby auf deinem Schoß. Bitte sie, jedes Mal dasselbe Lied zu singen. So bleiben ein Gesicht und eine Stimme ein bisschen vertraut, auch aus der Ferne. Beim nächsten Besuch muss dein Baby dann nicht ganz bei null anfangen.

bitten-say-ouch-calmly =
    .title = Gebissen? Sag ruhig „Au“ und mach kurz Pause
    .body = Beißt dein Baby heute fest in deinen Finger, deine Schulter oder beim Stillen zu? Sag ruhig „Au, das tut weh“, nimm weg, worauf es beißt, und gib ihm dann einen Beißring. Ein Schrei oder ein Ruck erschreckt dein Baby sehr, obwohl es noch nicht versteht, dass Beißen wehtut. Eine ruhige, immer gleiche Reaktion ist viel klarer. Nach ein paar Sekunden geht das Kuscheln oder Trinken einfach weiter.

spat-out-try-again-another-day =
    .title = Ausgespuckt? Ein andermal wieder
    .body = Kommt der neue Brei gleich wieder raus, oder bleiben die Lippen fest zu? Sag locker: „Heute nicht, was?“ und räum ihn weg, ohne Zwang und Schimpfen. Viele Babys müssen Neues oft probieren, bevor sie es mögen, und ein entspannter Tisch zählt mehr als eine leere Schüssel. Biete es in ein paar Tagen wieder an. Sorgen ums Essen oder Wachstum? Frag das Consultatiebureau (die Kinderberatungsstelle).

clinic-check-hand-on-baby =
    .title = Bei der Untersuchung: Deine Hand bleibt da
    .body = Geht dein Baby heute zum Consultatiebureau (zur Kinderberatungsstelle) oder in die Hausarztpraxis? In diesem Alter werden viele Babys vorsichtiger mit fremden Händen. Frag, ob dein Baby auf deinem Schoß untersucht werden kann, oder leg eine Hand auf Bauch oder Bein und bleib in Sichtweite. Hand und Gesicht sagen: Ich bin da, alles ist gut. Danach erst anziehen und kuscheln, dann Fragen.

give-and-take-thank-you =
    .title = Geben und Zurückbekommen: „Für mich? Danke!“
    .body = Reicht dein Baby heute ein Spielzeug von einer Hand in die andere? Halt deine offene Hand daneben: „Für mich?“ Schafft es dein Baby loszulassen, sag fröhlich „Danke!“ und gib es gleich zurück. Geben, Bekommen und wieder Geben ist ein erstes Hin und Her mit Dingen, und dein Baby entdeckt: Was ich tue, bewirkt etwas. Klappt das Loslassen noch nicht? Das kommt von selbst.

grandparents-house-tour-first =
    .title = Bei Oma und Opa: erst zusammen umschauen
    .body = Besucht ihr heute Oma und Opa oder andere Verwandte? Gib dein Baby nicht gleich weiter, sondern geh erst mit ihm auf dem Arm herum: „Schau, die Uhr. Und da das Fenster mit den Vögeln.“ Ein fremdes Haus mit anderen Gerüchen und Geräuschen wird weniger fremd, wenn dein Baby es aus sicheren Armen entdeckt. Du merkst es, wenn es neugierig umherschaut und danach leichter zu anderen geht.

strange-bed-same-bedtime =
    .title = Ein fremdes Bett, das gleiche Zubettgehen
    .body = Schläft dein Baby heute Nacht woanders, bei Verwandten oder im Urlaub? Nimm den eigenen Schlafsack mit und mach das Zubettgehen genau wie zu Hause: dieselbe Reihenfolge, dasselbe Lied, dieselben Worte. Das Zimmer ist neu, aber was du tust, ist vertraut, und das gibt Halt. Leg dein Baby auf den Rücken in das eigene Reisebett, ohne Kissen, Kuscheltier oder Decke. Eine unruhigere Nacht ist normal.

favourite-parent-helps-the-other-in =
    .title = Gerade der Liebling? Hol die andere Person dazu
    .body = Will dein Baby heute nur zu dir und weint bei anderen vertrauten Menschen? Gib es mit fröhlicher Stimme weiter und nenn den Namen: „Schau, da ist Sam!“ Dein Baby liest an deinem Gesicht ab, ob die andere Person sicher ist. Bleib kurz dabei und geh dann aus dem Zimmer, damit sie in Ruhe trösten kann. Eine Vorliebe ist erlaubt; mit deinem Vertrauen wächst auch die andere Bindung.

sitting-up-roll-a-ball =
    .title = Sitzt dein Baby schon kurz? Setzt euch gegenüber
    .body = Kann dein Baby schon kurz allein sitzen, mit Kissen drumherum, falls es umkippt? Setz dich heute ihm gegenüber auf den Boden, eure Füße berühren sich fast, und roll einen weichen Ball langsam zu ihm hin. Greift es ihn oder schubst ihn zurück: jubeln! Etwas hin und her gehen zu lassen, auf gleicher Augenhöhe, ist eine neue Art, zusammen zu spielen. Kippt es um: kurz trösten und wieder aufsetzen.

big-sibling-makes-baby-laugh =
    .title = Das große Geschwisterkind bringt das Baby zum Lachen
    .body = Hat dein Baby ein älteres Geschwisterkind? Achte heute auf den Moment, in dem das Baby es anlacht oder quietscht, und sag es laut: „Hast du das gesehen? Das Baby lacht dich an!“ Ältere Kinder merken oft vor allem, was das Baby ihnen wegnimmt: deine Zeit. So hört dein älteres Kind, dass es auch gesehen wird und wie viel es dem Baby bedeutet. Gib ihm morgen eine Aufgabe, etwa die Rassel schütteln.

a-cold-more-lap-less-plan =
    .title = Erkältet? Mehr Schoß, weniger Programm
    .body = Ist dein Baby heute verschnupft und quengelig? Streich, was warten kann, und biete mehr Schoß, mehr Tragen und öfter kurz zu trinken, wenn es danach verlangt. Ein krankes Baby will oft plötzlich ganz nah bei dir sein, und das ist richtig so: Nähe hilft durch einen miesen Tag. Fieber, schlechtes Trinken oder Sorgen? Ruf die Hausarztpraxis an, nach Feierabend die Huisartsenpost (den Notdienst).

hospital-visit-stay-close =
    .title = Ins Krankenhaus? Bleib so nah wie möglich
    .body = Muss dein Baby ins Krankenhaus, zur Untersuchung oder für länger? Frag, ob du dabeibleiben darfst, auch bei Spritzen und Untersuchungen, und ob du nachts dort schlafen kannst. Nimm den eigenen Schlafsack und euer Lied mit. Fremde Hände, Geräusche und Schmerz erträgt man leichter mit einem vertrauten Gesicht nah dabei. Kannst du nicht immer da sein? Wechsle dich mit einer anderen Bezugsperson ab.

after-an-argument-in-earshot =
    .title = Streit, während dein Baby dabei war?
    .body = Fielen heute harte Worte zwischen dir und einem anderen Erwachsenen, mit deinem Baby in der Nähe? Babys hören die Spannung in Stimmen, auch ohne die Worte zu verstehen. Nimm dein Baby danach ruhig hoch und sprich leise: „Das war eine laute Stimme, oder? Jetzt ist es wieder gut.“ Lass es, wenn möglich, sehen, dass ihr wieder freundlich seid. Zu Hause nicht sicher? Sprich mit deiner Hausarztpraxis.

food-words-in-your-own-language =
    .title = Benenne das Essen in deiner eigenen Sprache
    .body = Sprichst du zu Hause eine andere Sprache als Niederländisch? Erzähl deinem Baby heute am Tisch in deiner Sprache, was auf dem Löffel ist, wie es riecht und ob es warm ist. Sprich mit ihm in der Sprache, in der du zu Hause bist: Darin klingt deine Stimme am wärmsten, und die Worte kommen von selbst. Niederländisch lernt es auch, von anderen und später in Kita oder Schule. Singen zählt auch.

cautious-or-bold-own-style =
    .title = Vorsichtig oder forsch: Dein Baby hat seinen Stil
    .body = Schau heute, wie dein Baby Neues angeht: ein unbekanntes Spielzeug, einen Hund, einen neuen Geschmack. Greift es sofort zu, oder schaut es erst lange und vorsichtig? Beides ist gut. Gib einem vorsichtigen Baby Zeit und halt bei einem forschen eine Hand in der Nähe. Sag, was du siehst: „Du schaust erst mal genau hin, oder?“ So fühlt sich dein Baby gesehen, wie es ist, nicht wie ein anderes Kind.

not-shy-knows-their-people =
    .title = Nicht schüchtern, sondern klug
    .body = Weint dein Baby heute plötzlich bei einer Tante oder Nachbarin, die es früher problemlos halten durfte? Und sagt jemand „So schüchtern!“ oder „Verwöhnt!“? Antworte freundlich: „Unser Baby weiß jetzt genau, wer seine Leute sind.“ Ab etwa einem halben Jahr fremdeln viele Babys: ein Schritt nach vorn, kein Charakterfehler. An deinem Ton hört dein Baby, dass es nichts falsch macht.

call-their-name-and-wait =
    .title = Ruf den Namen und warte, bis dein Baby sich umdreht
    .body = Sitzt dein Baby heute ein Stück von dir entfernt und spielt? Sag fröhlich seinen Namen und warte. Viele Babys drehen sich in diesem Alter um, wenn sie ihren Namen hören. Dreht sich deins um, belohn das mit einem breiten Lächeln und „Ja, dich meine ich!“ So wird der eigene Name zu einem Klang, der bedeutet: Jemand sucht Kontakt zu mir. Nutz den Namen lieber öfter für schöne Dinge als für „Nein“.

stranger-leans-over-the-pram =
    .title = Jemand beugt sich über den Kinderwagen? Geh dazwischen
    .body = Beugt sich heute im Laden oder auf der Straße jemand Fremdes über den Kinderwagen, und dein Baby zieht eine Schnute? Stell dich neben den Wagen, leg eine Hand auf dein Baby und sprich mit ihm: „Die Frau findet dich süß. Ich bin hier.“ Du darfst freundlich um etwas Abstand bitten. So lernt dein Baby, dass du aufpasst, wenn etwas unheimlich ist, und an deiner ruhigen Stimme hört es: alles gut.
