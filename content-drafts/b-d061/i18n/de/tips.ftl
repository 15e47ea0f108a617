childcare-intro-watch-the-comforting =
    .title = Kennenlernen in der Kita: Schau, wie getröstet wird
    .body = Lernst du eine Kita oder Tagespflege (gastouder) kennen? Achte vor allem darauf, wie sie mit einem weinenden Baby umgehen: Wird es schnell hochgenommen, ruhig angesprochen, getröstet? Frag auch, wer die festen Bezugspersonen deines Babys werden. Ein Baby bindet sich an wenige Menschen, die oft da sind und warm reagieren. Geht dein Baby schon hin? Bleib beim Bringen mal zehn Minuten und schau zu.

birth-story-told =
    .title = Beschäftigt dich die Geburt noch? Erzähl davon
    .body = Denkst du oft an die Geburt zurück, weil sie anders lief als erhofft, beängstigend war oder sehr schnell ging? Erzähl heute alles jemandem, der zuhört. Du kannst auch deine Hebamme (verloskundige), das Krankenhaus oder deine Hausarztpraxis um ein Nachgespräch bitten. Eine Geburt ist ein Umbruch, auch für die Begleitperson; was seinen Platz findet, macht Raum für dein Baby. Stückweise geht auch.

vaccination-day-on-your-lap =
    .title = Impftag: halte dein Baby ganz nah
    .body = Bekommt dein Baby heute oder bald eine Impfung im Consultatiebureau (Kinderberatungsstelle)? Frag, ob du es auf dem Schoß halten darfst, Bauch an Bauch, und sprich leise weiter. Gleich danach: Brust, Fläschchen oder feste Umarmung. Dein Körper und deine Stimme helfen ihm nach dem Schreck zur Ruhe. Kurzes, heftiges Weinen ist normal und legt sich bei dir bald. Schon geimpft? Dann fürs nächste Mal.

evening-after-the-jab =
    .title = Der Abend nach der Impfung: ganz nah bleiben
    .body = Ist dein Baby nach der Impfung quengelig, weinerlich oder schläfriger als sonst? Sag für den Abend ab und halte es öfter bei dir: im Arm, im Tragetuch, neben dir auf dem Sofa. Ein Baby, das sich unwohl fühlt, braucht dich umso mehr; das darfst du geben. Ist es heiß, trinkt es schlecht, zweifelst du? Ruf die Hausarztpraxis an, abends und am Wochenende den hausärztlichen Notdienst (huisartsenpost).

soft-start-back-at-work =
    .title = Plan einen sanften Start zurück in den Job
    .body = Fängst du bald wieder an zu arbeiten? Schau heute, ob du mit kürzeren Tagen oder mitten in der Woche starten kannst, und plan vorher einen Probetag, an dem dein Baby schon beim Babysitter oder in der Kita ist. Dann ist dein erster Arbeitstag nicht auch der erste Tag ohne dich, und beim Abholen bleibt mehr Ruhe. Geht das nicht, oder arbeitest du schon? Halte die Abende danach möglichst leer.

follow-my-face-slowly =
    .title = Lass dein Baby deinem Gesicht folgen
    .body = Halte in einem ruhigen Moment dein Gesicht etwa dreißig Zentimeter über dein Baby, such Blickkontakt und beweg dich dann ganz langsam ein Stück nach links. Folgen die Augen? Dann zurück und ein Stück nach rechts. Dein Baby übt das Schauen, und dein Gesicht ist dafür das Schönste, was es gibt. Verliert es dich, warte, bis sein Blick dich wiederfindet. Dreht es sich ganz weg, ist es genug.

speak-your-own-language =
    .title = Sprich mit deinem Baby deine eigene Sprache
    .body = Sprichst du zu Hause mehr als eine Sprache? Rede, sing und tröste heute in der Sprache, in der du dich am meisten zu Hause fühlst, auch wenn deine Umgebung anders spricht. In deiner Sprache klingen deine Wärme und deine Späße am echtesten, und das hört dein Baby. Hat eine andere Bezugsperson eine andere Sprache, soll sie ihre eigene benutzen. Zwei Sprachen nebeneinander schafft ein Baby gut.

undressing-at-the-clinic =
    .title = Ausziehen für die Waage, mit deiner Stimme
    .body = Muss dein Baby im Consultatiebureau (Kinderberatungsstelle) zum Wiegen und Messen ausgezogen werden? Zieh es selbst aus, erzähl, was passiert („Kurz nackig, und jetzt auf die Waage“), und bleib mit deinem Gesicht nah. Protestiert es, leg eine Hand auf seinen Bauch. Sobald es geht: anziehen und kurz an dich drücken. Eine warme Decke zwischen Wiegen und Messen hilft auch.

one-question-for-the-clinic =
    .title = Nimm eine Frage mit ins Consultatiebureau
    .body = Schreib vor dem nächsten Termin im Consultatiebureau (Kinderberatungsstelle) auf, was dich wirklich beschäftigt, auch wenn es klein wirkt: Weinen, Schlaf, deine Stimmung oder wie sich der Kontakt zu deinem Baby anfühlt. Stell diese Frage als Erstes, dann geht sie nicht unter. Niemand erwartet, dass du schon alles weißt; Fragen gehören zu guter Fürsorge. Vergessen? Anrufen geht auch später.

grandparent-babysits-first-time =
    .title = Oma oder Opa passt zum ersten Mal auf
    .body = Passt bald ein Großelternteil oder ein anderer vertrauter Mensch zum ersten Mal auf? Trefft euch vorher gemeinsam, am besten dort, wo aufgepasst wird, und zeig, wie ihr füttert, wickelt, tröstet und schlafen legt: auf den Rücken, nichts Weiches im Bett. Halte das erste Mal ohne dich kurz; eine Stunde reicht. So lernt dein Baby die Person in kleinen Schritten kennen. Danach darf es länger sein.

mixed-feelings-about-work =
    .title = Lust auf die Arbeit und traurig? Beides darf sein
    .body = Freust du dich auf die Arbeit, und fällt dir der Abschied trotzdem schwer? Oder spürst du vor allem Erleichterung oder Schuld? Alles darf sein, oft durcheinander. Sag es heute jemandem. Dein Baby braucht keinen Elternteil, der immer zu Hause ist, sondern einen, der wirklich da ist, wenn ihr zusammen seid, und feste, warme Menschen, wenn du weg bist. Oft wird es nach den ersten Wochen leichter.

bottle-from-another-carer =
    .title = Wer das Fläschchen gibt, schaut dein Baby an
    .body = Gibt bald jemand anderes deinem Baby das Fläschchen, mit abgepumpter Milch oder Pulvermilch? Übt es heute zusammen: Die Person nimmt dein Baby in den Arm, halb aufrecht, das Gesicht zu sich gewandt, und spricht oder summt ruhig beim Trinken. Eine Mahlzeit ist mehr als Essen: Sie ist Anschauen und Nähe, egal wer sie gibt. Trinkt dein Baby nicht, solange du dabei bist? Geh kurz aus dem Zimmer.

evening-handover-break =
    .title = Den ganzen Tag allein? Gib kurz ab
    .body = Warst du heute den ganzen Tag allein mit deinem Baby, und kommt abends jemand nach Hause oder vorbei? Macht aus, dass diese Person dein Baby sofort übernimmt und du eine Viertelstunde wirklich weggehst: duschen, raus, hinlegen. Ein ganzer Tag Fürsorge leert dich, und kurz auftanken macht danach wieder geduldiger. Klappt es nicht sofort? Verabredet einen festen Zeitpunkt, etwa nach dem Essen.

nights-on-your-own =
    .title = Nachts auf dich gestellt? Leg alles bereit
    .body = Arbeitet dein Partner oder deine Partnerin wieder, vielleicht nachts, oder bist du allein? Leg heute Abend alles für die Nacht in Reichweite: Wasser, etwas zu essen, Windeln, einen Body, ein sanftes Licht. Je weniger du suchen musst, desto ruhiger gehst du zu deinem Baby, und gedämpftes Licht hält die Nacht für euch beide ruhig. War eine Nacht schlimm? Am Tag danach darfst du um Hilfe bitten.

working-parent-own-moment =
    .title = Wieder im Job? Behalte einen eigenen Pflegemoment
    .body = Arbeitest du wieder, tagsüber oder nachts? Wähl einen Pflegemoment am Tag, der dir gehört, etwa das Baden, das erste Fläschchen am Morgen oder die letzte Windel vor dem Schlafen, und mach ihn immer gleich. So bleibt ein festes, vertrautes Stück von dir im Tag deines Babys, auch wenn du viel weg bist. Klappt es einen Tag nicht? Dann eben am nächsten wieder.

crying-in-public-look-at-your-baby =
    .title = Weinen im Bus oder Laden? Schau auf dein Baby
    .body = Fängt dein Baby im Supermarkt, im Bus oder in einem Wartezimmer an zu weinen, und spürst du Blicke im Rücken? Richte deine Aufmerksamkeit auf dein Baby, nicht auf die Leute um dich herum: Nimm es hoch, sprich leise und nimm dir die Zeit, die es braucht. Ein weinendes Baby heißt nicht, dass du etwas falsch machst; es ruft einfach nach dir. Sagt jemand etwas? „Wir kommen klar, danke“ reicht.

how-do-i-seem-lately =
    .title = Frag jemanden: Wie wirke ich gerade auf dich?
    .body = Bei vielen Eltern sind die weinerlichen Tage nach der Geburt bald vorbei. Frag heute jemanden, der dich gut kennt: „Wie wirke ich gerade auf dich?“ Andere merken manchmal früher, dass du bedrückt, gereizt oder leer bleibst. Das gilt auch für einen Elternteil, der nicht entbunden hat. Erkennst du dich darin? Sprich im Consultatiebureau (Kinderberatungsstelle) oder in der Hausarztpraxis darüber.

smiles-for-everyone =
    .title = Dein Baby lächelt alle an? Wunderbar
    .body = Bekommen die Kassiererin und der Nachbar jetzt auch ein strahlendes Lächeln? Das ist in diesen Monaten ganz normal: Dein Baby liebt Gesichter, kommt aber am schnellsten bei denen zur Ruhe, die sich am meisten um es kümmern. Freu dich also ruhig über jedes verschenkte Lächeln. Achte heute einmal darauf, was passiert, wenn dein Baby müde oder traurig ist: Dann sucht es meist vertraute Arme.

first-visits-leave-in-time =
    .title = Zu Besuch: geh heim, solange es noch schön ist
    .body = Besuchst du zum ersten Mal mit deinem Baby Familie oder Freunde? Überleg vorher, wie lange du bleibst, und geh, sobald du die ersten Zeichen für „genug“ siehst: Wegschauen, Gähnen, Schreckhaftigkeit. Ein kurzer Besuch, der gut endet, ist schöner als ein langer Nachmittag, der in übermüdetem Weinen endet. Doch zu lange geblieben? Passiert allen; nächstes Mal kennst du die Grenze besser.

car-seat-your-voice =
    .title = In der Babyschale: lass deine Stimme hören
    .body = Dein Baby sieht dich im Auto nicht und fängt an zu weinen? Sprich oder sing einfach weiter, auch wenn du fährst: Deine Stimme sagt, dass du da bist. Fährt jemand anderes, setz dich neben dein Baby. Braucht es wirklich Trost, halte an einer sicheren Stelle an und nimm es kurz aus der Schale. Weint dein Baby fast bei jeder Fahrt? Fahr, wenn es geht, nach einer Mahlzeit und mit frischer Windel los.

walk-with-another-parent =
    .title = Geh mal mit einem anderen Elternteil spazieren
    .body = Bist du viel allein mit deinem Baby zu Hause? Verabrede dich diese Woche mit einem anderen Elternteil eines jungen Babys, aus einem Kurs, der Nachbarschaft oder dem Wartezimmer des Consultatiebureaus, zum Spazieren oder zum Kaffee. Mit jemandem zu reden, der dasselbe erlebt, macht die Tage leichter, und mit mehr Energie kommt mehr Geduld. Vergleichen musst du nicht: Jedes Baby hat sein Tempo.

contact-naps-on-you =
    .title = Schläft dein Baby tagsüber nur auf dir?
    .body = Schläft dein Baby tagsüber nur in deinen Armen oder in der Trage ein und wacht auf, sobald du es hinlegst? Das ist in diesem Alter ganz normal, keine schlechte Angewohnheit: Bei dir fühlt es sich sicher. Genieß es, wenn es passt. Wirst du selbst müde? Leg dein Baby auf den Rücken in sein eigenes Bett. Willst du öfter die Hände frei? Probier einen Tagschlaf im Bett, vorher dasselbe Lied.

copy-your-babys-face =
    .title = Mach die Gesichter deines Babys nach
    .body = Streckt dein Baby heute die Zunge heraus, macht einen „O“-Mund oder runzelt die Stirn? Mach es nach, von nah und ein bisschen übertrieben, und warte ab, was zurückkommt. So bist du ein lebendiger Spiegel: Dein Baby sieht, dass das, was es tut, bei dir ankommt. Manchmal kommt das Gesicht noch einmal, als würdet ihr ein Spiel spielen. Keine Reaktion? Versuch es morgen in einem wachen Moment wieder.

video-call-with-grandparent =
    .title = Videoanruf mit Oma oder Opa in der Ferne
    .body = Wohnen Großeltern oder andere liebe Menschen weit weg, vielleicht in einem anderen Land? Ruft heute kurz per Video an, dein Baby auf deinem Schoß, damit es auch dein Gesicht sieht. Lass die andere Person ein Lied singen oder in ihrer Sprache erzählen, und freu dich sichtbar mit. So lernt dein Baby Stimme und Gesicht ein wenig kennen, und die Familienbande bleiben warm. Ein paar Minuten genügen.

film-once-then-be-there =
    .title = Einmal filmen, dann einfach schauen
    .body = Möchtest du dieses Lächeln oder Brabbeln festhalten? Film es einmal, leg dann das Handy weg und mach mit deinem Gesicht nah an seinem weiter. Hinter einem Bildschirm sieht dein Baby nur ein Handy und vermisst deine Augen und dein Lächeln, dabei macht genau diese Antwort den Moment aus. Das Video hast du schon; der Rest gehört euch beiden. Morgen kommt bestimmt wieder ein Lächeln.

hands-discovered =
    .title = Dein Baby entdeckt seine Hände
    .body = Starrt dein Baby heute gebannt auf seine Hände, oder spielt es mit seinen Fingern? Lass es geschehen und unterbrich nicht gleich mit Spielzeug oder einem Lied. Bleib in der Nähe und sag höchstens leise: „Das sind deine Hände.“ Dein Baby entdeckt hier etwas ganz allein, und du zeigst, dass das erlaubt ist. Schaut es dich danach an? Dann bist du dran.

fist-in-mouth-signal =
    .title = Faust im Mund: Hunger oder Selbsttrost?
    .body = Nuckelt dein Baby oft an einer Faust oder an den Fingern? Schau heute, was sonst noch passiert. Sucht es auch mit dem Kopf, schmatzt es oder wird unruhig, ist es oft Hunger. Liegt es zufrieden da, ist es vielleicht eine erste Art, sich selbst zu beruhigen. Dann nimm die Hand nicht weg und bleib in der Nähe. Im Zweifel biete ruhig eine Mahlzeit an; dein Baby zeigt dir schon, ob es Hunger war.

little-hands-massage =
    .title = Massier die kleinen Hände
    .body = Nimm heute eine Hand deines Babys in deine warme Hand, streich mit dem Daumen über die Handfläche und lass jedes Fingerchen durch deine Finger gleiten. Ein Tropfen neutrales, unparfümiertes Öl ist möglich, aber nicht nötig; nie Nuss- oder Olivenöl. Sing oder zähl leise dazu. Schließt sich die Faust fest oder zieht dein Baby die Hand weg, ist es genug. Morgen ist die andere Hand dran.

swipe-at-a-toy =
    .title = Lass dein Baby selbst nach Spielzeug schlagen
    .body = Liegt dein Baby auf dem Rücken? Halte heute eine Rassel oder ein weiches Spielzeug knapp in Reichweite über ihm und warte. Leg es ihm nicht in die Hand, lass es selbst ausholen und treffen. Rasselt es, schau überrascht und freu dich hörbar. So entdeckt dein Baby Ursache und Wirkung: Mein Arm bewegt sich, und etwas passiert. Klappt es noch nicht? Halte es näher oder versuch es in ein paar Wochen.

cooking-with-baby-in-view =
    .title = Kochen mit deinem Baby in Sichtweite
    .body = Musst du kochen oder aufräumen, während dein Baby wach ist? Leg es sicher dorthin, wo es dich sehen kann, auf eine Decke oder in eine Wippe auf dem Boden, und sprich ab und zu: „Ich schneide Zwiebeln, hörst du das?“ Macht dein Baby ein Geräusch, schau kurz auf und antworte. So musst du nicht zwischen Haushalt und Baby wählen: Du bleibst erreichbar. Wird daraus Quengeln, nimm es kurz hoch.

twins-no-labels =
    .title = Zwillinge: zwei Kinder, keine Etiketten
    .body = Hast du Zwillinge? Dann fragt bald jeder: „Wer ist der Pflegeleichte?“ Und schon ist das eine Kind „die Heulsuse“ und das andere „das Ruhige“. Achte heute auf etwas, das jedes Kind für sich mag, und erzähl das, wenn jemand fragt. Babys verändern sich schnell, und jedes verdient es, gesehen zu werden, wie es jetzt ist, nicht als Hälfte eines Paares. Vergleichen tut jeder mal.

bath-song-with-a-splash =
    .title = Ein Badelied mit einem Platsch
    .body = Mach das Baden heute zu einem Spiel: Halte dein Baby gut fest, sing jedes Mal dasselbe kurze Lied und lass am Ende deine Hand sanft ins Wasser platschen. Strampelt dein Baby, antworte mit „Platsch!“ und einem Lächeln. Ein festes Lied macht das Baden vorhersehbar, und deine Antwort auf jeden Tritt macht daraus ein kleines Gespräch. Erschrickt dein Baby beim Platsch? Dann mach ihn kleiner.

dressing-pause-when-protesting =
    .title = Anziehen endet in Tränen? Mach eine Pause
    .body = Fängt dein Baby heute beim Anziehen an zu weinen, mitten in einem Ärmel oder wenn ein Pulli über den Kopf geht? Hör kurz auf, nimm es halb angezogen an dich, warte, bis das Weinen nachlässt, und mach dann ruhig weiter. So zeigst du, dass Protest gehört wird, auch wenn das Anziehen sein muss. Hilft es nicht? Wähl für die nächsten Wochen Kleidung, die leicht auf- und zugeht.

calmer-evenings-look-back =
    .title = Ruhigere Abende? Schau zurück, was du getan hast
    .body = Weint dein Baby abends weniger als vor ein paar Wochen? Bei vielen Babys lässt das Weinen um dieses Alter nach. Denk heute kurz daran, was du in den schweren Wochen getan hast: tragen, wiegen, bleiben, wenn nichts half. Das war nicht umsonst; dein Baby hat gelernt, dass jemand bleibt. Erzähl es jemandem oder schreib es auf. Kommt das Weinen eines Abends zurück, weißt du jetzt, was du kannst.

three-days-of-sleep-notes =
    .title = Entdecke den eigenen Schlafrhythmus deines Babys
    .body = Notiere drei Tage lang kurz, wann dein Baby einschläft und aufwacht, ohne etwas zu ändern. In diesem Alter entwickelt sich bei vielen Babys langsam ein eigenes Muster, und auf Papier siehst du es oft früher als im Kopf. Schläft dein Baby immer um dieselbe Zeit ein, kannst du den Tag ein wenig danach ausrichten. Noch kein Muster? Auch gut, das kommt oft später.

stay-on-the-page =
    .title = Bleib bei dem Bild, das dein Baby anschaut
    .body = Nimm heute ein Bilderbuch und achte beim Vorlesen darauf, wohin dein Baby schaut. Bleibt sein Blick an der Ente oder am roten Ball hängen, blättere nicht gleich um, sondern erzähl von diesem Bild: „Siehst du die Ente? Quak!“ So folgst du deinem Baby statt der Geschichte, und es spürt, dass zählt, was es spannend findet. Schaut dein Baby vom Buch weg? Dann ist die Geschichte für heute aus.

feeding-with-a-big-sibling-beside-you =
    .title = Beim Füttern: das große Geschwister gleich daneben
    .body = Will dein älteres Kind gerade dann Aufmerksamkeit, wenn du das Baby fütterst? Stell heute einen Korb mit Büchern oder Spielsachen bereit, nur für diese Momente. Lass das große Kind neben dir sitzen, lies ihm vor oder plaudert, während das Baby trinkt. So hört dein Baby deine Stimme, und das große Kind bleibt nicht außen vor. Klappt es mal nicht? Ein Zwinkern und „Gleich bist du dran“ reicht.

tell-your-baby-about-your-day =
    .title = Erzähl deinem Baby von deinem Tag
    .body = Erzähl deinem Baby heute beim Füttern oder Spazieren von deinem Tag oder von früher: wie dein Elternhaus aussah, was du mittags gegessen hast, wer angerufen hat. Dein Baby versteht die Worte nicht, genießt aber deine Stimme mit all ihrem Auf und Ab und hört so viel Sprache. Du musst weder witzig noch klug sein: Eine ganz normale Geschichte reicht. Keine Worte mehr? Summen geht auch.

what-you-know-about-your-baby =
    .title = Was weißt du jetzt über dein Baby?
    .body = Schreib heute drei Dinge auf, die du jetzt über dein Baby weißt, kurz nach der Geburt aber nicht: wie es am liebsten getragen wird, welches Geräusch es beruhigt, worüber es lachen muss. Genau das braucht dein Baby: jemanden, der sieht, wer dieses Kind ist, ohne es mit anderen zu vergleichen. Zweifelst du, ob du dein Baby kennst? Jetzt hast du es schwarz auf weiß. Ergänz das in einem Monat.

tension-at-home-soft-voice =
    .title = Spannung zu Hause? Bleib leise bei deinem Baby
    .body = Kocht heute Streit hoch, mit Partner oder Partnerin, mit Verwandten oder am Telefon? Verschieb das Gespräch, bis dein Baby schläft oder woanders ist, und sprich bei deinem Baby mit ruhiger Stimme. Babys spüren Spannung in Stimmen und Körpern, auch ohne ein Wort zu verstehen. Vereinbart ein Codewort wie „Später“: Wir reden weiter, wenn das Baby schläft. So muss keiner das Gespräch aufgeben.
