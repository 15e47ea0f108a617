childcare-visit-together-first =
    .title = Schaut euch die Kita zuerst gemeinsam an
    .body = Kommt dein Baby in die Kita, wenn du wieder arbeitest? Geht vor dem ersten Tag gemeinsam für eine Stunde hin, dein Baby auf deinem Schoß. Schau, wie die Fachkräfte mit einem weinenden Baby umgehen, und frag, wer dort das feste Gesicht für dein Baby wird. So lernt dein Baby sie kennen, während du der vertraute Anker bist. Fühlt sich etwas nicht gut an, bitte ruhig um einen zweiten Besuch.

birth-story-told =
    .title = Beschäftigt dich die Geburt noch? Erzähl davon
    .body = Denkst du oft an die Geburt zurück, weil sie anders lief als erhofft, beängstigend war oder sehr schnell ging? Erzähl heute die ganze Geschichte jemandem, der zuhört. Du kannst auch deine Verloskundige (Hebamme), das Krankenhaus oder deine Hausarztpraxis um ein Nachgespräch bitten. Eine Geburt ist ein großer Umbruch, auch für die Begleitperson; was Platz findet, lässt mehr Raum für dein Baby.

vaccination-day-on-your-lap =
    .title = Impftag: halte dein Baby ganz nah
    .body = Bekommt dein Baby heute oder bald eine Impfung im Consultatiebureau (der Kinderberatungsstelle)? Frag, ob du es dabei auf dem Schoß halten darfst, Bauch an Bauch, und sprich leise. Danach gleich: Brust, Flasche oder eine feste Umarmung. Dein vertrauter Körper und deine Stimme helfen ihm, nach dem Schreck ruhig zu werden. Ein kurzer, heftiger Schrei ist normal; in deinen Armen legt er sich bald.

evening-after-the-jab =
    .title = Der Abend nach der Impfung: ganz nah bleiben
    .body = Ist dein Baby nach einer Impfung quengeliger, weinerlicher oder schläfriger als sonst? Sag Pläne für den Abend ab und halte es öfter bei dir: im Arm, im Tragetuch oder neben dir auf dem Sofa. Ein Baby, das sich nicht wohlfühlt, braucht dich umso mehr, und das darfst du geben. Fühlt es sich heiß an, trinkt es schlecht oder bist du unsicher? Ruf die Hausarztpraxis oder das Consultatiebureau an.

soft-start-back-at-work =
    .title = Plan einen sanften Start zurück in den Job
    .body = Fängst du bald wieder an zu arbeiten? Schau heute, ob du mit ein paar kürzeren Tagen oder mitten in der Woche beginnen kannst, und plan vorher einen Probetag, an dem dein Baby schon beim Babysitter oder in der Kita ist. Dann ist dein erster Arbeitstag nicht zugleich der erste Tag ohne dich, und beim Abholen bleibt mehr Ruhe. Geht das nicht? Halte die ersten Abende zu Hause so leer wie möglich.

follow-my-face-slowly =
    .title = Lass dein Baby deinem Gesicht folgen
    .body = Halte in einem ruhigen Moment dein Gesicht etwa dreißig Zentimeter über dein Baby, such Blickkontakt und beweg dich dann ganz langsam ein Stück nach links. Folgen die Augen? Dann zurück und ein Stück nach rechts. Dein Baby übt das Schauen, und dein Gesicht ist dafür das Schönste, was es gibt. Verliert es dich, warte, bis sein Blick dich wiederfindet. Dreht es sich ganz weg, ist es genug.

speak-your-own-language =
    .title = Sprich mit deinem Baby deine eigene Sprache
    .body = Sprichst du zu Hause mehr als eine Sprache? Rede, sing und tröste heute in der Sprache, in der du dich am meisten zu Hause fühlst, auch wenn deine Umgebung anders spricht. In deiner Sprache klingen deine Wärme und deine Späße am echtesten, und das hört dein Baby. Hat eine andere Bezugsperson eine andere Sprache, soll sie ihre eigene benutzen. Zwei Sprachen nebeneinander schafft ein Baby gut.

undressing-at-the-clinic =
    .title = Ausziehen für die Waage, mit deiner Stimme
    .body = Muss dein Baby im Consultatiebureau (der Kinderberatungsstelle) zum Wiegen und Messen ausgezogen werden? Zieh es selbst aus, erzähl, was passiert („Kurz nackig, und jetzt auf die Waage“), und bleib mit deinem Gesicht nah. Protestiert es, leg eine Hand auf seinen Bauch. Sobald es geht: anziehen und kurz an dich drücken. Nimm eine warme Decke mit, dann ist die nackte Zeit kürzer.

one-question-for-the-clinic =
    .title = Nimm eine Frage mit ins Consultatiebureau
    .body = Schreib vor dem nächsten Termin im Consultatiebureau (der Kinderberatungsstelle) auf, was dich wirklich beschäftigt, auch wenn es klein wirkt: Weinen, Schlaf, deine Stimmung oder wie sich der Kontakt zu deinem Baby anfühlt. Stell diese Frage als Erstes, dann geht sie nicht unter. Niemand erwartet, dass du schon alles weißt; Fragen gehören zu guter Fürsorge. Vergessen? Anrufen geht auch später.

grandparent-babysits-first-time =
    .title = Oma oder Opa passt zum ersten Mal auf
    .body = Passt bald ein Großelternteil oder ein anderer vertrauter Mensch zum ersten Mal auf? Trefft euch vorher gemeinsam, am besten dort, wo das Aufpassen stattfindet, und zeig, wie ihr füttert, wickelt und tröstet. Halte das erste Mal ohne dich kurz; eine Stunde reicht. So lernt dein Baby die Person in kleinen Schritten kennen, auf vertrautem Boden. Danach darf es länger sein.

mixed-feelings-about-work =
    .title = Lust auf die Arbeit und traurig? Beides darf sein
    .body = Freust du dich auf die Arbeit und fällt dir der Abschied von deinem Baby trotzdem schwer? Oder spürst du vor allem Erleichterung, oder vor allem Schuld? Alles darf sein, oft durcheinander. Sprich es heute vor jemandem aus. Dein Baby braucht keinen Elternteil, der immer zu Hause ist, sondern einen, der wirklich da ist, wenn ihr zusammen seid, und feste, warme Menschen, wenn du weg bist.

bottle-from-another-carer =
    .title = Wer das Fläschchen gibt, schaut dein Baby an
    .body = Gibt bald jemand anderes deinem Baby das Fläschchen, mit abgepumpter Milch oder Pulvermilch? Übt es heute zusammen: Die Person nimmt dein Baby in den Arm, halb aufrecht, das Gesicht zu sich gewandt, und spricht oder summt ruhig beim Trinken. Eine Mahlzeit ist mehr als Essen: Sie ist Anschauen und Nähe, egal wer sie gibt. Trinkt dein Baby nicht, solange du dabei bist? Geh kurz aus dem Zimmer.

evening-handover-break =
    .title = Den ganzen Tag allein? Gib kurz ab
    .body = Warst du heute den ganzen Tag allein mit deinem Baby, und kommt abends jemand nach Hause oder vorbei? Macht aus, dass diese Person dein Baby sofort übernimmt und du eine Viertelstunde wirklich weggehst: duschen, raus, hinlegen. Ein ganzer Tag Fürsorge leert dich, und kurz auftanken macht danach wieder geduldiger. Oft allein? Bitte Nachbarn oder Freunde um eine feste Viertelstunde pro Woche.

nights-on-your-own =
    .title = Nachts auf dich gestellt? Leg alles bereit
    .body = Arbeitet dein Partner oder deine Partnerin wieder, vielleicht nachts, oder bist du allein? Leg heute Abend alles für die Nacht in Reichweite: Wasser, etwas zu essen, Windeln, ein sanftes Licht. Und wähl eine Person, der du nachts schreiben darfst, wenn es schwer wird. Je weniger du suchen musst, desto ruhiger gehst du zu deinem Baby. War eine Nacht schlimm? Am Tag danach darfst du um Hilfe bitten.

working-parent-own-moment =
    .title = Wieder im Job? Behalte einen eigenen Pflegemoment
    .body = Arbeitest du wieder, tagsüber oder nachts? Wähl einen Pflegemoment am Tag, der dir gehört, etwa das Baden, das erste Fläschchen am Morgen oder die letzte Windel vor dem Schlafen, und mach ihn immer gleich. So bleibt ein festes, vertrautes Stück von dir im Tag deines Babys, auch wenn du viel weg bist. Klappt es einen Tag nicht? Dann eben am nächsten wieder.

calmer-with-the-other-parent =
    .title = Tröstet jemand anderes besser? Kein Urteil
    .body = Wird dein Baby gerade oft bei einem anderen Elternteil oder einer anderen Bezugsperson schneller ruhig als bei dir? Das sagt nichts über eure Bindung: In diesem Alter lassen sich Babys meist von mehreren vertrauten Menschen trösten, manchmal am liebsten von dem, der am meisten da ist. Behalte deine eigenen Momente, vor allem in ruhigen Zeiten. Deine Art zu trösten wird mit der Zeit auch vertraut.

how-do-i-seem-lately =
    .title = Frag jemanden: Wie geht es mir, findest du?
    .body = Bei vielen Eltern sind die weinerlichen Tage nach der Geburt bald vorbei. Frag heute jemanden, der dich gut kennt: „Wie geht es mir, findest du?“ Andere merken manchmal früher, dass du bedrückt, gereizt oder leer bleibst. Das gilt auch für einen Elternteil, der nicht entbunden hat. Erkennst du dich darin? Sprich im Consultatiebureau (der Kinderberatungsstelle) oder in der Hausarztpraxis darüber.

smiles-for-everyone =
    .title = Dein Baby lächelt alle an? Wunderbar
    .body = Bekommen die Kassiererin und der Nachbar jetzt auch ein strahlendes Lächeln? Das ist in diesen Monaten ganz normal: Dein Baby liebt Gesichter, kommt aber am schnellsten bei denen zur Ruhe, die am meisten für es sorgen. Freu dich also ruhig über jedes verschenkte Lächeln. Achte heute einmal darauf, was passiert, wenn dein Baby müde oder traurig ist: Meist sucht es dann doch deine Schulter.

first-visits-leave-in-time =
    .title = Zu Besuch: geh heim, solange es noch schön ist
    .body = Besuchst du zum ersten Mal mit deinem Baby Familie oder Freunde? Überleg vorher, wie lange du bleibst, und geh, sobald du die ersten Zeichen für „genug“ siehst: Wegschauen, Gähnen, Schreckhaftigkeit. Ein kurzer Besuch, der gut endet, ist schöner als ein langer Nachmittag, der in übermüdetem Weinen endet. Doch zu lange geblieben? Passiert allen; nächstes Mal kennst du die Grenze besser.

car-seat-your-voice =
    .title = In der Babyschale: lass deine Stimme hören
    .body = Dein Baby sieht dich im Auto nicht und fängt an zu weinen? Sprich oder sing einfach weiter, auch wenn du fährst: Deine Stimme sagt, dass du da bist. Fährt jemand anderes, setz dich neben dein Baby. Braucht es wirklich Trost, halte an einer sicheren Stelle an und nimm es kurz aus der Schale. Plan auf längeren Fahrten ohnehin ab und zu eine Pause zum Kuscheln ein.

pram-facing-you =
    .title = Im Kinderwagen: zeig dein Gesicht
    .body = Lässt sich der Kinderwagen so einstellen, dass dein Baby dich anschaut? Stell ihn heute so ein und schau unterwegs ab und zu mit einem Lächeln oder einem Wort hinein. Zwischen all den neuen Geräuschen und Lichtern ist dein Gesicht der feste Punkt, und du siehst früher, wenn dein Baby müde wird oder genug hat. Geht das nicht? Halte ab und zu an einer Bank und beug dich kurz zu ihm.

walk-with-another-parent =
    .title = Geh mal mit einem anderen Elternteil spazieren
    .body = Bist du viel allein mit deinem Baby zu Hause? Verabrede dich diese Woche mit einem anderen Elternteil eines jungen Babys, aus einem Kurs, der Nachbarschaft oder dem Wartezimmer des Consultatiebureaus, zum Spazieren oder auf einen Kaffee. Mit jemandem zu reden, der das Gleiche erlebt, macht die Tage leichter, und mit mehr Energie kommt mehr Geduld. Vergleichen musst du nicht.

tummy-time-on-your-chest =
    .title = Bauchlage auf deiner Brust
    .body = Tut sich dein Baby mit der Bauchlage auf dem Boden noch schwer? Leg dich halb zurückgelehnt aufs Sofa und leg dein Baby auf den Bauch auf deine Brust, dein Gesicht ganz nah. Um dich zu sehen, hebt es oft von selbst den Kopf, und dein Körper macht das Üben warm und sicher. Mach das nur, solange du wach und aufmerksam bist; wirst du müde, leg dein Baby auf den Rücken in sein eigenes Bett.

copy-your-babys-face =
    .title = Mach die Gesichter deines Babys nach
    .body = Streckt dein Baby heute die Zunge heraus, macht einen „O“-Mund oder runzelt die Stirn? Mach es nach, von nah und ein bisschen übertrieben, und warte ab, was zurückkommt. So bist du ein lebendiger Spiegel: Dein Baby sieht, dass das, was es tut, bei dir ankommt. Manchmal kommt das Gesicht noch einmal, als würdet ihr ein Spiel spielen. Keine Reaktion? Versuch es morgen in einem wachen Moment wieder.

video-call-with-grandparent =
    .title = Videoanruf mit Oma oder Opa in der Ferne
    .body = Wohnen Großeltern oder andere liebe Menschen weit weg, vielleicht in einem anderen Land? Ruft heute kurz per Video an, dein Baby auf deinem Schoß, damit es auch dein Gesicht sieht. Lass die andere Person ein Lied singen oder in ihrer Sprache erzählen, und freu dich sichtbar mit. So lernt dein Baby Stimme und Gesicht ein wenig kennen, und die Familienbande bleiben warm. Ein paar Minuten genügen.

first-laughs-again =
    .title = Ein erstes Lachen? Mach es noch mal
    .body = Hat dein Baby heute laut gelacht, über ein Geräusch, einen Bauchkuss oder eine Grimasse? Mach genau das Gleiche noch mal, warte kurz, und noch mal. Zusammen lachen ist eine der schönsten Arten von Kontakt, und Wiederholung macht es vorhersehbar und besonders lustig. Hör auf, wenn das Lachen in Wegdrehen oder Wegschauen übergeht. Noch kein lautes Lachen? Das kommt bei manchen später.

film-once-then-be-there =
    .title = Einmal filmen, dann einfach schauen
    .body = Möchtest du dieses Lächeln oder Brabbeln festhalten? Film es einmal, leg dann das Handy weg und mach mit deinem Gesicht nah an seinem weiter. Hinter einem Bildschirm sieht dein Baby nur ein Handy und vermisst deine Augen und dein Lächeln, dabei macht genau diese Antwort den Moment aus. Das Video hast du schon; der Rest gehört euch beiden. Morgen kommt bestimmt wieder ein Lächeln.

hands-discovered =
    .title = Dein Baby entdeckt seine Hände
    .body = Starrt dein Baby heute gebannt auf seine Hände, oder spielt es mit den Fingern aneinander herum? Lass es geschehen und unterbrich nicht gleich mit Spielzeug oder einem Lied. Bleib in der Nähe und sag höchstens leise: „Das sind deine Hände.“ Dein Baby entdeckt hier etwas ganz allein, und du zeigst, dass das erlaubt ist. Schaut es dich danach an? Dann bist du dran.

fist-in-mouth-signal =
    .title = Faust im Mund: Hunger oder Selbsttrost?
    .body = Nuckelt dein Baby oft an einer Faust oder an den Fingern? Schau heute, was sonst noch passiert. Sucht es auch mit dem Kopf, schmatzt es oder wird unruhig, ist es oft Hunger. Liegt es zufrieden da, ist es vielleicht eine erste Art, sich selbst ein wenig zu beruhigen. Dann nimm die Hand nicht weg und bleib in der Nähe. Im Zweifel ist es nie falsch, eine Mahlzeit anzubieten.

little-hands-massage =
    .title = Massier die kleinen Hände
    .body = Nimm heute eine Hand deines Babys in deine warme Hand, streich mit dem Daumen über die Handfläche und lass jedes Fingerchen durch deine Finger gleiten. Ein Tropfen neutrales, unparfümiertes Öl ist möglich, aber nicht nötig; nie Nuss- oder Olivenöl. Sing oder zähl leise dazu. Schließt sich die Faust fest oder zieht dein Baby die Hand weg, ist es genug. Morgen ist die andere Hand dran.

swipe-at-a-toy =
    .title = Lass dein Baby selbst nach Spielzeug schlagen
    .body = Liegt dein Baby auf dem Rücken? Halte heute eine Rassel oder ein weiches Spielzeug knapp in Reichweite über ihm und warte. Leg es nicht in seine Hand, sondern lass es selbst ausholen und treffen. Rasselt es, sag: „Das warst du!“ So entdeckt dein Baby, dass seine Bewegungen etwas bewirken: eine frühe Quelle von Selbstvertrauen. Klappt es noch nicht? Halte es näher oder versuch es später.

cooking-with-baby-in-view =
    .title = Kochen mit deinem Baby in Sichtweite
    .body = Musst du kochen oder aufräumen, während dein Baby wach ist? Leg es sicher dorthin, wo es dich sehen kann, auf eine Decke oder in eine Wippe auf dem Boden, und sprich ab und zu: „Ich schneide Zwiebeln, hörst du das?“ Macht dein Baby ein Geräusch, schau kurz auf und antworte. So musst du nicht zwischen Haushalt und Baby wählen: Du bleibst erreichbar. Wird daraus Quengeln, nimm es kurz hoch.

name-the-fright =
    .title = Hat dein Baby sich erschreckt? Sag, was war
    .body = Erschrickt dein Baby heute über eine zuknallende Tür, einen bellenden Hund oder den Staubsauger? Nimm es hoch und sag ruhig, was passiert ist: „Oh, das war ein lautes Geräusch. Da hast du dich erschreckt.“ Dein Baby versteht die Worte noch nicht, spürt aber, dass du siehst, was in ihm vorgeht. Solches Benennen wird später die Grundlage, eigene Gefühle zu erkennen. Und der Staubsauger kann warten.

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
    .body = Nimm heute ein Bilderbuch und achte beim Vorlesen darauf, wohin dein Baby schaut. Bleibt sein Blick an der Ente oder am roten Ball hängen, blättere nicht gleich um, sondern erzähl von diesem Bild: „Siehst du die Ente? Quak!“ So folgst du deinem Baby statt der Geschichte, und es spürt, dass zählt, was es spannend findet. Das Buch muss nicht zu Ende: Eine Seite ist auch ein ganzer Vorlesemoment.

big-sibling-earns-a-smile =
    .title = Hilf dem großen Geschwister zu einem Lächeln
    .body = Gibt es ein älteres Kind im Haus? Lass es heute nah beim Baby sitzen und hilf ihm, sich ein Lächeln zu „verdienen“: „Sprich ganz leise, und schau, das Baby guckt dich an!“ So entdeckt das ältere Kind, dass das Baby es sieht und reagiert, und die beiden bekommen ihre eigene Verbindung. Bleib dabei und schenk dem großen Kind danach Zeit für sich. Kein Lächeln? Sag, das Baby ist vielleicht müde.

cold-day-extra-lap =
    .title = Erkältetes Baby? Dein Schoß ist der Ort
    .body = Ist dein Baby erkältet, mit verstopfter Nase und unruhigem Trinken? Lass liegen, was warten kann, und halte es mehr bei dir: aufrecht an deiner Schulter, auf dem Schoß, im Tragetuch. Ein Baby, das sich elend fühlt, sucht Trost, und den darfst du großzügig geben, auch wenn es „extra“ wirkt. Trinkt es schlecht, hat es Fieber oder kommt dir etwas komisch vor? Ruf heute die Hausarztpraxis an.

look-around-then-come-back =
    .title = Lass dein Baby schauen und zu dir zurückkommen
    .body = Sitzt dein Baby gern auf deinem Schoß, um das Zimmer oder die Straße anzuschauen? Halte es heute gut fest, den Rücken an deinem Bauch, und lass es schauen. Wird es unruhig oder dreht den Kopf weg, dreh es zu deinem Gesicht um. So entdeckt dein Baby die Welt aus deinen Armen heraus und kommt bei dir wieder zur Ruhe: eine frühe Form der sicheren Basis. Danach darf es wieder andersherum sein.

tell-your-baby-about-your-day =
    .title = Erzähl deinem Baby von deinem Tag
    .body = Erzähl deinem Baby heute beim Stillen, Füttern oder Spazieren von deinem Tag oder von früher: wie das Haus aussah, in dem du groß geworden bist, was du mittags gegessen hast, wer angerufen hat. Dein Baby versteht die Worte nicht, genießt aber deine Stimme mit all ihrem Auf und Ab und hört so viel Sprache. Du musst weder witzig noch klug sein: Eine gewöhnliche Geschichte ist gut genug.

songs-from-your-own-childhood =
    .title = Frag nach den Liedern deiner Kindheit
    .body = Frag heute Oma, Opa oder jemanden aus der Familie, welche Lieder dir früher vorgesungen wurden, vielleicht in einer anderen Sprache oder einem Dialekt. Lern eines und sing es deinem Baby vor, oder lass es die andere Person tun. So bekommt dein Baby ein Lied mit, das durch Generationen wandert: ein Faden zwischen Familie und Kind. Weiß keiner mehr eins? Dann beginnt jetzt eine neue Tradition.

what-you-know-about-your-baby =
    .title = Was weißt du jetzt über dein Baby?
    .body = Schreib heute drei Dinge auf, die du jetzt über dein Baby weißt und kurz nach der Geburt noch nicht wusstest: wie es am liebsten getragen wird, welches Geräusch es beruhigt, worüber es lachen muss. Genau das braucht dein Baby: jemanden, der sieht, wer dieses Kind ist, ohne es mit anderen zu vergleichen. Gib die Liste ruhig dem Babysitter oder der Kita. Und ergänz sie in einem Monat.

tension-at-home-soft-voice =
    .title = Spannung zu Hause? Bleib leise bei deinem Baby
    .body = Kocht heute etwas hoch, mit deinem Partner oder deiner Partnerin, mit Verwandten oder am Telefon? Verschieb das Gespräch, bis dein Baby schläft oder woanders ist, und sprich bei deinem Baby mit ruhiger Stimme. Babys spüren Spannung in Stimmen und Körpern, auch ohne ein Wort zu verstehen. Ist es doch vor deinem Baby hochgekocht? Nimm es hoch, atme ruhig und sag leise: „Es ist wieder gut.“
