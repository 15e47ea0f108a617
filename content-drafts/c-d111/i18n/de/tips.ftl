back-to-work-mixed-feelings =
    .title = Wieder arbeiten: Alle Gefühle dürfen sein
    .body = Gehst du wieder arbeiten? Traurigkeit beim Abschied, Erleichterung im Job und Schuldgefühle deswegen: Das alles kann an einem Tag kommen, und das ist normal. Plan für heute Abend etwas Kleines zum Freuen, etwa eine halbe Stunde mit deinem Baby auf dem Sofa. Dein Baby merkt vor allem, dass du wiederkommst und dann da bist. Für viele Eltern wird es nach ein paar Wochen leichter.

settling-in-do-the-care-there =
    .title = Eingewöhnung: Versorg dein Baby dort selbst
    .body = Gewöhnst du dein Baby in der Kita oder bei der Tagesmutter (gastouder) ein? Gib dort selbst einmal das Fläschchen oder wickle dein Baby, während die feste Bezugsperson zuschaut. So sieht sie, wie dein Baby gern gehalten wird, und dein Baby sieht dich entspannt im neuen Raum. Ein bisschen von deiner Vertrautheit färbt ab. Beim nächsten Mal tauscht ihr: Sie macht es, du schaust zu.

arms-to-arms-handover =
    .title = Von Arm zu Arm übergeben
    .body = Bringst du dein Baby heute in die Kita, zur Tagesmutter oder zu den Großeltern? Gib es direkt in die Arme der anderen Person, mit ruhigem Gesicht und einem freundlichen Wort an sie. Dein Baby liest dein Gesicht: Bist du bei diesem Menschen entspannt, fühlt es sich auch für dein Baby sicherer an. Ein Kloß im Hals? Das darf sein. Wink ruhig; deine eigenen Tränen dürfen danach kommen.

ten-spare-minutes-in-the-morning =
    .title = Zehn Minuten Puffer am Morgen
    .body = Stell an Arbeitstagen den Wecker zehn Minuten früher oder leg Taschen und Kleidung am Abend bereit. Nicht um mehr zu schaffen, sondern um ruhiger zu sein: anziehen ohne Hetze, kurz zusammensitzen, bevor ihr losgeht. Babys spüren Eile, und ein ruhiger Start gibt Halt für den ganzen Tag. Wird es doch knapp? Dann reicht auch eine ruhige Umarmung an der Tür.

a-call-to-childcare-is-fine =
    .title = Kurz in der Kita anrufen ist okay
    .body = Bist du in den ersten Wochen bei der Arbeit mit den Gedanken ständig bei deinem Baby? Frag die Kita oder die Tagesmutter, ob du kurz anrufen darfst oder eine Nachricht bekommst. Das ist nicht lästig: Sie kennen das, und mit ruhigem Kopf verabschiedest du dich morgen gelassener. Dein Baby hat kurz geweint und dann wieder gespielt? Genau so geht Eingewöhnung.

pumping-at-work-a-pause-for-you =
    .title = Abpumpen im Job: eine Pause für dich
    .body = Pumpst du bei der Arbeit ab? Such dir einen ruhigen Ort, schalte Benachrichtigungen aus und schau kurz ein Foto oder Video deines Babys an. Vielen hilft das beim Entspannen, und in Gedanken seid ihr kurz zusammen. Kommt weniger Milch als erhofft oder wird Abpumpen zu viel? Sprich mit dem Consultatiebureau (der Kinderberatungsstelle). Dein Baby zu ernähren, egal auf welche Weise, ist gut genug.

cranky-evening-after-childcare =
    .title = Weinerlich nach dem Kita-Tag? Halte den Abend klein
    .body = Ist dein Baby nach einem Kita-Tag daheim weinerlich oder anhänglich, obwohl es dort gut lief? Ein Tag voller neuer Gesichter und Geräusche ist harte Arbeit für ein Baby, und bei dir darf die Müdigkeit raus. Halte den Abend klein: kein Besuch, einfaches Essen, viel Schoß, ruhig früher ins Bett. Das sagt nichts Schlechtes über die Kita oder dich. Oft wird es ruhiger, wenn der Rhythmus vertraut ist.

ask-what-made-them-laugh =
    .title = Frag beim Abholen: Worüber hat mein Baby gelacht?
    .body = Frag heute beim Abholen nicht nur, wie dein Baby geschlafen und getrunken hat, sondern auch, worüber es gelacht hat. Mach dieses Spiel oder Geräusch zu Hause nach. So verweben sich deine Welt und die der Kita ein wenig, und dein Baby findet dieselben schönen Dinge an beiden Orten. Erzähl umgekehrt, was zu Hause klappt; so entsteht ein gemeinsames Repertoire.

your-day-out-their-day-together =
    .title = Dein Tag draußen, ihr Tag zusammen
    .body = Hat der andere Elternteil oder eine andere feste Bezugsperson einen festen Tag allein mit deinem Baby? Dann geh wirklich aus dem Haus und schick zwischendurch keine Anweisungen. Wer allein mit einem Baby ist, lernt die Signale am schnellsten selbst lesen. Eine eigene Art zu trösten oder zu spielen ist kein Fehler, sondern eine weitere Bindung. Frag abends neugierig, was sie entdeckt haben.

grandparent-care-three-agreements =
    .title = Passen Oma oder Opa auf? Vereinbart drei Dinge
    .body = Passt eine Oma, ein Opa oder ein anderer fester Babysitter regelmäßig auf? Vereinbart drei Dinge und lass den Rest los. Schlafen: auf dem Rücken, im eigenen Bett, ohne Kuscheltier, Tuch oder Kissen darin. Trösten: Hochnehmen ist immer in Ordnung, ein Baby wird davon nicht verwöhnt. Und ein paar feste Gewohnheiten, wie das Schlaflied. Ansonsten dürfen sie auf ihre Art liebevoll sein.

sick-day-plan-familiar-face =
    .title = Ein Plan für Krankheitstage, mit vertrautem Gesicht
    .body = Babys in der Kita sind anfangs oft erkältet oder krank und dürfen dann manchmal nicht kommen. Überleg jetzt, an einem ruhigen Tag, wer dann bei deinem Baby sein kann: du, ein anderer Elternteil oder Oma, Opa oder jemand aus dem Freundeskreis, den dein Baby schon kennt. Ein krankes Baby braucht vor allem Vertrautheit. Lade diese Person ab und zu ein, damit das Gesicht bekannt bleibt.

laughed-out-loud-do-it-again =
    .title = Laut gelacht? Mach es noch mal
    .body = Hat dein Baby heute laut gelacht, über ein Pusten auf den Bauch, eine komische Stimme oder ein plötzliches „Buh!“? Mach es noch mal und noch mal und warte jedes Mal kurz. Zusammen lachen verbindet, und dein Baby entdeckt, dass ihr gemeinsam Spaß machen könnt. Achte aber auf den Kipppunkt: Schluckauf, Wegschauen oder ein schriller werdendes Lachen heißen: genug.

a-cold-or-fever-extra-close =
    .title = Erkältet oder Fieber: ganz nah sein
    .body = Ist dein Baby erkältet oder hat es Fieber? Dann will es oft mehr getragen werden und schläft unruhiger. Schenk ihm diese Nähe ruhig: Trost heilt nicht, hilft aber durch einen schweren Tag. Ruf die Hausarztpraxis an, abends und am Wochenende die huisartsenpost (hausärztlicher Notdienst), wenn du dir Sorgen machst, etwa wenn dein Baby schlecht trinkt, schlaff ist, schwer atmet oder anders weint.

weekend-needs-no-catching-up =
    .title = Das Wochenende muss nichts nachholen
    .body = Arbeitest du unter der Woche und fühlt sich das Wochenende an, als müsstest du alles wiedergutmachen? Musst du nicht. Dein Baby braucht keine Ausflüge, sondern ganz normale Zeit mit dir: zusammen frühstücken, spazieren gehen, am Boden liegen und plaudern. Streich einen Plan fürs nächste Wochenende und lass die Lücke leer. In diesen langsamen Stunden wächst eure Bindung, und du kommst zu Atem.

grabbing-hair-and-glasses =
    .title = Greift dein Baby nach Haaren oder Brille?
    .body = Zieht dein Baby heute an deinen Haaren, deiner Brille oder deiner Kette? Das ist kein Ärgern: Greifen ist neu und spannend. Lös die Fingerchen ruhig, sag gelassen „Au, das ziept“ und gib deinen Finger oder ein Spielzeug stattdessen. An deinem Gesicht und deiner Stimme lernt dein Baby, was Greifen bei anderen bewirkt, ohne zu erschrecken. Ein Zopf hilft an vollen Tagen auch.

everything-goes-in-the-mouth =
    .title = Alles kommt in den Mund: Lass es entdecken
    .body = Wandert alles, was dein Baby greift, sofort in den Mund? So erforscht es die Welt: hart, weich, kalt, geriffelt. Gib ihm heute ein paar saubere, sichere Dinge, etwa einen Holzring oder einen Waschlappen, und schau vor allem zu. Sag, was du siehst: „Oh, der ist kalt!“ Halte Kleinteile außer Reichweite. Schaut dein Baby zwischendurch zu dir hoch? Dann teilt ihr die Entdeckung.

a-book-to-chew-on =
    .title = Ein Buch darf auch in den Mund
    .body = Greift dein Baby nach dem Buch, wenn du vorliest? Nimm ein stabiles Stoff- oder Pappbilderbuch mit Fühlelementen und lass dein Baby es halten, umblättern und daran nuckeln. Erzähl einfach, was zu sehen ist, auch wenn es nur eine Seite wird. Vorlesen heißt in diesem Alter vor allem: gemeinsam etwas halten und deine Stimme hören. Nur wildes Grapschen? Morgen gibt es eine neue Seite.

sing-in-your-own-language =
    .title = Sing in deiner eigenen Sprache
    .body = Sprichst du zu Hause eine andere Sprache als Niederländisch, oder mehrere? Sing heute ein Lied aus deiner eigenen Kindheit, in der Sprache, in der du selbst getröstet wurdest. Darin klingt deine Stimme am wärmsten und natürlichsten, und genau diesen Klang nimmt dein Baby auf. Mehrere Sprachen zu Hause sind für ein Baby kein Problem. Text vergessen? Frag in der Familie nach.

dancing-with-baby-in-your-arms =
    .title = Tanz mit deinem Baby im Arm
    .body = Leg heute fröhliche Musik auf, die du selbst magst, und tanz mit deinem Baby fest an dich gedrückt durchs Zimmer. Wiege und dreh dich ruhig im Takt, ohne Ruckeln, den Kopf gut gestützt. Dein Baby spürt deine Freude in deinem Körper und deinem Atem. Schau zwischendurch ins Gesicht: Große Augen und Lachen sagen „mehr“, Wegdrehen oder Zusammenzucken sagen „sanfter“.

busy-shop-face-towards-you =
    .title = Im Laden: Dein Baby schaut zu dir
    .body = Ist es heute voll im Supermarkt oder in der Stadt, mit grellem Licht, Musik und vielen Menschen? Trag oder schieb dein Baby so, dass es dich sehen kann: in der Trage mit dem Gesicht zu dir oder im Kinderwagen zu dir gedreht. Wird es zu viel, kann sich dein Baby an deinem Gesicht erholen. Immer noch zu viel? Brich ab und geh nach draußen; der Rest kann warten.

party-break-before-the-tears =
    .title = Auf der Feier: Pause, bevor die Tränen kommen
    .body = Gehst du zu einem Geburtstag oder einer Feier? Geh mit deinem Baby ab und zu in einen stillen Raum oder nach draußen, noch bevor es weint. Achte auf die frühen Zeichen: Gähnen, Wegschauen, ein angespannter Körper oder sich nach hinten wegdrücken. Eine kurze Pause lädt dein Baby wieder auf, und es erlebt, dass du merkst, wann es zu viel wird. Reicht das nicht? Dann geht ruhig früher heim.

translate-your-baby-for-visitors =
    .title = Übersetz dein Baby für den Besuch
    .body = Kommt heute Familie, die dein Baby gern auf den Arm nimmt? Sag laut, was du siehst, damit sie es auch lesen lernen: „Siehst du, wie sie gähnt und wegschaut? Sie hat gerade genug.“ Oder: „Er sucht dein Gesicht, sprich ruhig mit ihm.“ So lernt der Besuch dein Baby wirklich kennen. Gehen die Signale im Trubel unter? Nimm dein Baby freundlich zurück für etwas Ruhe.

naps-when-the-world-is-too-fun =
    .title = Schlecht einschlafen: Die Welt ist zu spannend
    .body = Schläft dein Baby tagsüber schwerer ein, weil es überall etwas zu sehen gibt? Viele Babys werden in diesem Alter so neugierig, dass sie ihre Müdigkeit übergehen. Leg dein Baby heute beim ersten Gähnen in einem ruhigen, etwas abgedunkelten Zimmer hin. Mit weniger Reizen kommt der Schlaf leichter. Klappt es heute nicht? Eine Runde mit dem Kinderwagen ist auch gut.

looking-around-during-a-feed =
    .title = Trinken und gleichzeitig umschauen
    .body = Lässt dein Baby beim Trinken immer wieder los, um nach einem Geräusch, einem Geschwister oder der Katze zu schauen? Das ist keine Ablehnung: Die Welt ist plötzlich so spannend. Sprich es aus: „Du hast die Tür gehört, oder?“ Lass es kurz schauen und biete dann ruhig wieder an. Passiert das oft, such dir einen ruhigeren Ort. Sorgen ums Trinken? Frag das Consultatiebureau (Kinderberatungsstelle).

restless-nights-again-not-your-fault =
    .title = Wieder unruhige Nächte? Mach einen Nachtplan
    .body = Hat dein Baby gerade besser geschlafen und wacht nun nachts wieder öfter auf? In diesem Alter ändert sich bei vielen Babys der Schlaf, weil so vieles neu ist. Kein Rückschritt, und nicht deine Schuld. Mach heute einen Plan für die nächsten Nächte: Wer steht wann auf, wer darf an welchem Morgen ausschlafen? Bist du allein, bitte jemanden, einen Morgen zu übernehmen. Mit Plan wirkt die Nacht kürzer.

daylight-walk-after-a-broken-night =
    .title = Nach einer unruhigen Nacht: raus an die Luft
    .body = War die Nacht schwer, und fühlst du dich heute Morgen grau und gereizt? Geh heute, wenn es geht, eine Viertelstunde mit deinem Baby in der Trage oder im Kinderwagen nach draußen. Kein Ziel, keine Einkäufe: nur gehen, Luft und Tageslicht. Draußen werden viele Erwachsene wieder etwas weicher, und dein Baby schaut gern umher. Mach heute Nachmittag nur das Nötigste.

rolled-over-and-stuck =
    .title = Umgedreht und steckt fest? Warte kurz
    .body = Dreht sich dein Baby um und liegt dann quengelnd auf dem Bauch? Warte kurz, bevor du hilfst: Leg dich daneben, ermutige es und schau, ob es selbst weiter probiert. Hilf dann einfach, ohne großes Aufheben. So merkt dein Baby, dass es selbst probieren darf und du trotzdem da bist. Und jetzt, wo es sich drehen kann: Auf dem Wickeltisch immer eine Hand am Baby.

time-alone-with-the-eldest =
    .title = Zeit nur für das ältere Kind
    .body = Ist ein älteres Geschwisterkind seit der Geburt wütend, weinerlich oder auffällig lieb? Plan heute eine Viertelstunde nur für dieses Kind, während das Baby schläft oder bei jemand anderem ist. Lass es bestimmen, was ihr macht, und sag: „Das ist unsere Zeit.“ Ein Kind, das sich gesehen fühlt, muss weniger um Aufmerksamkeit kämpfen. Wiederhol es morgen, am besten zur selben Zeit.

big-sibling-as-the-clown =
    .title = Das große Geschwisterkind als Spaßmacher
    .body = Gib deinem älteren Kind heute eine echte Rolle: Spaßmacher. Lass es Grimassen schneiden, Kuckuck spielen oder singen, und zeig ihm, was das Baby antwortet: „Schau, sie lacht dich an!“ oder „Er schaut weg, kurze Pause.“ So fühlt sich dein älteres Kind wichtig und lernt, die Signale des Babys zu lesen. Bleib dabei, und lass es das Baby nur mit deiner Hilfe hochheben.

name-the-eldest-jealousy =
    .title = Eifersüchtig? Gib dem Gefühl einen Namen
    .body = Sagt dein älteres Kind, das Baby soll weg, oder kneift es heimlich? Sprich aus, was du vermutest, ohne Predigt: „Manchmal findest du es doof, dass das Baby so viel Aufmerksamkeit bekommt, oder?“ Wütend sein darf es, wehtun nicht: Bring das Baby ruhig in Sicherheit, wenn nötig. Ein Kind, dessen Gefühl benannt wird, muss es weniger ausagieren. Eifersucht zeigt vor allem, wie wichtig du bist.

fasting-plan-the-afternoon-dip =
    .title = Fasten mit Baby: Plan das Nachmittagstief ein
    .body = Fastest du im Ramadan und versorgst dein Baby? Oft ist der späte Nachmittag am schwersten, mit Hunger, Durst und wenig Geduld. Leg Baden und Einkaufen früher in den Tag und bitte jemanden, dein Baby in der letzten Stunde vor dem Iftar kurz zu übernehmen. So bleibt es ruhiger für euch beide. Du stillst? Besprich das Fasten vorher mit deiner Hausarztpraxis.

late-feast-bring-the-bedtime-steps =
    .title = Ein spätes Fest? Nimm das Schlafritual mit
    .body = Geht ihr zu einem Iftar, einer Hochzeit oder einem anderen späten Familienfest? Nimm das Schlafritual mit: eigener Schlafsack, dasselbe Lied, dieselbe Reihenfolge wie zu Hause. Leg dein Baby in einem ruhigen Raum auf den Rücken in einen eigenen sicheren Schlafplatz, etwa ein Reisebett ohne Weiches darin. Vertraute Schritte machen einen fremden Ort vertrauter. Schläft es erst zu Hause? Auch gut.

long-car-journey-cuddle-stops =
    .title = Lange Autofahrt: Halt für eine Umarmung
    .body = Steht eine lange Fahrt an, zur Familie oder in den Urlaub? Plan reichlich Pausen ein und nimm dein Baby bei jedem Halt aus der Babyschale: kuscheln, strecken, trinken, Grimassen. Eine Babyschale ist sicher, aber auch ein bisschen einsam. Fährt jemand anderes? Setz dich hinten neben dein Baby. Fährst du allein? Sprich oder sing unterwegs; schon deine Stimme ist Gesellschaft.

holiday-explore-the-new-place-together =
    .title = Im Urlaub: erst gemeinsam umschauen
    .body = Seid ihr gerade in einer Ferienwohnung oder bei Familie im Ausland angekommen? Geh mit deinem Baby auf dem Arm ruhig durch die neuen Räume und sag, was du siehst: „Hier ist das Fenster, und da schläfst du.“ Halte den ersten Tag ruhig. Alles riecht und klingt anders, und du bist der feste Punkt, von dem aus dein Baby das Neue betrachtet. Unruhige erste Nächte gehören oft dazu.

bath-together-skin-to-skin =
    .title = Zusammen baden, Haut an Haut
    .body = Steig heute einmal mit deinem Baby zusammen in die Badewanne, in lauwarmes Wasser. Bitte, wenn möglich, einen anderen Erwachsenen, dir dein Baby zu reichen und danach wieder abzunehmen, damit du sicher ein- und aussteigen kannst. Halt dein Baby Haut an Haut an dir und lass das Wasser sanft über den Bauch plätschern. Dein Körper gibt Halt. Unheimlich für dein Baby? Fang mit den Füßchen an.

sling-while-you-tidy =
    .title = Im Tragetuch beim Aufräumen
    .body = Will dein Baby heute nur bei dir sein, während auch die Wäsche wartet? Trag es im Tragetuch oder in der Trage, hoch und eng an dir, das Gesicht frei und in deinem Blick. Erzähl, was du tust: „Jetzt falten wir die Socken.“ Dein Baby spürt deine Wärme und Bewegung, und du hast die Hände frei. Kochen oder heißer Tee? Dafür legst du dein Baby kurz sicher ab.

night-shift-morning-goodbye =
    .title = Nach der Nachtschicht: ein fester Morgengruß
    .body = Arbeitest du nachts und kommst heim, wenn dein Baby gerade aufwacht? Nimm dir vor dem Schlafengehen fünf Minuten für ein festes Ritual: Baby auf den Schoß, in die Augen schauen und immer derselbe Satz, etwa „Guten Morgen, ich gehe jetzt schlafen, bis später.“ So bleibt dein Kommen und Gehen vorhersehbar, auch mit umgedrehtem Rhythmus. Dann schlaf wirklich: Ruhe gehört dazu.

parent-ill-lowest-gear =
    .title = Selbst krank? Dann alles auf Sparflamme
    .body = Hast du Grippe oder fühlst dich elend, und dein Baby will trotzdem versorgt werden? Schalte alles auf Sparflamme: füttern, wickeln und sonst zusammen auf einer Decke am Boden, du liegst daneben und singst. Frag ruhig, ob jemand ein paar Stunden einspringt. Wirst du schläfrig? Dann leg dein Baby auf den Rücken ins eigene Bett, nicht zu dir aufs Sofa. Ein paar karge Tage schaden eurer Bindung nicht.

crying-in-public-turn-to-your-baby =
    .title = Weinen im Bus oder Wartezimmer? Schau auf dein Baby
    .body = Weint dein Baby laut im Bus, im Wartezimmer oder an der Kasse, und du spürst alle Blicke? Dreh dich zu deinem Baby, lass die Schultern sinken und sprich leise, als wärt ihr zu zweit in einer Blase. Dein Baby braucht jetzt deine Ruhe, nicht die Zustimmung der Umstehenden. Klappt das Trösten nicht sofort? Das passiert allen. Was Fremde denken, ist morgen vergessen; dass du dageblieben bist, zählt.

at-the-gp-on-your-lap =
    .title = Beim Hausarzt: auf dem Schoß und weiterreden
    .body = Muss dein Baby heute zur Hausarztpraxis, etwa wegen der Ohren oder eines Hustens? Frag, ob dein Baby bei der Untersuchung auf deinem Schoß bleiben darf, und sprich oder summe leise weiter. Sag, was passiert: „Die Ärztin schaut kurz in dein Ohr.“ Deine Stimme und deine Arme machen Fremdes leichter erträglich. Weint es trotzdem? Tröste danach ausgiebig; das gehört dazu.

first-spoonfuls-face-to-face =
    .title = Die ersten Löffel: Gesicht zu Gesicht
    .body = Bekommt dein Baby die ersten Löffel Brei? Den Start kannst du mit dem Consultatiebureau (der Kinderberatungsstelle) besprechen. Setz dich ihm gegenüber auf Augenhöhe und zeig mit deinem Gesicht, wie es schmeckt: „Mmm, Möhre!“ Warte mit dem Löffel, bis dein Baby den Mund öffnet. So wird Essen ein gemeinsamer Moment, nicht nur Sattwerden. Kaum etwas gegessen? Jetzt zählt Probieren, nicht die Menge.
