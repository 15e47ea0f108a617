first-word-was-not-your-name =
    .title = Das erste Wort war nicht dein Name?
    .body = War das erste Wort deines Kindes „Katze“, „Auto“ oder der Name eines anderen, und nicht deiner? Das kann kurz wehtun, und das darf es. Welches Wort zuerst kommt, sagt nichts darüber, wen dein Kind am meisten liebt: Oft ist es einfach ein leichter Laut oder etwas, das es oft sieht. Freu dich heute über jedes Wort. Dein Name kommt auch, vielleicht gerade dann, wenn du es nicht erwartest.

cant-sing-say-the-rhyme =
    .title = Singen ist nicht dein Ding? Dann sprich es
    .body = Fühlst du dich beim Singen unwohl, oder kennst du kaum Kinderlieder? Dann musst du nicht singen. Sag heute einen kurzen Reim mit viel Rhythmus auf und klopf den Takt sanft auf das Knie deines Kindes. Oder summ eine Melodie. Für dein Kind zählen Rhythmus und deine Stimme, nicht wie schön es klingt. Kein Reim parat? Erfinde einen: „Jacke an und Schuh dazu, raus geht’s jetzt, ich und du.“

reading-while-they-wander =
    .title = Dein Kind läuft beim Vorlesen weg?
    .body = Läuft dein Kind nach einer Seite schon wieder vom Buch weg? Lies heute einfach weiter, das Buch offen auf dem Boden. Viele Kleinkinder hören im Herumlaufen zu und kommen für ein Bild zurück, das sie mögen. Das Buch muss nicht zu Ende gelesen werden, und stillsitzen muss niemand: Kurz zusammen schauen ist auch Vorlesen. Lange auf dem Schoß sitzen kommt bei vielen Kindern erst später.

video-call-toddler-runs-off =
    .title = Videoanruf mit Oma und Opa, und dein Kind läuft weg
    .body = Wollen Oma und Opa per Video anrufen, aber dein Kind läuft nach zehn Sekunden weg? Nimm das Handy mit dorthin, wo dein Kind spielt, damit sie zuschauen und reagieren können: „Was baust du denn da?“ Oder lass dein Kind ein Kuscheltier oder seinen Turm in die Kamera halten. Anders als bei einem Filmchen reagiert hier wirklich jemand auf dein Kind. Fünf schöne Minuten reichen.

at-your-limit-with-a-toddler =
    .title = Am Ende deiner Kräfte? Mach eine sichere Pause
    .body = Kurz vorm Explodieren? Schüttle oder schlag dein Kind nie. Bring es an einen sicheren Ort, etwa ins Laufgitter oder Bettchen, und sag: „Ich muss kurz runterkommen. Bin gleich wieder da.“ Geh kurz in einen anderen Raum, atme lang aus oder ruf jemanden an. Die Pause ist Fürsorge, kein Versagen. Geh zurück, wenn du ruhiger bist. Passiert das oft? Sag es dem Consultatiebureau (Kinderberatungsstelle).

pots-and-pans-band =
    .title = Ein Orchester aus Töpfen und Löffeln
    .body = Stell heute ein paar Töpfe umgedreht auf den Boden und gib deinem Kind einen Holzlöffel. Trommle selbst einen kurzen Rhythmus, hör auf und warte: Jetzt ist dein Kind dran. Wechselt euch ab, mal laut, mal ganz leise. Abwechselnd Geräusche machen ist ein Gespräch ohne Worte, und dein Kind merkt, dass du auf es wartest. Zu viel Krach? Ein Kissen ist eine prima leise Trommel.

book-brought-while-you-cook =
    .title = Ein Buch, gerade wenn du kochst
    .body = Kommt dein Kind mit einem Buch, während du kochst? Setz es mit dem Buch auf den Boden oder einen Hocker in der Nähe, mit sicherem Abstand zum Herd, und lass es dir die Bilder zeigen. Sag zwischen dem Umrühren, was du siehst: „Ein Feuerwehrauto! Was macht es?“ So merkt dein Kind, dass es zählt, auch wenn du beschäftigt bist. Nach dem Essen lest ihr das Buch zusammen, auf dem Schoß.

not-enjoying-today-is-allowed =
    .title = Heute genießt du es nicht? Das darf sein
    .body = Alle sagen, du sollst jeden Moment genießen, aber heute ist es vor allem anstrengend und langweilig? Das darf sein. Sag es laut zu einem Erwachsenen, dem du vertraust: „Heute finde ich es schwer.“ Ohne gleich „aber ich liebe mein Kind so sehr“ hinterherzuschieben. Es nicht zu genießen heißt nicht, dass du es schlecht machst. Morgen ist bestimmt wieder ein schöner Moment dabei.

what-do-you-hear-listening =
    .title = Pst… was hörst du?
    .body = Bleib heute draußen oder am offenen Fenster kurz stehen, leg die Hand hinters Ohr und flüstere: „Pst… was hörst du?“ Wartet zusammen. Ein Vogel, ein Roller, ein bellender Hund: Sag, was es ist, und schaut zusammen, woher es kommt. Gemeinsam lauschen heißt, gemeinsam auf etwas zu achten, und dein Kind bekommt Wörter für Geräusche. Morgen drinnen: die Waschmaschine, die Türklingel.

pointing-and-whining-give-the-word =
    .title = Zeigt und ruft dein Kind? Gib das Wort dazu
    .body = Zeigt dein Kind mit „äh, äh!“ auf den Becher auf der Küchenzeile? Gib ihm das Wort und den Becher: „Wasser? Du möchtest Wasser. Hier ist dein Wasser.“ Lass es das Wort nicht erst selbst sagen müssen. So merkt dein Kind, dass Fragen sich lohnt, und hört genau das Wort, das es gesucht hat. Wörter kommen, wenn man sie oft im richtigen Moment hört, nicht, wenn man sie sich verdienen muss.

doesnt-look-up-when-you-call =
    .title = Dein Kind schaut nicht auf, wenn du rufst?
    .body = Dreht sich dein Kind oft nicht um, wenn du rufst, nicht mal bei „Keks!“? Oder brabbelt es seit einer Erkältung weniger? Ins Spiel vertieft hört ein Kleinkind dich manchmal nicht; das ist normal. Achte heute darauf: Flüstere hinter ihm etwas Schönes oder mach leise Musik an. Kommen Geräusche oft nicht an? Frag das Consultatiebureau (Kinderberatungsstelle) nach dem Gehör. Sprechen beginnt mit Hören.

video-just-before-bedtime =
    .title = Ein Video kurz vor dem Schlafen?
    .body = Schaut dein Kind kurz vor dem Schlafen ein Video, und dauert das Einschlafen danach lange, oder ist Ausschalten ein täglicher Kampf? Verleg das Video heute vor das Abendessen. Die letzte halbe Stunde vor dem Bett gehört dann euch: Baden, Buch, ein Lied auf dem Schoß. Nach schnellen Bildern finden viele Kinder schwer Ruhe; deine Stimme hilft beim Abschalten. Nicht immer? Die meisten Abende zählen.

picture-book-in-your-own-words =
    .title = Ein Bilderbuch in deinen eigenen Worten
    .body = Ist Niederländisch nicht deine Sprache, oder gibt es kaum Bücher in deiner Sprache? Du musst den Text nicht vorlesen. Erzähl heute zu den Bildern in deinen eigenen Worten und deiner eigenen Sprache: „Schau, der Bär sucht seine Mama.“ Für dein Kind zählen deine Stimme und die Geschichte zwischen euch. Frag in der Bibliothek auch mal nach Büchern in deiner Sprache.

low-mood-in-the-second-year =
    .title = Niedergeschlagen, auch jetzt, wo dein Kind größer ist?
    .body = Trübe Stimmung oder Angst können auch später kommen, bei jedem Elternteil. Fühlst du dich seit zwei Wochen oder länger grau, gereizt, ängstlich oder leer, und freut dich kaum noch etwas? Sag es diese Woche deinem Hausarzt (huisarts) oder dem Consultatiebureau (Kinderberatungsstelle). Das passiert vielen Eltern und ist niemandes Schuld. Mit Hilfe wird es meist leichter; darum zu bitten ist stark.

their-name-not-only-for-no =
    .title = Hört dein Kind seinen Namen vor allem beim „Nein“?
    .body = „Sam, nein!“ „Sam, nicht anfassen!“ Hört dein Kind seinen Namen vor allem, wenn etwas schiefläuft? Dann klingt er bald wie eine Warnung. Sag den Namen heute oft in warmem Ton, ohne dass etwas sein muss: „Sam! Da bist du ja.“ „Sam, wie schön du lachst.“ So hört dein Kind, dass sein Name zu etwas Schönem gehört: zu ihm selbst, wie es ist. Warnen darfst du, aber mach den Namen nicht zum Alarm.

a-weekly-hour-of-your-own =
    .title = Eine feste Stunde pro Woche, die dir gehört
    .body = Plan heute einen festen Termin in der Woche, der nur dir gehört: Sport, Singen im Chor, ein Kurs, ein Spaziergang mit einer Freundin oder einem Freund. Sprich ab, wer sich dann um dein Kind kümmert, und trag es in den Kalender ein wie einen Termin. Etwas, auf das du dich freust, lädt dich mehr auf als gestohlene Minuten. Und dein Kind hat etwas von einem Elternteil, der auch etwas Eigenes hat.

compare-with-three-months-ago =
    .title = Vergleich mit vor drei Monaten
    .body = Hast du heute ein anderes Kind gesehen, das schon mehr sagt oder kann, und jetzt nagt es an dir? Such heute Abend ein Video oder Foto deines eigenen Kindes von vor drei Monaten. Schau, was seitdem alles dazugekommen ist, und sag es morgen deinem Kind: „Du kletterst jetzt allein aufs Sofa!“ Jedes Kind wächst in seinem Tempo. Noch unsicher? Frag einfach im Consultatiebureau (Kinderberatungsstelle).

your-language-out-loud-in-public =
    .title = Deine Sprache, auch auf dem Spielplatz
    .body = Wechselst du draußen ins Niederländische oder sprichst leiser, weil du dich beobachtet fühlst? Sprich heute auf dem Spielplatz und im Laden einfach deine eigene Sprache mit deinem Kind, in deinem normalen Ton. So hört dein Kind, dass deine Sprache überall klingen darf, und du klingst wie du selbst. Fragt jemand danach? „Wir sprechen zu Hause zwei Sprachen“ genügt.

books-within-reach =
    .title = Bücher in Reichweite
    .body = Stell heute ein paar feste Pappbücher in einen niedrigen Korb oder auf ein niedriges Regal, mit dem Cover nach vorn. So kann dein Kind selbst wählen und dir eins bringen, wann es Lust hat. Ein Buch bringen wird dann zur Einladung: Setzt du dich zu mir? Tausch jede Woche ein paar Bücher aus. Empfindliche Klappenbücher dürfen weiter oben stehen, für gemeinsame Momente.

your-own-postponed-appointment =
    .title = Der Termin für dich selbst: mach ihn heute
    .body = Schiebst du seit der Ankunft deines Kindes deinen eigenen Termin beim Zahnarzt, Hausarzt oder Physiotherapeuten vor dir her? Ruf heute an und vereinbare ihn, und kläre gleich, wer sich dann um dein Kind kümmert. Schmerzen, schlechter Schlaf oder Sorgen um deinen Körper kosten Geduld, und die braucht dein Kind auch. Für dich sorgen heißt also auch, für dein Kind zu sorgen.

every-animal-is-a-dog =
    .title = Jedes Tier ist ein Hund? Sag es richtig zurück
    .body = Nennt dein Kind jedes Tier mit vier Beinen „Hund“ oder jedes Auto „Bus“? Das ist klug: Es nutzt, was es schon weiß. Sag heute nicht „nein, falsch“, sondern gib das richtige Wort dazu: „Ja, vier Beine, wie ein Hund! Das ist eine Kuh. Muh!“ So bleibt Sprechen schön, und dein Kind hört das richtige Wort genau im passenden Moment. Gut zurücksagen wirkt besser als nachsprechen lassen.

home-late-child-asleep =
    .title = Spät zu Hause, und dein Kind schläft schon?
    .body = Bist du heute erst heimgekommen, als dein Kind schon schlief? Schau kurz ins Schlafzimmer und erzähl es morgen früh: „Ich war gestern Abend noch bei dir. Du hast ganz tief geschlafen.“ So weiß dein Kind, dass du da warst, auch als es schlief. Ab und zu das Zubettbringen zu verpassen, macht nichts kaputt. Oft zu spät? Dann mach das Frühstück zu eurem festen Moment.

toddler-asks-for-a-song =
    .title = Dein Kind wünscht sich ein Lied
    .body = Kreist dein Kind mit den Händen oder klatscht es und schaut dich erwartungsvoll an? Vielleicht wünscht es sich ein Lied. Rate laut: „Möchtest du ‚Die Räder vom Bus‘?“ und sing es sofort. Mal heute ein paar Liederkarten dazu: einen Bus, eine Spinne, eine Ente. Dann kann dein Kind zeigen, was es hören möchte. So merkt es: Ich kann mir etwas wünschen, und du verstehst mich.

torn-page-mend-together =
    .title = Seite zerrissen? Zusammen kleben
    .body = Hat dein Kind eine Seite aus einem Buch gerissen? Sag ruhig, was passiert ist: „Oh, die Seite ist kaputt. Die reparieren wir.“ Hol Klebeband und lass dein Kind helfen: das Stück festhalten, das Klebeband andrücken. So lernt dein Kind, dass etwas Kaputtes wieder gut werden kann, und das nicht nur bei Büchern. Besondere Bücher dürfen eine Weile höher stehen.

threatened-to-leave-without-them =
    .title = „Ich geh ohne dich!“ Nimm es zurück
    .body = Hast du auf dem Spielplatz gerufen: „Ich geh jetzt, dann bleibst du eben hier!“, und ist dein Kind in Panik zu dir gerannt? So eine Drohung wirkt schnell, weil dein Kind Angst hat, dich zu verlieren. Nimm sie heute zurück: „Ich wollte nicht wirklich gehen. Ich lasse dich nie zurück.“ Sag nächstes Mal, was stimmt: „Ich hol dich jetzt, dann gehen wir zusammen.“ So wird dein Weggehen nie zur Strafe.

say-thank-you-to-your-toddler =
    .title = Sag deinem Kind mal Danke
    .body = Gibt dir dein Kind einen Stein, einen Bauklotz oder deine Schlüssel? Sag heute ein herzliches „Danke!“ und bitte es selbst mit „Magst du…?“ und „bitte“. Frag nicht ständig „Wie sagt man?“. Kinder lernen Höflichkeit vor allem daraus, wie mit ihnen selbst gesprochen wird, und dein Kind fühlt sich so als echter Gesprächspartner. Vielleicht hörst du bald von selbst ein kleines „Danke“.

evening-scrolling-instead-of-sleep =
    .title = Abends noch endlos scrollen?
    .body = Schläft dein Kind endlich, und scrollst du danach bis spät am Handy, weil das deine einzige Zeit für dich ist? Sehr verständlich. Leg das Handy heute Abend zu einer festen Zeit weg, außerhalb des Schlafzimmers, und mach noch eine Sache für dich ohne Bildschirm: duschen, ein Buch, ein Tee. Aus Schlaf wird Geduld gemacht. Ein früherer Abend diese Woche ist schon ein Gewinn.

family-photos-who-is-that =
    .title = Wer ist das? Familienfotos
    .body = Hol heute Familienfotos hervor, oder häng ein paar tief an den Kühlschrank. Zeig und erzähl: „Das ist Oma, sie wohnt weit weg. Und schau, das bin ich, als ich so klein war wie du!“ So lernt dein Kind, wer zu euch gehört, auch wenn jemand weit weg wohnt. Vielleicht bringt dir dein Kind bald selbst das Album: „Wer das?“

saw-something-scary-on-a-screen =
    .title = Etwas Gruseliges auf dem Bildschirm gesehen?
    .body = Hat dein Kind etwas Gruseliges gesehen: die Nachrichten, den Film älterer Geschwister, ein Video, das anders lief als gedacht? Das passiert in jeder Familie. Mach ruhig aus, nimm dein Kind zu dir und sag, was es sah: „Das war ein lauter Knall. Da hast du dich erschreckt. Du bist bei mir.“ Echt und ausgedacht trennen Kleinkinder noch kaum. Nachrichten lieber, wenn es schläft, oder mit Kopfhörern.

your-voice-instead-of-the-speaker =
    .title = Deine Stimme statt Lautsprecher
    .body = Laufen Kinderlieder bei euch oft aus dem Lautsprecher oder Tablet? Schalte sie heute einmal aus und sing eins dieser Lieder selbst, dein Kind auf dem Schoß. Ein Lautsprecher singt einfach weiter; du kannst warten, langsamer werden, die Stelle wiederholen, über die dein Kind lacht, und du siehst sein Gesicht. So wird ein Lied etwas, das euch gehört. Schön singen musst du nicht.

restart-a-bad-morning =
    .title = Verpatzter Morgen? Fang den Tag neu an
    .body = Erst zehn Uhr, und schon ging alles schief: Tränen, verschüttete Milch, eine kurze Zündschnur bei dir? Drück heute den Neustartknopf. Geh zehn Minuten mit deinem Kind raus, iss etwas, mach Musik an und sag laut: „Komm, wir fangen nochmal an.“ Um zehn ist ein Tag noch lange nicht verloren, und dein Kind sieht, dass ein holpriger Start sich wenden kann. Um vier wieder ein Neustart nötig? Auch gut.

parenting-questions-at-the-clinic =
    .title = Erziehungsfragen? Auch dafür ist das Consultatiebureau da
    .body = Kommst du mit etwas nicht weiter, das dein Kind tut, oder mit deiner eigenen Geduld? Das Consultatiebureau (Kinderberatungsstelle) ist nicht nur zum Wiegen, Messen und Impfen da; du kannst auch mit Erziehungsfragen hin, auch zwischen den Terminen. Schreib heute auf, was dich beschäftigt, und ruf an oder frag beim nächsten Besuch. Fragen ist kein Versagen: Gemeinsam hinschauen hilft oft.

voice-messages-with-grandparents =
    .title = Sprachnachrichten hin und her mit Oma und Opa
    .body = Wohnen Oma und Opa weit weg, vielleicht in einem anderen Land? Bitte sie um eine kurze Sprachnachricht mit einem Lied oder Reim in ihrer eigenen Sprache. Hör sie dir ein paarmal mit deinem Kind an. Nehmt dann zusammen eine Antwort auf: ein Wort, ein Lachen, ein Stück vom Lied. So geht wirklich etwas hin und her, und dein Kind hört die Stimmen und die Sprache der Familie öfter.

notice-your-anger-building =
    .title = Spür die Wut kommen, bevor du explodierst
    .body = Merkst du deine Wut oft erst, wenn du schon geschrien hast? Achte heute darauf, was dein Körper kurz davor macht: ein heißer Kopf, ein fester Kiefer, eine lautere Stimme. Wähl ein Stoppsignal für dich: Hände flach auf die Arbeitsplatte, einmal lang ausatmen, im Kopf „warte“. Je früher du es kommen spürst, desto mehr Raum hast du zu wählen. Doch ausgerastet? Wiedergutmachen zählt auch.

reading-side-by-side =
    .title = Nebeneinander lesen, jeder ein eigenes Buch
    .body = Nimm heute dein eigenes Buch oder eine Zeitschrift und setz dich aufs Sofa, mit einem kleinen Stapel Bücher für dein Kind neben dir. Jeder „liest“ eine Weile sein eigenes. Zeigt dir dein Kind ein Bild, schau wirklich auf und reagiere: „Oh, ein Elefant!“ Dann liest du weiter. Kinder machen gern nach, was Große gern tun, und du schaffst ein paar Seiten. Nur zwei Minuten? Zählt auch.

too-much-noise-for-you =
    .title = Macht dich der ganze Lärm verrückt?
    .body = Kreischen, Hämmern, eine Spielzeugtröte ohne Ende: Macht dich der Lärm am Abend fertig? Viele Eltern werden davon gereizt; das sagt nichts über deine Liebe. Such dir heute eine ruhigere Viertelstunde: Spielt draußen, wo sich Geräusche verlieren, räum das lauteste Quietschspielzeug eine Weile weg, oder trag dämpfende Ohrstöpsel, mit denen du dein Kind noch gut hörst. Ruhe im Kopf schafft Geduld.

two-languages-few-words-worry =
    .title = Zwei Sprachen zu Hause, und noch wenig Wörter?
    .body = Heißt es, zwei Sprachen verwirren ein Kind oder bremsen das Sprechen? Das stimmt nicht: Sagt ein Kind wenig, liegt das nicht an zwei Sprachen. Sprich also weiter deine Sprache. Viele Kinder kennen manche Wörter nur in einer Sprache: Zähl alle zusammen. Sag im Consultatiebureau (Kinderberatungsstelle), welche Sprachen ihr sprecht und welche Wörter dein Kind sagt. Sorgen? Frag einfach.

library-story-time-on-your-lap =
    .title = Zur Vorlesestunde, auf deinem Schoß
    .body = Gibt es in der Bibliothek bei dir in der Nähe eine Vorlesestunde für Kleinkinder? Geht einmal zusammen hin, dein Kind auf deinem Schoß oder neben dir. Viele Kleinkinder schauen zuerst nur zu, von diesem sicheren Platz aus. Läuft dein Kind herum oder will nach zehn Minuten gehen? Kein Problem, beim nächsten Mal klappt es oft besser. So wird Vorlesen etwas, das ihr auch mit anderen Kindern teilt.

laugh-the-tension-away =
    .title = Angespannter Nachmittag? Sei mal albern
    .body = Ist die Stimmung angespannt, mit einem bockigen Kleinkind und einem Elternteil mit kurzer Zündschnur? Versuch es anders: Watschel wie ein Pinguin ins Bad, sprich mit Piepsstimme, lass eine Socke „Hallo“ sagen. Zusammen lachen entspannt deinen Körper und den deines Kindes und löst oft einen festgefahrenen Moment. Ist dein Kind wirklich traurig? Dann geht Trösten vor.

blamed-them-wrongly =
    .title = Deinem Kind zu Unrecht die Schuld gegeben?
    .body = Dachtest du, dein Kind hätte den Becher umgeworfen oder die Pflanze gerupft, und dann war es der Hund, die große Schwester oder dein Ellbogen? Sag es einfach: „Ich dachte, du warst das, aber das stimmte nicht. Tut mir leid, dass ich sauer war.“ So ein Satz kostet nichts und lehrt viel: Auch Große irren sich, und Wiedergutmachen gehört dazu. Das macht dich nicht kleiner, eure Bindung aber stärker.

mixing-two-languages =
    .title = Zwei Sprachen durcheinander? Ganz normal
    .body = Mischt dein Kind Wörter aus zwei Sprachen in einem kleinen Satz? Ganz normal: Es nimmt das Wort, das es zuerst findet. Reagier heute auf das, was dein Kind meint, in deiner eigenen Sprache, und lass es nicht erst die „richtige“ Sprache wählen. So bleibt Sprechen etwas, das gelingt. Mit der Zeit finden die meisten Kinder von selbst heraus, wer welche Sprache spricht.

if-youre-happy-a-song-of-feelings =
    .title = Wenn du fröhlich bist… ein Lied voller Gefühle
    .body = Sing heute „Wenn du fröhlich bist, dann klatsche in die Hand“ und nimm mehr Gefühle dazu: Bist du wütend, stampf mit dem Fuß; bist du traurig, sag „buhuhu“; hast du Angst, kuschel dich an mich. Mach es groß vor, mit dem ganzen Gesicht. So spielt dein Kind in einem sicheren Moment mit Gefühlen und bekommt Wörter und Gesten dafür. Erfindet dein Kind selbst eine Strophe? Sing mit.

your-toddler-is-listening-in =
    .title = Dein Kind hört mit
    .body = Erzählst du am Telefon, wie anstrengend dein Kind heute war, während es neben dir spielt? Kleinkinder verstehen oft viel mehr, als sie sagen können. Heb die schweren Geschichten auf, bis dein Kind schläft. Erzähl jetzt, gut hörbar, etwas, das geklappt hat: „Weißt du, was heute gut lief? Den ganzen Weg zum Bäcker selbst gelaufen!“ So hört dein Kind, dass du siehst, was ihm gelingt.

hearing-your-parents-in-your-voice =
    .title = Hörst du deine Eltern in deiner Stimme?
    .body = Hast du dich etwas sagen hören, das dein Vater oder deine Mutter früher sagte und das du nie sagen wolltest? Das passiert vielen Eltern, vor allem müde. Wähl heute Abend den Satz, den du nächstes Mal sagen willst, und häng ihn auf einem Zettel an den Kühlschrank: „Ich helf dir“ statt „Jetzt mach schon!“ Dann ist er parat. Belastet dich eine schwere Kindheit? Sprich mit deinem Hausarzt (huisarts).

tell-each-other-what-went-well =
    .title = Sagt euch, was gut lief
    .body = Sagt ihr euch als Eltern vor allem, was besser laufen könnte: „Du hast die Windeln vergessen“ oder „Sie sollte doch keinen Keks mehr“? Sag dem anderen Elternteil heute Abend eine Sache, die du gut laufen sahst: „Wie ruhig du bei dem Wutanfall geblieben bist.“ Gesehen werden macht Mut; Eltern, die sich stützen, geben Kindern Ruhe. Allein erziehend? Frag jemanden, der dich kennt, was du gut machst.

looking-at-phone-photos-together =
    .title = Zusammen Fotos auf dem Handy anschauen
    .body = Ist dein Handy voller Fotos vom Wochenende? Setzt euch heute zusammen und wischt langsam durch ein paar Bilder: „Schau, da bist du bei den Ziegen. Was hat die Ziege gemacht?“ Lass dein Kind mitzeigen und miterzählen, mit einem Wort oder einem Laut. Gemeinsam zurückschauen hilft deinem Kind, eine Geschichte daraus zu machen. Danach kommt das Handy wieder weg.

a-book-about-their-big-interest =
    .title = Verrückt nach Baggern? Such ein Buch darüber
    .body = Ist dein Kind ganz vernarrt in Bagger, Pferde oder Müllautos? Such in der Bibliothek ein Buch mit echten Fotos davon und taucht zusammen ein. Lass dein Kind erzählen und lern die Wörter mit: die Schaufel, die Kette, der Kran. Mitgehen mit dem, was dein Kind fasziniert, sagt: Was du toll findest, ist mir wichtig. Ehe du dich versiehst, bist du auch Experte.

a-promise-you-cannot-keep =
    .title = Ein Versprechen, das platzt
    .body = Hattest du den Spielplatz nach dem Mittagsschlaf versprochen, und jetzt geht es doch nicht? Sag es ehrlich und kurz: „Ich hatte Spielplatz gesagt. Jetzt geht es nicht, und das ist schade. Morgen früh gehen wir.“ Lass die Enttäuschung da sein, und geh morgen wirklich. Vertrauen wächst nicht daraus, dass nie etwas schiefgeht, sondern aus Ehrlichkeit und Wiedergutmachen.

chatty-at-home-quiet-at-childcare =
    .title = Zu Hause gesprächig, in der Kita still?
    .body = Sagt dein Kind zu Hause immer mehr in deiner Sprache, ist in der Kita aber vor allem still? Viele Kinder, die eine neue Sprache lernen, schauen und hören erst eine Weile zu, bevor sie sie selbst sprechen. Frag heute, wie sich dein Kind dort verständlich macht: zeigen, mitsingen, mitspielen? Sprich zu Hause einfach deine Sprache weiter. Unsicher? Frag im Consultatiebureau (Kinderberatungsstelle).

watching-a-video-together =
    .title = Schaut dein Kind ein Video? Schau mit
    .body = Machst du deinem Kind manchmal ein kurzes Video an? Setz dich heute daneben und schau mit. Sprich über das, was ihr seht: „Der Hund springt! Genau wie du.“ Vereinbart vorher: „Ein Video, dann geht es aus“, und macht es zusammen aus, mit einem Winken: „Tschüss, Video!“ Zusammen schauen macht es zu etwas Gemeinsamem, und ein angekündigtes Ende bringt weniger Kampf.

say-out-loud-how-you-handle-a-setback =
    .title = Sag laut, wie du mit einem Missgeschick umgehst
    .body = Geht etwas schief, und dein Kind sieht zu: Die Milch kocht über, der Schlüssel ist weg? Sag laut, was in dir passiert und was du tust: „Oh, das ärgert mich. Tief durchatmen. Erst in die Jackentasche schauen.“ Dein Kind sieht, wie Große mit Pech umgehen, und bekommt Worte für eigene Gefühle und eine Idee, wie es weitergeht. Laut geworden? Sag auch das: „Das war laut, oder? Jetzt geht’s wieder.“

your-child-as-the-hero =
    .title = Dein Kind als Held der Geschichte
    .body = Erfinde heute eine ganz kurze Geschichte mit deinem Kind in der Hauptrolle: „Es war einmal ein Mädchen, das hieß Noor. Sie fand eine riesige Pfütze. Und was machte sie? Platsch!“ Nimm den Namen deines Kindes, Dinge, die es kennt, und ein gutes Ende. Eine Geschichte über sich selbst ist für ein Kleinkind das Spannendste überhaupt, und sie sagt: Du zählst. Morgen nochmal? Gern.

toddler-conducts-the-song =
    .title = Dein Kind ist der Dirigent
    .body = Sing heute ein bekanntes Lied und mach dein Kind zum Dirigenten. Gehen die Arme hoch, singst du laut; nach unten, flüsterst du; winkt dein Kind schnell, singst du schnell. Mach es erst einmal selbst vor. Dein Kind merkt, dass du folgst, was es zeigt, und das gibt ihm ein herrliches Gefühl, etwas bewirken zu können. Danach darfst du mal dirigieren.

partner-seems-low-for-weeks =
    .title = Ist der andere Elternteil seit Wochen bedrückt?
    .body = Ist dein Partner oder deine Partnerin seit Wochen still, gereizt oder bedrückt? Sag in einem ruhigen Moment ohne Vorwurf, was du siehst: „Du wirkst in letzter Zeit so müde und down. Wie geht es dir wirklich?“ Biete an, gemeinsam zum Hausarzt (huisarts) zu gehen. Das trifft viele Eltern, Mütter wie Väter, und ist niemandes Schuld; Hilfe zu suchen ist stark. Hol dir auch selbst Unterstützung.

toddler-answers-in-dutch =
    .title = Dein Kind antwortet auf Niederländisch?
    .body = Sprichst du deine eigene Sprache, und antwortet dein Kind immer öfter auf Niederländisch? Ganz normal, wenn es in der Kita viel Niederländisch hört. Sprich ruhig weiter deine Sprache und sag das Wort in deiner Sprache zurück, ohne es nachsprechen zu lassen. Mach deine Sprache vor allem schön: Lieder, Geschichten, Anrufe bei der Familie. Zwang macht eine Sprache schwer; Freude hält sie lebendig.

others-cant-understand-your-child =
    .title = Andere verstehen dein Kind nicht? Übersetz kurz
    .body = Erzählt dein Kind Oma oder der Nachbarin was, und sie schaut dich ratlos an? Übersetz kurz, mit deinem Kind statt über es: „Du sagst, der Hund ist weggelaufen! Stimmt, oder?“ So bleibt Sprechen ein Erfolg, und die andere versteht, was dein Kind meint. Viele Kleinkinder sind für andere noch schwer zu verstehen; das ist normal. Sorgen ums Sprechen? Frag im Consultatiebureau (Kinderberatungsstelle).

talk-to-yourself-like-a-friend =
    .title = Sprich mit dir wie mit einem Freund
    .body = Denkst du nach einem Fehler sofort „Ich mache alles falsch“? Frag dich, was du einem Freund sagen würdest, dem dasselbe passiert ist. Vermutlich: „Du warst völlig erschöpft, und danach hast du es wiedergutgemacht.“ Sag dir heute diesen Satz. Milde mit dir selbst ist nicht schwach: Sie gibt dir Kraft zum Wiedergutmachen, und dein Kind lernt von dir, wie man mit Fehlern umgeht.

toddler-reads-to-you =
    .title = Lass dir von deinem Kind vorlesen
    .body = Sitzt dein Kind manchmal allein brabbelnd über einem Buch? Tauscht heute die Rollen: Dein Kind hält das Buch und „liest“ vor, dir oder dem Kuscheltier, mit Lauten, kleinen Wörtern und viel Zeigen. Du bist das Publikum: „Oh! Und dann?“ Dein Kind zeigt, was es alles weiß, und Vorleser sein macht stolz. Die Geschichte darf anders laufen als im Buch.

let-the-other-parent-do-it-differently =
    .title = Anders ist nicht schlechter
    .body = Übernimmt dein Partner, deine Partnerin oder der andere Elternteil das Baden, Anziehen oder Zubettbringen? Dann geh wirklich kurz weg und verbessere nicht, außer es ist unsicher. Eine andere Art ist keine schlechtere. Dein Kind baut mit jedem eine eigene Bindung auf, gerade durch diesen eigenen Stil, und der andere gewinnt Selbstvertrauen. Und du hast zehn Minuten für dich.

holiday-with-a-toddler-is-not-rest =
    .title = Urlaub mit Kleinkind: Erwarte keine Erholung
    .body = Fühlt sich dein Urlaub vor allem an wie dieselbe Arbeit an einem fremden Ort, mit weniger Schlaf? Ganz normal mit einem Kleinkind. Schraub deine Erwartungen herunter: Ein Nachmittag ohne Programm ist auch Urlaub. Vereinbare mit deinen Mitreisenden, dass jeder abwechselnd einmal ausschläft oder eine Stunde allein unterwegs ist. Urlaub mit Kleinkind ist keine Kur, und das ist gut genug.

long-car-trip-songs-and-stops =
    .title = Lange Autofahrt? Lieder, Pausen und rausschauen
    .body = Steht eine lange Autofahrt an? Plan Pausen zum Rennen und Kuscheln ein, und pack eine kleine Tasche mit Büchern oder Spielsachen, die dein Kind eine Weile nicht gesehen hat. Singt unterwegs zusammen und spielt „Was sehe ich da?“: eine Kuh, ein Lastwagen, eine Brücke. So wird die Fahrt etwas, das ihr zusammen macht. Ein Video für einen Teil der Fahrt darf auch sein.

a-story-from-your-childhood =
    .title = Erzähl eine Geschichte aus deiner Kindheit
    .body = Erzähl heute ohne Buch eine ganz kurze, wahre Geschichte aus deiner Kindheit, in deiner eigenen Sprache: „Als ich klein war, hatten wir ein Huhn. Das ist einmal einfach in die Küche spaziert!“ Schau dein Kind an, nimm Hände und Stimme zu Hilfe. So hört dein Kind, woher es kommt. Will dein Kind morgen wieder „das Huhn“ hören? Dann hast du einen Klassiker.

threw-away-their-treasure =
    .title = Einen Schatz deines Kindes weggeworfen?
    .body = Hast du ein Blatt, einen Stock oder ein kaputtes Auto weggeworfen, und nun ist dein Kind untröstlich? Statt „Ist doch nur ein Stock“ sag lieber: „Das war dein schöner Stock, und ich habe ihn weggeworfen. Es tut mir leid.“ Hol ihn zurück, wenn möglich, oder sucht zusammen einen neuen. Frag künftig vorher: „Darf das weg, oder ist es ein Schatz?“ So merkt dein Kind: Seine Sachen zählen auch für dich.

toddler-says-a-rude-word =
    .title = Dein Kind sagt plötzlich ein Schimpfwort?
    .body = Kommt aus dem kleinen Mund plötzlich ein Fluch oder Schimpfwort, aufgeschnappt auf der Straße, in der Kita oder einfach zu Hause? Dein Kind weiß nicht, was es bedeutet, nur, dass es etwas auslöst. Reagier ruhig und kurz: „Das ist kein schönes Wort. Sag lieber: Potz Blitz!“ Großer Schreck oder lautes Lachen macht es erst spannend. Sag selbst oft das lustige Wort; das andere ist bald vergessen.

read-it-wrong-on-purpose =
    .title = Lies mal absichtlich falsch
    .body = Kennt dein Kind ein Buch gut? Sag heute absichtlich etwas Verrücktes: „Und die Kuh macht… miau!“ Warte kurz. Viele Kleinkinder rufen empört „Nein, muh!“ und kugeln sich vor Lachen. Tu erstaunt: „Ach ja? Was macht die Kuh denn?“ Dein Kind darf es besser wissen, und zusammen über Wörter lachen ist Sprache und Bindung zugleich. Soll es heute Abend genau wie immer sein? Auch gut.

sing-along-their-version =
    .title = Dein Kind singt das Lied anders? Sing mit
    .body = Singt dein Kind „Alle meine Entchen schwimmen auf dem… Kuchen“, oder brabbelt es ein Lied mit eigenen Wörtern? Sing heute einfach die Version deines Kindes mit und lacht zusammen. Verbessern musst du nicht: Du singst das Lied oft genug so, wie es geht, und so lernt dein Kind es von selbst. Mitsingen sagt: Deine Stimme zählt. Vielleicht wird es sogar eure eigene Fassung.

a-week-alone-with-your-toddler =
    .title = Eine Woche allein mit deinem Kind? Leg die Latte tief
    .body = Ist dein Partner oder deine Partnerin eine Woche weg, und du bist allein? Leg die Latte bewusst tief: einfaches Essen, ein Ausflug am Tag, keine großen Aufgaben. Bitte eine Person um eine Sache, etwa einmal kochen oder einen Vormittag aufpassen. Und geh selbst früh ins Bett. Dein Kind hat mehr von einem ruhigen Elternteil als von einem vollen Programm. Danach darfst du stolz sein.

let-your-toddler-finish-talking =
    .title = Lass dein Kind ausreden
    .body = Wiederholt dein Kind Laute oder Wörter, „ich-ich-ich will…“, oder sucht es lange nach einem Wort? Bei vielen Kleinkindern sind die Gedanken dann schneller als der Mund. Warte ruhig, schau dein Kind an und beende den Satz nicht. Sag auch nicht „Sprich mal langsam“. So spürt dein Kind: Es ist Zeit da. Kostet Sprechen sichtlich Mühe oder Anspannung? Frag das Consultatiebureau (Kinderberatungsstelle).

clap-the-names =
    .title = Klatscht die Namen von allen zu Hause
    .body = Klatscht heute zusammen die Namen von allen zu Hause, im Rhythmus der Silben: „O-ma“, zweimal klatschen; „Mo-ham-med“, dreimal. Dann das Kuscheltier, die Katze, die Nachbarin. Dein Kind klatscht vielleicht noch nicht im Takt, und das muss es auch nicht. Es geht ums gemeinsame Spiel mit Klang und Rhythmus, mit den Namen von Menschen, die es kennt. Morgen: der Name deines Kindes selbst.

a-letter-at-two =
    .title = Fast zwei: Schreib deinem Kind einen Brief
    .body = Wird dein Kind bald zwei? Schreib heute Abend einen kurzen Brief, den ihr später zusammen lest: worüber dein Kind jetzt lacht, welche Wörter es sagt, was schwer war und was ihr zusammen gelernt habt. Niemand hat diese zwei Jahre perfekt gemacht, und das musste auch niemand. Du warst immer wieder da, auch nach den Patzern, und davon wächst ein Kind. Heb den Brief gut auf.
