wobbly-walker-sits-down-look-first =
    .title = Plumps, auf den Po: erst ins Gesicht schauen
    .body = Macht dein Kind die ersten Schritte und plumpst immer wieder auf den Po? Warte kurz, bevor du „Hoppla!“ rufst oder hinrennst, und schau in sein Gesicht. Oft schaut dein Kind zuerst dich an, um zu sehen, wie schlimm es ist. Ein ruhiges, freundliches Gesicht sagt: Das schaffst du. Rappelt es sich allein auf? Nick stolz. Echte Tränen? Dann bist du sofort da.

through-the-tunnel-you-at-the-end =
    .title = Durch den Tunnel: Du wartest am Ende
    .body = Gibt es auf dem Spielplatz einen Krabbeltunnel, oder baust du zu Hause einen aus Stühlen und einer Decke? Lass dein Kind an einem Ende hineinkrabbeln und warte am anderen, in der Hocke, dein Gesicht in der Öffnung: „Wo bist du? … Da bist du ja!“ Kurz allein im Dunkeln, dann dein Gesicht am Ende: Weggehen und Wiederfinden im Kleinen. Bleibt es in der Mitte sitzen? Sprich leise durch die Öffnung.

walking-the-last-stretch-yourself =
    .title = Das letzte Stück läuft dein Kind selbst
    .body = Will dein Kind nicht mehr in den Buggy, aber der ganze Weg ist noch zu weit? Vereinbart ein festes Stück, das es an deiner Hand selbst läuft: von der Ecke bis zur Haustür oder durch den Park zum Bäcker. Wähl eine ruhige Strecke ohne gefährliche Straße. Neben dir laufen fühlt sich groß und sicher zugleich an. Müde? Dann zurück in den Buggy; morgen wieder ein Stück.

family-pet-walks-away-read-it =
    .title = Katze oder Hund geht weg? Schau, was das Tier sagt
    .body = Läuft dein Kind der Katze oder dem Hund nach, auch wenn das Tier weggeht? Sagt zusammen laut, was es zeigt: „Mieze geht weg, ihr Schwanz peitscht. Sie mag gerade nicht.“ Setzt euch auf den Boden und wartet, bis das Tier selbst schnuppern kommt; dann darf eine Hand den Rücken streicheln. So merkt dein Kind, dass andere auch fühlen und manchmal Nein sagen. Lass Kleinkind und Haustier nie allein.

bump-on-the-head-comfort-first =
    .title = Kopf gestoßen? Erst trösten, dann aufpassen
    .body = Hat sich dein Kind den Kopf an der Tischkante gestoßen oder ist es auf den Gehweg gefallen? Nimm es hoch und tröste es in Ruhe: „Aua, dein Kopf. Ich hab dich.“ Behalte es danach einen Tag und eine Nacht im Blick. Wird es schläfrig, erbricht es oder ist es anders als sonst? Ruf den Hausarzt (huisarts) an, abends und am Wochenende den hausärztlichen Notdienst (huisartsenpost). Im Zweifel: anrufen.

the-big-cardboard-box =
    .title = Ein großer Karton schlägt jedes Spielzeug
    .body = Kommt ein Paket? Heb den großen Karton auf, entferne Klammern und Klebeband und stell ihn offen auf den Boden. Warte ab, was dein Kind damit macht: hineinklettern, sich verstecken, schieben, darauf trommeln. Du musst dir nichts ausdenken; schau zu und mach mit, wenn du eingeladen wirst. Ein Karton kann alles sein, und das entdeckt dein Kind selbst. Nächste Woche ist er vielleicht ein Auto.

walking-together-on-your-feet =
    .title = Zusammen gehen, auf deinen Füßen
    .body = Stell dein Kind barfuß auf deine nackten Füße, das Gesicht zu dir, und halt beide Händchen fest. Geh langsam durchs Zimmer: große Schritte, kleine Schritte, und Stopp! „Schritt … Schritt … und … stehen!“ Dein Kind spürt dein Gleichgewicht und deinen Rhythmus und schaut hoch in dein Gesicht. Sich wie ein Körper zu bewegen gibt Halt und macht Spaß. Will es runter? Dann läuft es neben dir weiter.

beach-the-sea-from-your-arms =
    .title = Am Strand: das Meer von deinem Arm aus
    .body = Geht ihr an den Strand? Viele Kleinkinder finden Sand unter den Füßen und heranrollende Wellen erst mal seltsam. Trag dein Kind zur Wasserlinie, lass die Zehen kurz das Wasser spüren und geh wieder zurück. Will es selbst hinein? Halt eine Hand und bleib in Armlänge: am Wasser keinen Moment los. Dein Arm macht das große Meer klein genug. Kein Sand gewünscht? Ein Handtuch wird zur Insel.

lost-sight-of-you-in-the-shop =
    .title = Kurz verloren im Geschäft
    .body = Ist dein Kind im Laden um ein Regal gelaufen und hat dich plötzlich nicht mehr gesehen? Auch wenn es nur ein paar Sekunden waren: Für dein Kind war es ein echter Schreck. Geh in die Hocke, nimm es in die Arme und sag, was passiert ist: „Du hast mich nicht mehr gesehen. Das war unheimlich. Ich bin hier.“ So lernt es, dass Schreck wieder vergeht. Den Rest des Einkaufs: Hand in Hand.

water-tub-on-the-balcony =
    .title = Eine Wanne Wasser auf dem Balkon oder im Garten
    .body = Warm genug? Stell eine Wanne mit etwas lauwarmem Wasser nach draußen, dazu Becher, ein Sieb und einen Löffel. Setz dich daneben und lass dein Kind gießen, planschen und umfüllen. Wasser beschäftigt Kinder lange, mit dir in der Nähe. Bleib die ganze Zeit direkt daneben, denn ein kleines Kind kann auch in flachem Wasser ertrinken, und leere die Wanne, wenn ihr fertig seid.

puddles-in-wellies-together =
    .title = Regen? Gummistiefel an und rein in die Pfützen
    .body = Es regnet, und dein Kind will raus? Zieht Regenjacken und Gummistiefel an, du auch, und geht zusammen auf Pfützenjagd. Lass dein Kind stampfen und springen, und mach selbst mit: Ein großes Platschen von dir ist für ein Kleinkind so ziemlich das Schönste überhaupt. So teilst du den Spaß, statt nur aufzupassen, dass es trocken bleibt. Zu Hause warten warme Socken.

shape-sorter-as-a-hat =
    .title = Die Steckbox als Hut? Prima
    .body = Setzt dein Kind die Steckbox als Hut auf oder baut es einen Turm aus Schienen? Lass es. Du musst nicht zeigen, wie es ‚richtig‘ geht; dein Kind erforscht, was ein Ding alles kann. Sag, was du siehst: „Was für ein Hut!“ Ein Kind, das auf seine Art spielen darf, traut sich etwas zu und fühlt sich gesehen. Der Klotz durchs Loch kommt eines Tages von allein.

holiday-mark-your-own-spot =
    .title = Im Urlaub: Macht euren Platz erkennbar
    .body = Auf einem Campingplatz oder Ferienpark, wo alle Zelte oder Häuschen gleich aussehen? Hängt zusammen etwas Auffälliges an euren Platz: ein Fähnchen, ein Windrad, ein knalliges Handtuch. Frag bei jeder Rückkehr: „Wo ist unser Häuschen? Siehst du die Fahne?“, und lass dein Kind sie zeigen. So hat es an einem fremden Ort einen festen Punkt, der euch gehört. Das Fähnchen darf danach mit nach Hause.

stop-at-every-kerb =
    .title = An jeder Bordsteinkante: Stopp
    .body = Läuft dein Kind immer öfter selbst auf der Straße? Mach jede Bordsteinkante zu einem festen Moment, auch in einer ruhigen Straße: anhalten, Hand in Hand, links und rechts schauen, erst dann gemeinsam gehen. Sag jedes Mal dieselben Worte: „Kante. Stopp. Schauen.“ Verkehr einschätzen kann ein Kleinkind noch lange nicht, aber die Gewohnheit wächst schon. Du hältst die Hand.

their-scribble-up-on-the-wall =
    .title = Das Gekritzel deines Kindes an der Wand
    .body = Kritzelt dein Kind gern mit einem dicken Wachsmalstift? Kleb ein großes Blatt auf den Tisch, setz dich dazu und lass es kritzeln. Danach wählt dein Kind, wo das Bild hängt, auf Kinderhöhe, und du zeigst es allen, die heimkommen: „Kommt mal gucken, was hier hängt! Selbst gemalt!“ So spürt dein Kind: Was ich mache, zählt. Landet der Stift vor allem im Mund? Versuch es in ein paar Wochen wieder.

not-careful-but-what-helps =
    .title = Nicht „Pass auf!“, sondern sag, was hilft
    .body = Klettert dein Kind aufs Klettergerüst, aufs Sofa oder auf eine Mauer, und rufst du ständig „Pass auf!“? Sag heute, was hilft: „Stell den Fuß auf die Stufe. Halt dich mit beiden Händen fest.“ Steh nah dabei, ohne festzuhalten. „Pass auf“ macht ein Kind vor allem unsicher; klare Worte geben Halt und Zutrauen. Rutscht dir doch ein „Pass auf!“ heraus? Egal, der nächste Satz hilft.

you-are-the-climbing-frame =
    .title = Du bist das Klettergerüst
    .body = Leg dich heute auf den Boden und werde ein Berg: Lass dein Kind über dich klettern, auf deinem Bauch sitzen, von deinen Knien rutschen. Halt die Hände bereit und sag, was du spürst: „Uff, bist du schwer!“ Auf dir klettern bringt Berührung und Lachen zugleich, und dein Kind testet seine Kraft an jemandem, dem es vertraut. Zieht es an deinen Haaren? Sag „Aua, sanft“ und spiel weiter.

climb-as-high-as-they-get-alone =
    .title = So hoch, wie dein Kind allein kommt
    .body = Will dein Kind auf ein Klettergerüst, das eigentlich noch zu hoch ist? Heb es lieber nicht hinauf. Lass es so weit klettern, wie es allein kommt, und steh darunter, die Hände nah. Wer selbst hochgeklettert ist, kennt meist auch den Weg zurück; ein Kind, das du hinaufsetzt, steht plötzlich dort ohne diese Erfahrung. Nächste Woche schafft es vielleicht eine Stufe mehr, ganz allein.

open-field-you-walk-behind =
    .title = Auf einer großen Wiese: Du gehst hinterher
    .body = Auf einer großen Wiese oder in den Dünen, weit weg vom Verkehr? Lass dein Kind vorausgehen und geh ein paar Meter dahinter. Nicht rufen oder lenken, nur folgen. Dein Kind wählt die Richtung, schaut sich ab und zu um und sieht dich jedes Mal. So erfährt es: Ich darf entdecken, und jemand passt auf mich auf. Doch Wasser, ein Radweg oder ein Hund in Sicht? Dann geh daneben und nimm eine Hand.

im-coming-to-get-you-chase =
    .title = „Ich krieg dich!“
    .body = Rennt dein Kind kichernd von dir weg und schaut zurück, ob du kommst? Spiel mit, zu Hause oder auf einer sicheren Wiese: „Ich krieg dich!“, mit großen, langsamen Schritten. Fang es, drück es und lass es wieder los. Weglaufen und gefangen werden ist ein Spiel über Weggehen und Wiederkommen, mit dir als glücklichem Ende. An der Straße ist es kein Spiel; dort hältst du die Hand.

treasure-bag-for-the-walk =
    .title = Ein Schatzbeutel für unterwegs
    .body = Sammelt dein Kind unterwegs jeden Stein, jedes Blatt und jeden Stock auf? Gib ihm heute einen eigenen Beutel oder ein Eimerchen für die Schätze mit. Zu Hause legt ihr sie zusammen auf den Tisch: „Den Stein hast du an der Brücke gefunden.“ So sagst du: Was dir wichtig ist, ist meine Aufmerksamkeit wert. Kleines landet schnell im Mund, also schau hin und behalte den Beutel bei dir.

toddler-wants-to-stroke-every-dog =
    .title = Will dein Kind jeden Hund streicheln?
    .body = Rennt dein Kind auf jeden Hund zu? Nimm seine Hand und bleib ein paar Schritte davor stehen. Frag zuerst: „Darf mein Kind ihn streicheln?“ Wenn ja, lass den Hund erst am Handrücken schnuppern und streichelt dann zusammen den Rücken, nicht den Kopf. Wenn nein, wink einfach: „Tschüss, Hund!“ So darf dein Kind neugierig sein, und du sagst, wann es sicher ist.

balancing-on-a-log-one-finger =
    .title = Balancieren auf einem Baumstamm: biete einen Finger
    .body = Will dein Kind im Wald über einen umgefallenen Baum balancieren oder über eine niedrige Mauer? Nimm nicht gleich seine Hand, sondern halt einen Finger hin und lass es wählen, ob es ihn greift. Geh mit, den Finger immer nah. So findet dein Kind selbst heraus, wie viel Halt es braucht, und du bist da, wenn es wackelt. Mittendrin loslassen und schnell wieder greifen? Beides gut.

you-build-they-knock-down =
    .title = Du baust, dein Kind wirft um
    .body = Wirft dein Kind jeden Turm um, den du baust? Mach heute ein Spiel daraus: bauen, auf das „Bumm“ warten und staunen: „Hey! Alles umgefallen!“ Dann bau neu, so oft es will. Dein Kind bestimmt das Spiel, und du setzt dich immer wieder für eine Runde hin. Das fühlt sich an wie: Du spielst mein Spiel mit. Setzt es danach selbst einen Klotz obendrauf? Dann baut ihr zusammen.

ride-on-you-walk-alongside =
    .title = Auf dem Rutschauto: Du gehst nebenher
    .body = Fährt dein Kind Rutschauto oder Laufrad? Lass es selbst mit den Füßen abstoßen und lenken, auch wenn es langsam geht oder ständig gegen die Hecke fährt. Geh nebenher, ohne zu schieben oder zu ziehen. Wähl den Park oder einen ruhigen Gehweg ohne Einfahrten: Ein Kleinkind kann vor einem Auto noch nicht bremsen. Selbst vorankommen, mit dir daneben, fühlt sich groß an: Ich kann das, und du bist da.

busy-playground-quiet-corner =
    .title = Spielplatz zu voll? Sucht eine ruhige Ecke
    .body = Ist der Spielplatz brechend voll, mit großen Kindern, die rennen und kreischen, und erstarrt dein Kind? Geht zusammen an einen ruhigeren Ort: den Sandkasten am Rand, eine Bank mit Blick. Von dort kann dein Kind zuschauen, ohne mitten im Trubel zu stehen. Zu viel auf einmal ist für ein Kleinkind anstrengend. Oder kommt zu einer ruhigeren Zeit wieder, etwa früh am Morgen.

one-hand-on-the-buggy =
    .title = Hände voll? Eine kleine Hand am Buggy
    .body = Hast du die Hände voll mit Einkäufen oder dem Buggy, während dein Kind neben dir läuft? Mach eine feste Stelle am Buggy für seine Hand, mit einem Band daran: „Deine Hand hier, meine Hand da.“ Übt es zuerst auf einem ruhigen Stück. So bleibt ihr verbunden, und dein Kind läuft doch selbst. An einer belebten Kreuzung nimmst du es trotzdem an die Hand.

a-scare-at-the-road-calm-down-after =
    .title = Schreck an der Straße: erst zusammen hinsetzen
    .body = Ist dein Kind plötzlich zur Straße gerannt, und hast du es mit einem Schrei zurückgerissen? Schnell und laut war richtig. Jetzt zittert ihr beide. Setzt euch auf eine Bank oder Mauer auf der sicheren Seite, dein Kind an dich gedrückt. Atme ein paarmal lang aus: Dein Kind spürt deinen Körper ruhiger werden und kommt mit zur Ruhe. Erklären kann warten. Erzähl es abends jemandem; das hilft auch dir.

a-plaster-for-every-bump =
    .title = Ein Pflaster für jede Beule
    .body = Will dein Kind für jedes Stößchen ein Pflaster, auch wenn du nichts siehst? Nimm den Wunsch ernst: Schaut zusammen hin, puste und gib einen Kuss oder ein Pflaster. „Hier hat es wehgetan, oder?“ Für ein Kleinkind geht es weniger um das Pflaster als um jemanden, der sieht, dass es wehtut. Keine Pflaster mehr oder schon das vierte heute? Ein Kuss und ein gemaltes Herz tun es auch.

tea-at-your-toddlers =
    .title = Zum Tee bei deinem Kind
    .body = Reicht dir dein Kind eine leere Tasse oder einen Teller mit ‚Essen‘? Nimm es an und spiel den Gast: pusten, weil es heiß ist, schlürfen, „Mmm, lecker! Krieg ich noch was?“ Dein Kind bestimmt, was eingeschenkt wird. In diesem Als-ob-Spiel übt es, für andere zu sorgen, und genießt, dass du mitmachst. Zehnmal eingeschenkt? Zehnmal „Danke“ ist genau richtig.

teddy-comes-to-new-places =
    .title = Der Teddy kommt mit und darf sich auch eingewöhnen
    .body = Geht ihr irgendwo neu hin, zu einem Fest oder zum Zahnarzt? Lass dein Kind sein Lieblingskuscheltier mitnehmen und bezieh es ein: „Der Bär schaut sich auch um. Ist es aufregend für ihn?“ Über das Kuscheltier kann dein Kind zeigen, wie es sich fühlt, ohne dass es um es selbst gehen muss. Und etwas Vertrautes im Arm macht einen neuen Ort kleiner. Beim Gehen: „Bär, winkst du?“

only-your-lap-today =
    .title = Heute nur auf dem Schoß? Auch gut
    .body = Rennt dein Kind sonst sofort zur Rutsche, bleibt aber heute auf deinem Schoß? Vielleicht ist es müde, wird krank, oder zu Hause hat sich etwas verändert. Dräng nicht: Ein Kind geht erst auf Entdeckung, wenn es sich sicher genug fühlt, und heute heißt das, nah bei dir zu sein. Schaut zusammen den anderen zu und lass es auftanken. Die Rutsche ist morgen auch noch da.

a-bit-of-boredom-is-fine =
    .title = Gerade nichts zu tun? Das darf sein
    .body = Streift dein Kind herum, ohne Spiel und ohne Plan? Du musst dir nicht sofort etwas ausdenken. Bleib in der Nähe, mach ruhig deins und sag: „Ich bin hier. Was machst du?“ Ein bisschen Langeweile lässt Raum, selbst etwas zu erfinden, und das können Kleinkinder oft besser, als man denkt: ein Topf, ein Karton, Regentropfen am Fenster. Wirklich müde oder traurig? Dann lieber Schoß.

scared-of-the-frame-after-a-fall =
    .title = Nach einem Sturz: Angst vor dem Klettergerüst
    .body = Ist dein Kind vom Klettergerüst gefallen und will nun nicht mehr in die Nähe? Sag nicht, es sei nichts gewesen, und dräng auch nicht: „Du bist da runtergefallen. Jetzt ist es dir unheimlich.“ Geht beim nächsten Mal zusammen hin und schaut nur, ohne zu klettern. Vielleicht will es nur auf die unterste Stufe, mit deiner Hand dabei. Gesehene Angst vergeht oft schneller. Das Tempo bestimmt dein Kind.

pebbles-in-the-water-hand-on-coat =
    .title = Steinchen ins Wasser, deine Hand an der Jacke
    .body = Will dein Kind Steinchen in den Graben, den Teich oder die Gracht werfen? Schön: Platsch, und Kreise auf dem Wasser! Stell dich direkt neben dein Kind ans Ufer und halt eine Hand an Jacke oder Kapuze. Ein Kleinkind kann noch nicht einschätzen, wie nah zu nah ist, und ausrutschen geht in einer Sekunde. Sag es kurz: „Am Wasser halte ich dich fest.“ So könnt ihr beide es genießen.

mud-allowed-old-clothes =
    .title = Matsch ist erlaubt: alte Kleider an
    .body = Will dein Kind im Matsch oder in nasser Erde graben? Zieh ihm heute alte Sachen an, die schmutzig werden dürfen, und lass es kneten, schaufeln und schmieren. Mach kurz mit: Hände in den Matsch, „Brr, kalt und klebrig!“ Dein entspanntes Gesicht sagt: Entdecken ist erlaubt, auch wenn es eine Sauerei wird. Hände aus dem Mund, danach zusammen waschen. Den Rest macht die Waschmaschine.

road-of-tape-for-little-cars =
    .title = Eine Straße aus Klebeband auf dem Boden
    .body = Spielt dein Kind gern mit kleinen Autos? Klebe heute mit Malerkrepp eine Straße auf den Boden, mit einer Kurve und einem Parkplatz, und leg dich selbst daneben. Lass dein Kind fahren, wo es will, auch quer durch die Kurve, und fahr ab und zu mit einem eigenen Auto hinterher: „Tüt tüt!“ Auf dem Boden liegen, auf Augenhöhe mit deinem Kind, sagt: Ich bin wirklich bei dir.

dressing-up-in-your-shoes =
    .title = In deinen Schuhen durchs Zimmer
    .body = Schlurft dein Kind in deinen Schuhen herum, mit deinem Schal oder deiner Mütze? Spiel erstaunt mit: „Wer kommt denn da? Ach, du bist es!“ Stell einen Korb mit alten Kleidern, Taschen und Hüten hin, damit Verkleiden öfter möglich ist. Dein Kind probiert aus, wie es ist, jemand anderes zu sein, am liebsten jemand, den es bewundert: dich. Hohe Absätze und lange Schals nur mit dir dabei.

playing-doctors-after-a-visit =
    .title = Arzt spielen nach dem Arztbesuch
    .body = War dein Kind beim Hausarzt, im Consultatiebureau (Kinderberatungsstelle) oder im Krankenhaus? Spiel es zu Hause mit einem Kuscheltier nach: Herz abhören, Pflaster kleben, „Kleiner Pieks, aua!“ Dein Kind ist Ärztin oder Arzt; du bringst den Bären und machst dir Sorgen. Im Spiel bestimmt dein Kind über das, was aufregend war, und verarbeitet es so. Lieber Patient? Dann untersuchst du ganz sanft.

toddler-plays-at-being-you =
    .title = Dein Kind spielt dich
    .body = Geht dein Kind mit einer Tasche „zur Arbeit“, kocht es in einem Töpfchen oder telefoniert mit einem Bauklotz? Dein Kind spielt dich. Spiel heute mit vertauschten Rollen mit: Du bist das Kind. „Ich hab Hunger! Darf ich auf deinen Schoß?“ Lass dein Kind für dich sorgen, trösten oder streng sein, genau wie du. So übt es, groß zu sein. Und du hörst, welche deiner Sätze hängen geblieben sind.

playing-without-a-quiz =
    .title = Spielen ohne Abfragen
    .body = Fragst du beim Spielen oft „Welche Farbe ist das?“ oder „Was sagt die Kuh?“ Lass diese Fragen heute weg und sag nur, was du siehst: „Du setzt den roten auf den blauen!“ Abfragen macht aus Spielen eine Prüfung, mit richtig und falsch. Beschreiben sagt: Ich sehe dich. Dein Kind bekommt trotzdem Wörter und mehr Ruhe zum Spielen. Fragt es selbst „Was ist das?“ Dann antworte einfach.

teddy-goes-away-and-comes-back =
    .title = Der Teddy geht weg … und kommt wieder
    .body = Spiel heute mit einem Kuscheltier einen Abschied nach, mit deinen eigenen Worten beim Gehen: „Tschüss! Ich komme nach dem Essen wieder.“ Lass den Teddy winken und spazier mit ihm hinters Sofa. Kurz darauf kommt er fröhlich zurück: „Da bin ich wieder!“ So wird der tägliche Abschied eine bekannte Geschichte mit gutem Ende. Greift es selbst nach dem Teddy? Dann bringt es ihn weg, und du winkst.

on-your-backs-in-the-grass =
    .title = Zusammen auf dem Rücken im Gras
    .body = Trocken und mild? Legt euch im Park oder im Garten zusammen auf den Rücken ins Gras und schaut nach oben: Wolken, ein Flugzeug, Blätter, die sich bewegen. Sag wenig, zeig ab und zu: „Da, ein Vogel.“ So ein ruhiger Moment füllt dein Kind genauso wie ein Ausflug. Nach einer Minute wieder auf den Beinen? Dann war die Minute genug. Bleib selbst noch kurz liegen, wenn es geht.

no-need-for-a-packed-week =
    .title = Kein voller Terminkalender nötig
    .body = Ist deine Woche voll mit Kleinkindschwimmen, Musikkurs, Spielverabredungen und Ausflügen, weil dein Kind doch etwas erleben soll? Muss nicht sein. Für ein Kleinkind steckt ein gewöhnlicher Tag schon voller Neuem: die Wäsche, das Müllauto, der Nachbar mit dem Hund, und du dabei. Zu viel Programm macht viele Kinder eher unruhig. Streich diese Woche einen Termin und schau, wie der freie Morgen wird.

absorbed-in-play-leave-them-be =
    .title = Ganz vertieft? Lass dein Kind machen
    .body = Ist dein Kind ganz in sein Spiel vertieft, sortiert es Steine oder gießt Wasser um? Unterbrich es nicht mit Fragen, Lob oder einer besseren Idee. Bleib in der Nähe und schau zu. So konzentriertes Spielen ist harte Arbeit, und deine ruhige Gegenwart macht es möglich. Sucht dein Kind deinen Blick? Nick oder lächle und lass es weitermachen. Das Essen kann oft fünf Minuten warten.

a-den-of-their-own =
    .title = Eine eigene Höhle unter dem Tisch
    .body = Krabbelt dein Kind gern unter den Tisch oder hinters Sofa? Mach daraus eine eigene Höhle: ein Laken über den Tisch, ein Kissen und ein Kuscheltier hinein. Das ist der Ort deines Kindes: Klopf an, bevor du hineinkommst, und geh, wenn es „Nein“ sagt. Eine eigene Ecke, in der es bestimmt, gibt einem Kleinkind Ruhe und das Gefühl, gehört zu werden. Eingeladen? Krabbel mit hinein.

dolly-goes-to-bed-their-way =
    .title = Die Puppe geht ins Bett, so wie dein Kind es will
    .body = Bringt dein Kind eine Puppe oder einen Teddy ins Bett, mit Decke und „Schlaf gut“? Spiel mit, aber folge seiner Version: Lass dein Kind bestimmen, was die Puppe braucht. Hör genau hin, was es sagt und tut. So erfährst du oft, was ihm beim Schlafengehen selbst wichtig ist, etwa ein Nachtlicht oder das eine Kuscheltier. Vielleicht übernimmst du morgen Abend etwas aus dem Spiel.

baby-bird-in-the-nest =
    .title = Ein Vögelchen im Nest
    .body = Bau heute aus Kissen und einer Decke ein Nest auf dem Boden. Dein Kind ist das Vögelchen, du der große Vogel, der mit einem ausgedachten Wurm hin und her fliegt: „Piep piep, wer hat Hunger?“ Dann breite die Arme wie Flügel aus und deck das Vögelchen zu. Kurz klein sein und umsorgt werden ist für einen eifrigen Entdecker schönes Auftanken. Will dein Kind der große Vogel sein? Dann sitzt du im Nest.

same-toys-different-room =
    .title = Gleiches Spielzeug, anderer Ort
    .body = Ist dein Kind quengelig, und sagt ihm das Spielzeug nichts mehr? Zieh mit dem Spiel um: die Bauklötze in den Flur, die Autos auf den Küchenboden, eine Schüssel mit Löffeln und Bechern auf den Balkon. An einem anderen Ort wirkt Bekanntes wieder neu, und du musst nichts kaufen. Du kommst einfach mit deinem Kaffee mit. Klappt nicht? Vielleicht ist dein Kind müde, und dein Schoß ist das Beste.

sock-puppet-that-asks =
    .title = Eine Sockenpuppe, die Fragen stellt
    .body = Zieh eine alte Socke über die Hand, mal zwei Augen darauf und lass die Puppe mit lustiger Stimme sprechen: „Hallo! Was machst du da?“ Viele Kleinkinder reagieren auf eine Puppe ganz anders als auf dich: Sie geben ihr einen Kuss, einen Happen oder einen bösen Blick. Lass die Puppe vor allem zuhören und staunen. Will dein Kind selbst die Puppe? Dann redest du mit der Socke.

scared-of-the-lion =
    .title = Du hast Angst vor dem Löwen
    .body = Spielt heute, dass dein Kind ein Löwe oder ein Dinosaurier ist. Brüllt es? Dann erschrick übertrieben und versteck dich hinter einem Kissen: „Hilfe, ein Löwe!“ Den ganzen Tag ist ein Kleinkind klein zwischen großen Menschen; in diesem Spiel darf es einmal groß und stark sein. Schaut dein Kind plötzlich unsicher? Komm lachend hervor: „Ich bin’s nur, und du bist mein Löwe.“

bye-slide-see-you-tomorrow =
    .title = Tschüss sagen zur Rutsche
    .body = Ist das Gehen vom Spielplatz jedes Mal ein Kampf? Macht daraus eine feste Abschiedsrunde: „Tschüss Rutsche, tschüss Schaukel, tschüss Enten. Bis morgen!“ Lass dein Kind winken oder kurz die Rutsche antippen. Ein festes Ritual macht aus einem plötzlichen Stopp einen Abschluss mit Versprechen: Morgen ist alles noch da. Protest darf sein; du sagst noch einmal „bis morgen“, und ihr geht.

people-watching-from-a-bench =
    .title = Zusammen Leute gucken, von einer Bank aus
    .body = Sitzt du mit deinem Kind auf einer Bank, auf dem Platz oder am Bahnhof? Schaut, wer vorbeikommt, und überleg laut, was in den anderen vorgeht: „Der Mann rennt. Will er den Bus kriegen?“ „Der Hund zieht an der Leine. Er will bestimmt heim.“ So hört dein Kind, dass jeder etwas will und fühlt, auch Fremde. Zeigt es selbst auf jemanden? Denkt euch zusammen eine kleine Geschichte dazu aus.

out-with-a-torch =
    .title = Mit der Taschenlampe nach draußen
    .body = Wird es früh dunkel? Zieht Jacken an und geht nach dem Essen kurz zusammen raus, mit einer Taschenlampe, die dein Kind selbst hält. Leuchtet auf einen Baum, ein Fahrrad, den Briefkasten. Die Dunkelheit ist spannend und ein bisschen unheimlich; mit deiner Hand dabei wird es ein Abenteuer. Kurz reicht. Noch lange hell? Zieh zu Hause die Vorhänge zu und sucht die Kuscheltiere mit der Lampe.

the-same-horse-every-week =
    .title = Jede Woche zum selben Pferd
    .body = Gibt es in deiner Nähe eine Weide mit einem Pferd, Ziegen oder Enten? Macht daraus einen festen Spaziergang, etwa am Samstagmorgen. Unterwegs erzählst du schon: „Wir gehen zum Pferd. Ob es wohl da ist?“ Ein Ausflug, der immer wiederkommt, gibt deinem Kind Vorfreude und etwas, auf das Verlass ist. Ist das Pferd mal nicht da? „Es ist woanders. Nächste Woche wieder.“

bus-or-train-by-the-window =
    .title = Im Bus oder Zug: zusammen am Fenster
    .body = Fährst du mit deinem Kind Bus oder Zug? Nimm es auf den Schoß oder setz es neben dich ans Fenster und schaut zusammen hinaus: „Schau, eine Brücke. Jetzt halten wir.“ Geräusche, Türen und fremde Menschen sind viel auf einmal; dein Arm um dein Kind und deine Stimme sind der feste Punkt in einer fahrenden Welt. Bald aussteigen? Sag es eine Haltestelle vorher.

day-out-leave-on-a-high =
    .title = Ein Ausflug: geht, solange es schön ist
    .body = Geht ihr in den Zoo, einen Freizeitpark oder auf ein Fest? Für ein Kleinkind ist so ein Tag ein Sturm aus Lärm, Menschen und Eindrücken. Achte auf die ersten Zeichen, dass es reicht: Augenreiben, Hängen, Quengeln oder plötzlich sehr wild werden. Geht dann nach Hause oder an einen ruhigen Platz, auch wenn ihr nicht alles gesehen habt. Kurz und gut ist besser als lang mit Tränen.

merry-go-round-wave-each-time =
    .title = Im Karussell: Winken bei jeder Runde
    .body = Will dein Kind Karussell fahren, traut sich aber noch nicht allein? Fahr beim ersten Mal mit. Will es danach allein, stell dich an eine feste Stelle am Rand, wo es dich jede Runde sieht, und wink jedes Mal: „Da bist du wieder!“ Weg und wieder zurück, und du stehst jedes Mal da: eine kleine Übung im Loslassen. Schaut dein Kind ängstlich? Frag, ob das Karussell anhalten kann.

hiding-in-the-shop-is-no-game =
    .title = Verstecken im Laden ist kein Spiel
    .body = Versteckt sich dein Kind gern zwischen den Kleiderständern oder rennt es kichernd davon? Zu Hause ist Verstecken wunderbar, draußen nicht. Sprich es vorher kurz ab: „Im Laden bleibst du bei mir. Verstecken spielen wir zu Hause.“ Und halte Wort: Spielt am Nachmittag zu Hause wirklich Verstecken. So muss dein Kind das Spiel nicht aufgeben; es bekommt nur seinen eigenen Ort.

do-you-know-the-way =
    .title = „Weißt du den Weg?“
    .body = Geht ihr oft denselben Weg, zum Spielplatz oder zum Bäcker? Frag unterwegs: „Weißt du den Weg? Zeig mal!“ Folge deinem Kind an den Abzweigungen, auch wenn es falsch abbiegt, und geh selbst auf der Straßenseite. Dir den Weg zu zeigen gibt ein großes Gefühl: Ich kenne meine Welt, und du gehst mit mir. Verlaufen? Dann sucht ihr zusammen den Weg zurück.

rolling-down-a-grassy-slope =
    .title = Zusammen einen Grashügel hinunterrollen
    .body = Gibt es im Park einen sanften Grashang oder eine Düne, ohne Büsche oder Wasser unten? Legt euch oben hin und rollt zusammen hinunter, dein Kind dicht neben dir. Unten: Gras in den Haaren, Lachen und eine Umarmung. So eine wilde Bewegung mit dir dabei ist spannend und sicher zugleich. Schwindlig oder traurig? Bleibt sitzen, bis die Welt wieder stillsteht.

carrying-everything-here-to-there =
    .title = Alles von hier nach dort schleppen
    .body = Schleppt dein Kind den ganzen Tag Sachen von einem Zimmer ins andere, stopft alles in Taschen und holt es wieder heraus? Es wirkt sinnlos, ist aber ernsthaftes Spielen: füllen, tragen, leeren. Gib ihm eine eigene Tasche oder einen Korb und lass es machen. Frag: „Was bringst du mir?“, und nimm die Lieferung an. Schlüssel weg? Schau zuerst im Körbchen nach.

painting-the-fence-with-water =
    .title = Den Zaun mit Wasser anmalen
    .body = Gib deinem Kind draußen einen Eimer Wasser und einen großen Pinsel und lass es den Zaun oder den Gehweg ‚streichen‘. Das Wasser macht dunkle Flecken, die langsam verschwinden, also geht es immer weiter. Nimm selbst einen Pinsel und frag: „Wo soll ich streichen?“ Dein Kind ist der Chef der Arbeit, und das fühlt sich groß an. Bleib dabei und kipp den Eimer danach aus.

your-toddler-directs-the-story =
    .title = Dein Kind führt Regie
    .body = Spielt dein Kind mit Figuren, Tieren oder Autos eine kleine Geschichte? Frag heute bei jedem Schritt: „Und was macht die Kuh jetzt?“, und tu, was dein Kind sagt, auch wenn es keinen Sinn ergibt. Die Kuh fliegt? Dann fliegt die Kuh. So merkt dein Kind, dass seine Ideen zählen und du in seiner Welt mitspielst. Noch wenige Wörter? Zeigen und Schieben sind auch Regie.

pretend-to-sleep-be-woken =
    .title = Tu so, als ob du schläfst, und lass dich wecken
    .body = Leg dich aufs Sofa oder auf den Boden, mach die Augen zu und schnarche laut. Weckt dein Kind dich, mit einem Stups, einem Kuss oder „Aufwachen!“? Schreck hoch und ruf froh: „Da bist du ja!“ Und noch mal. Kurz weg und doch ganz nah, und dein Kind bestimmt, wann du zurückkommst: Viele Kleinkinder könnten das endlos spielen. Und du darfst mal liegen. Tauschen geht auch.

jump-and-i-will-catch-you =
    .title = „Spring, ich fang dich!“
    .body = Will dein Kind von einer niedrigen Mauer oder vom Rand des Sandkastens springen? Stell dich davor, die Arme offen, und zählt zusammen: „Eins, zwei … drei!“ Fang es auf und stell es wieder ab. Noch mal? Jeder Sprung in deine Arme sagt: Wenn ich mich was traue, bist du da. Wähl eine niedrige Stelle mit weichem Boden. Springt es lieber allein, mit beiden Füßen? Dann halt nur eine Hand und jubel.
