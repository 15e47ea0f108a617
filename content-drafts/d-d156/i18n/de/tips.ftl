# Daily tips (batch d-d156): .title at most 60 characters, .body at most 400.

sitting-against-you-on-the-floor =
    .title = Deine Beine als Sessel
    .body = Sitzt dein Baby noch wackelig? Setz dich heute mit gegrätschten Beinen auf den Boden und setz dein Baby dazwischen, den Rücken an deinem Bauch. Leg ein Spielzeug knapp in Reichweite. Mit deinem Körper als Lehne traut sich dein Baby, sich vorzubeugen und umzuschauen. Kippt es um, fang es ruhig auf: „Hoppla, ich hab dich.“ Morgen kannst du das Spielzeug ein Stück weiter weglegen.

pram-nap-wake-up-to-your-face =
    .title = Im Kinderwagen aufgewacht? Zeig zuerst dein Gesicht
    .body = Ist dein Baby im Kinderwagen eingeschlafen? Regt es sich oder quiekt es, bleib stehen und beug dich über den Wagen: „Hey, bist du wach? Ich bin hier.“ Unter einem Verdeck aufzuwachen, während alles vorbeizieht und niemand zu sehen ist, kann ein Baby ganz schön erschrecken. Ein vertrautes Gesicht zuerst macht es sanfter. Trotzdem Tränen? Nimm dein Baby kurz zum Kuscheln heraus.

squeal-and-whisper-game =
    .title = Dein Baby quietscht? Flüstere zurück
    .body = Entdeckt dein Baby heute, was seine Stimme alles kann: quietschen, jauchzen, brummen? Mach erst mit und dann ein Spiel aus laut und leise: Quietscht dein Baby, flüsterst du zurück, wartest und schaust, wie es lauscht. Vielleicht kommt ein leiserer Laut zurück. So wird Geräuschemachen etwas, das ihr abwechselnd zusammen tut. Und quietscht es nachher im Bus? Dann hast du deine Flüsterantwort parat.

nails-in-small-rounds =
    .title = Nägel schneiden: nicht alle auf einmal
    .body = Müssen die Nägel kurz, aber dein Baby zieht die Hand immer wieder weg? Wähl einen ruhigen Moment, etwa beim Trinken oder gleich nach dem Einschlafen, und nimm eine Babyschere oder Feile. Summ leise, ein Finger pro Liedzeile. Zieht dein Baby zurück, hör auf und mach später weiter: So bleibt Pflege ein ruhiger Moment zu zweit, kein Kampf. Fünf heute und fünf morgen reicht auch.

rolled-off-comfort-first =
    .title = Vom Sofa oder Bett gerollt? Erst trösten
    .body = Ist dein Baby heute vom Sofa, Bett oder Wickeltisch gerollt, gerade als du kurz wegsahst? Das passiert vielen Eltern, gerade jetzt, wo Babys plötzlich rollen. Erst trösten: Schuldgefühle können warten, dein Baby braucht deine Arme. Besorgt oder ist es anders als sonst? Ruf Hausarztpraxis oder Notdienst (huisartsenpost) an. Spielt ab jetzt am Boden, und beim Wickeln bleibt eine Hand am Baby.

touched-out-take-a-break =
    .title = Heute zu viel berührt? Nimm dir eine Viertelstunde Luft
    .body = Hattest du heute den ganzen Tag ein Baby am Körper, Händchen im Gesicht und in den Haaren, und möchtest du jetzt mal von niemandem berührt werden? Das kennen viele Eltern, und es heißt nicht, dass du dein Baby weniger liebst. Gib es für eine Viertelstunde jemand anderem oder leg es sicher auf eine Decke neben dich, und trink etwas ohne Händchen. Mit etwas Luft tut Nähe danach wieder gut.

weather-massage-on-the-back =
    .title = Ein Wetterbericht auf dem Rücken
    .body = Will dein Baby bei der Massage nicht mehr stillliegen, weil Rollen spannender ist? Dann massier den Rücken, während es an dich gelehnt auf deinem Schoß sitzt, über dem Body. Mach einen Wetterbericht: tippende Finger („Es regnet!“), lange Streicher („Der Wind weht“), warme, ruhige Hände („Die Sonne scheint“). So bleibt ruhige Berührung Teil eures Tages. Will es weg? Dann ist das Wetter vorbei.

little-hands-on-your-face =
    .title = Lass dein Baby dein Gesicht entdecken
    .body = Greift dein Baby heute nach deiner Nase, deinem Mund oder deiner Brille? Halt dein Gesicht kurz still und lass die Händchen tasten. Benenne leise, was es anfasst: „Das ist meine Nase. Und hier mein Kinn.“ Für dein Baby ist dein Gesicht das Spannendste im Haus, und dieses Tasten ist eine Art, dir nahezukommen. Tipp danach auf die Nase deines Babys: „Und das ist deine Nase!“

money-post-opened-together =
    .title = Geldsorgen? Öffne die Post nicht allein
    .body = Bleiben Briefe zu, weil das Geld knapp ist? Öffne sie heute mit jemandem, dem du vertraust. Die Gemeinde (gemeente; in Belgien das OCMW) hilft oft kostenlos bei Geldsorgen und Schulden; das Consultatiebureau (Kinderberatungsstelle) zeigt dir den Weg. Geldstress kostet Geduld und Kraft, die auch dein Baby braucht; Hilfe holen ist also auch Fürsorge. Kein Grund zur Scham: Das kennen viele Familien.

a-familiar-book-in-the-bag =
    .title = Ein vertrautes Buch in der Wickeltasche
    .body = Steck heute ein stabiles Buch, das ihr zu Hause oft anschaut, in die Wickeltasche. Hol es heraus, wenn es irgendwo lange dauert oder aufregend wird: im Wartezimmer, im Zug oder bei Verwandten. Lies es mit denselben Stimmen wie zu Hause. An einem fremden Ort sind die bekannten Bilder und deine Vorlesestimme ein Stück Zuhause. Landet alles im Mund? Dann lieber Pappe oder Stoff, das hält was aus.

missing-your-old-life =
    .title = Vermisst du manchmal dein altes Leben? Das darf sein
    .body = Fehlt dir manchmal dein Leben vor dem Baby: Ausschlafen, spontan los, Arbeit, Zeit für dich? Ganz normal, auch wenn du dein Baby liebst. Mach heute etwas Kleines wie früher, mit oder ohne Baby: Musik laut, joggen, jemanden anrufen. Wer sich ein Stück wiederfindet, hat mehr Freude zu teilen. Wochenlang bedrückt oder leer? Sag es der Hausarztpraxis oder dem Consultatiebureau (Kinderberatungsstelle).

milk-feed-stays-a-cuddle =
    .title = Die Milchmahlzeit bleibt Kuschelzeit
    .body = Isst dein Baby schon ein paar Löffel? Dann wirkt das Stillen oder die Flasche vielleicht weniger wichtig. Mach heute eine Milchmahlzeit ganz bewusst zu einem ruhigen Kuschelmoment: in deinem Arm, eng an dir, das Licht etwas gedämpft. Das Essen ändert sich, aber die Nähe beim Trinken bleibt für dein Baby eine Quelle der Ruhe. Nur bei der letzten Mahlzeit am Tag? Dann ist das euer Moment.

rowing-rhyme-on-your-lap =
    .title = Ruderboot auf deinem Schoß
    .body = Sitzt dein Baby dir zugewandt auf dem Schoß, den Rücken an deinen angezogenen Knien? Nimm seine Hände und schaukelt zusammen sanft vor und zurück, zu einem Ruder- oder Schaukellied. Bei der letzten Zeile kommt eine große Welle, dann gleich zurück. Bei jeder Welle treffen sich eure Blicke, und du hältst fest: spannend und sicher zugleich. Noch wackelig? Halt den Oberkörper, nicht die Hände.

messy-hands-in-the-bowl =
    .title = Kleckern erlaubt: Hände in der Schüssel
    .body = Greift dein Baby heute mit den Händen in die Schüssel? Lass es. Leg ein altes Tuch unter den Stuhl und wisch nicht nach jedem Löffel das Gesicht ab. Durch Fühlen, Quetschen und Schmieren entdeckt dein Baby, was Essen ist, und diese Entdeckung gehört ganz ihm. Mach erst am Ende sauber und sag es vorher: „Jetzt waschen wir die Hände.“ Der Boden ist schnell wieder sauber; die Neugier bleibt.

first-time-in-the-pool =
    .title = Zum ersten Mal im Schwimmbad
    .body = Geht ihr heute ins Schwimmbad oder zum Babyschwimmen? Steig langsam ins Wasser, dein Baby aufrecht an deiner Brust, dein Gesicht nah, und halt es die ganze Zeit fest. Hall, Menschen und Wasser sind viel Neues auf einmal, und dein Körper und deine Stimme sind der vertraute Halt. Schau auf dein Baby, nicht auf die Gruppe. Zittern, Wegschauen oder Weinen heißt: raus und warm einpacken.

cot-babble-answer-from-the-landing =
    .title = Brabbeln aus dem Bett? Antworte schon von Weitem
    .body = Liegt dein Baby morgens wach im Bett und brabbelt? Ruf heute schon vom Flur zurück: „Guten Morgen, ich höre dich, ich komme!“ Und dann komm auch wirklich. So merkt dein Baby, dass seine Stimme dich erreicht, auch wenn du noch nicht zu sehen bist. Morgen kannst du durch die Tür zurückbrabbeln und lauschen, ob eine Antwort kommt.

flying-with-your-baby =
    .title = Fliegen mit Baby: Du bist das Stück Zuhause
    .body = Fliegt ihr bald, vielleicht zur Familie? Halt dein Baby bei Start und Landung eng bei dir; viele Eltern geben dann die Brust, die Flasche oder einen Schnuller. Geh unterwegs ab und zu mit ihm auf dem Arm durch den Gang. Alles klingt und riecht anders, aber dein Körper, deine Stimme und dein Geruch sind wie zu Hause. Weint es trotzdem? Du musst nur dein Baby beruhigen, nicht das ganze Flugzeug.

two-babies-on-one-blanket =
    .title = Zwei Babys auf einer Decke
    .body = Besuch bei jemandem mit einem Baby in ähnlichem Alter? Legt oder setzt beide auf eine Decke, jedes mit seinem Elternteil dahinter. Babys finden einander oft spannend: Sie starren, lachen, greifen. Sag, was du siehst: „Schau, Noor hat auch Söckchen!“ Sicher bei dir lernt dein Baby so ein anderes Kind kennen. Greift ein Händchen nach Augen oder Haaren? Führ es sanft zu einer Hand.

own-room-you-still-come =
    .title = Ein eigenes Zimmer: Du kommst genauso schnell
    .body = Schläft dein Baby seit Kurzem im eigenen Zimmer? Sorg heute dafür, dass du es gut hörst, mit einem Babyfon oder einer angelehnten Tür, und geh so schnell hin wie damals, als das Bettchen neben dir stand. So merkt dein Baby, dass eine Wand dazwischen nichts daran ändert, wer kommt. Alles andere beim Schlafen bleibt gleich: auf dem Rücken, im Schlafsack, ohne Kuscheltier, Kissen oder Tücher.

same-walk-same-stop =
    .title = Eine feste Runde mit einem festen Halt
    .body = Gehst du oft mit deinem Baby spazieren? Such dir heute auf eurer üblichen Runde einen festen Halt: die Enten am Teich, den großen Baum, den Bäcker an der Ecke. Halt dort jedes Mal an, sag denselben Satz, „Hallo, Enten!“, und schaut kurz zusammen. Ein fester Punkt macht den Weg vorhersehbar, und was dein Baby erwarten kann, fühlt sich sicher an. Bald strampelt es vielleicht schon vor der Kurve.

spat-out-try-again-another-day =
    .title = Ausgespuckt? Ein andermal wieder
    .body = Kommt der neue Brei gleich wieder raus, oder bleiben die Lippen fest zu? Sag locker: „Heute nicht, was?“ und räum ihn weg, ohne Zwang und Schimpfen. Viele Babys müssen Neues oft probieren, bevor sie es mögen, und ein entspannter Tisch zählt mehr als eine leere Schüssel. Biete es in ein paar Tagen wieder an. Sorgen ums Essen oder Wachstum? Frag das Consultatiebureau (Kinderberatungsstelle).

grass-under-bare-feet =
    .title = Zum ersten Mal Gras unter den Füßen
    .body = Trocken und nicht zu kalt? Setz dein Baby auf eine Decke am Wiesenrand, zieh ihm die Söckchen aus und lass Füße oder Hände das Gras spüren. Bei etwas Neuem schaut dein Baby oft zuerst in dein Gesicht. Zeig, dass es dir gefällt: „Kitzelt’s? Fühl mal!“ Dein entspanntes Gesicht sagt ihm: alles sicher. Achte darauf, was in den Mund wandert. Füße zurückgezogen? Morgen wieder, oder mit Sand.

give-and-take-thank-you =
    .title = Geben und Zurückbekommen: „Für mich? Danke!“
    .body = Reicht dein Baby heute ein Spielzeug von einer Hand in die andere? Halt deine offene Hand daneben: „Für mich?“ Schafft es dein Baby loszulassen, sag fröhlich „Danke!“ und gib es gleich zurück. Geben, Bekommen und wieder Geben ist ein erstes Hin und Her mit Dingen, und dein Baby entdeckt: Was ich tue, bewirkt etwas. Klappt das Loslassen noch nicht? Dann dreh es um: Du gibst, dein Baby nimmt.

phone-call-baby-on-your-lap =
    .title = Du musst telefonieren? Sag es deinem Baby, komm zurück
    .body = Musst du heute telefonieren, während dein Baby dich will? Nimm es auf den Schoß oder setz es so, dass es dich sieht, und sag es vorher: „Ich telefoniere kurz, dann bin ich wieder für dich da.“ Lass eine Hand auf deinem Baby. Leg das Handy danach wirklich weg: „So, da bin ich wieder.“ So merkt dein Baby: Deine Aufmerksamkeit kann kurz weg sein und kommt wieder. Quengeln dabei? Ganz normal.

photos-of-the-first-weeks =
    .title = Blättert zusammen durch die Fotos der ersten Wochen
    .body = Hol heute, mit deinem Baby auf dem Schoß, die Fotos der ersten Wochen hervor. Erzähl: „Schau, so klein warst du. Du hast meinen Finger so fest gehalten.“ Dein Baby versteht die Worte noch nicht, hört aber deine warme Stimme und sieht deinen Blick. Und du siehst, wie viel ihr schon erlebt habt, auch die schweren Tage. War der Anfang schwer? Erzähl es ruhig so; es gehört zu eurer Geschichte.

light-spot-on-the-wall =
    .title = Ein Lichtfleck, der verschwindet und wiederkommt
    .body = Sonne am Fenster oder eine Taschenlampe zur Hand? Lass mit einem kleinen Spiegel oder der Lampe einen Lichtfleck über die Wand tanzen, nie in die Augen deines Babys. „Wo ist das Licht? Da!“ Versteck es kurz hinter deiner Hand und lass es wieder auftauchen. So übt dein Baby, dass Verschwundenes wiederkommt, und dass du es zurückbringst. Schaut es dich an statt das Licht? Die schönste Runde.

sitting-up-roll-a-ball =
    .title = Sitzt dein Baby schon kurz? Setzt euch gegenüber
    .body = Kann dein Baby schon kurz allein sitzen, mit Kissen drumherum, falls es umkippt? Setz dich heute ihm gegenüber auf den Boden, eure Füße berühren sich fast, und roll einen weichen Ball langsam zu ihm hin. Greift es ihn oder schubst ihn zurück: jubeln! Etwas hin und her gehen zu lassen, auf gleicher Augenhöhe, ist eine neue Art, zusammen zu spielen. Kippt es um: kurz trösten und wieder aufsetzen.

twenty-minutes-as-a-couple =
    .title = Zwanzig Minuten zu zweit, ohne Windelgespräche
    .body = Ziehst du dein Baby mit Partnerin oder Partner groß? Plant diese Woche zwanzig Minuten für euch zwei, wenn euer Baby schläft oder bei jemand Vertrautem ist: Tee auf dem Sofa, eine Runde um den Block. Redet mal nicht über Schlaf, Essen oder Aufgaben. Wer sich vom anderen getragen fühlt, hat oft mehr Geduld fürs Kind. Allein erziehend? Dann plan die zwanzig Minuten mit Freunden oder Familie.

visiting-a-great-grandparent =
    .title = Besuch bei Uroma oder Uropa
    .body = Besuchst du heute mit Baby die Urgroßeltern oder andere alte Verwandte? Behalt dein Baby auf dem Schoß, nah bei ihnen, und lass eine alte Hand sanft sein Händchen berühren. Singt zusammen ein Lied, das alle kennen. Achte auf dein Baby: fremder Raum, neue Gerüche, neues Gesicht, das ist viel auf einmal; Wegschauen oder Zappeln heißt: genug. Ein kurzer Besuch, der guttut, ist ein Geschenk für alle.

blanket-tent-for-two =
    .title = Ein Zelt aus einem Laken, nur für euch zwei
    .body = Regentag drinnen? Häng ein Laken über zwei Stühle oder den Tisch und krabbelt zusammen darunter, dein Baby neben dir oder auf dem Schoß. Das Licht wird weich, Geräusche gedämpft, die Welt ganz klein: nur ihr zwei. Sing leise oder heb eine Ecke an: „Wer sitzt denn da? Du!“ So eine Höhle zeigt deinem Baby: Du bist ganz da, ohne Handy und Eile. Sie ist zum Spielen; geschlafen wird im eigenen Bett.

after-an-argument-in-earshot =
    .title = Streit, während dein Baby dabei war?
    .body = Fielen heute harte Worte zwischen dir und einem anderen Erwachsenen, mit deinem Baby in der Nähe? Babys hören die Spannung in Stimmen, auch ohne die Worte zu verstehen. Nimm dein Baby danach ruhig hoch und sprich leise: „Das war eine laute Stimme, oder? Jetzt ist es wieder gut.“ Lass es, wenn möglich, sehen, dass ihr wieder freundlich seid. Zu Hause nicht sicher? Sprich mit deiner Hausarztpraxis.

say-whats-on-the-spoon =
    .title = Sag, was auf dem Löffel ist
    .body = Isst dein Baby heute ein paar Löffel mit? Erzähl, was auf dem Löffel ist, während es schaut, riecht und probiert: „Das ist Banane. Weich und süß.“ Oder: „Warm, kurz pusten.“ Sprich in der Sprache, die dir am leichtesten fällt, zu Hause gern deine eigene. Dein Baby hört das Wort genau dann, wenn es etwas schmeckt, und so bekommen Wörter Bedeutung. Isst du mit? Erzähl auch von deinem Teller.

cautious-or-bold-own-style =
    .title = Vorsichtig oder forsch: Dein Baby hat seinen Stil
    .body = Schau heute, wie dein Baby Neues angeht: ein unbekanntes Spielzeug, einen Hund, einen neuen Geschmack. Greift es sofort zu, oder schaut es erst lange und vorsichtig? Beides ist gut. Gib einem vorsichtigen Baby Zeit und halt bei einem forschen eine Hand in der Nähe. Sag, was du siehst: „Du schaust erst mal genau hin, oder?“ So fühlt sich dein Baby gesehen, genau so, wie es ist.

not-shy-knows-their-people =
    .title = Nicht schüchtern: Dein Baby kennt seine Leute
    .body = Weint dein Baby heute plötzlich bei einer Tante oder Nachbarin, die es früher problemlos halten durfte? Und sagt jemand „So schüchtern!“ oder „Verwöhnt!“? Antworte freundlich: „Unser Baby weiß jetzt genau, wer seine Leute sind.“ Ab etwa einem halben Jahr fremdeln viele Babys: ein Schritt nach vorn, kein Charakterfehler. An deinem Ton hört dein Baby, dass es nichts falsch macht.

call-their-name-and-wait =
    .title = Ruf den Namen und warte, bis dein Baby sich umdreht
    .body = Sitzt dein Baby heute ein Stück von dir entfernt und spielt? Sag fröhlich seinen Namen und warte. Viele Babys drehen sich in diesem Alter um, wenn sie ihren Namen hören. Dreht sich deins um, belohn das mit einem breiten Lächeln und „Ja, dich meine ich!“ So wird der eigene Name zu einem Klang, der bedeutet: Jemand sucht Kontakt zu mir. Nutz den Namen lieber öfter für schöne Dinge als für „Nein“.

stranger-leans-over-the-pram =
    .title = Jemand beugt sich über den Kinderwagen? Geh dazwischen
    .body = Beugt sich heute im Laden oder auf der Straße jemand Fremdes über den Kinderwagen, und dein Baby zieht eine Schnute? Stell dich neben den Wagen, leg eine Hand auf dein Baby und sprich mit ihm: „Die Frau findet dich süß. Ich bin hier.“ Du darfst freundlich um etwas Abstand bitten. So lernt dein Baby, dass du aufpasst, wenn etwas unheimlich ist, und an deiner ruhigen Stimme hört es: alles gut.
