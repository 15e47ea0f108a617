high-chair-at-the-family-table =
    .title = A place at the family table
    .body = Pull the high chair up to the ordinary meal today, where your baby sees the faces at the table, rather than feeding them separately and earlier. Eating alone with your baby? Then eat at the same time, facing each other. Talk to them too: ‘Look, we’re eating together.’ That way your baby belongs: to the faces, the noises, the chatter. Can’t manage it every day? One shared meal a week counts too.

finger-food-side-by-side =
    .title = They help themselves, you sit beside them
    .body = Sit your baby upright in the high chair today and put a few soft pieces on the tray, such as well-steamed carrot or banana. Let them grab, squash and taste. Sit calmly beside them, phone away, and stay there as long as there’s food. Your baby discovers things at their own pace, with your familiar face to look at. Mess is part of it; a towel under the chair helps.

head-turned-away-at-the-spoon =
    .title = Head turned from the spoon? That’s enough
    .body = Does your baby turn their head from the spoon today, push your hand aside or press their lips shut? Say ‘You’ve had enough, haven’t you?’ and stop, even if there’s some left in the bowl. Your baby learns that their signals are heard, at the table too. Simply offer again later or tomorrow. Unsure whether they’re getting enough? Ask at the consultatiebureau (child health clinic).

shuffling-their-own-way =
    .title = Bottom shuffling gets you places too
    .body = Does your baby shuffle along on their bottom, commando-crawl on their tummy or prefer to roll across the room? Get down on the floor today and join in their way: ‘Off you go on your bottom!’ Every baby finds their own way of getting somewhere, and cheering for theirs says: you’re fine just as you are. Still worried about how they move? Talk it over with the consultatiebureau (child health clinic).

playpen-in-sight-while-cooking =
    .title = The playpen in sight while you cook
    .body = Need to cook while your baby crawls everywhere? Put the playpen well away from the hob today, but where you can see each other, and talk as you cook: ‘I’m frying the onions. Hear the pan sizzling?’ Turn round now and then to wink or wave. Your baby is safe and still connected to you through your voice and face. Protests? A wooden spoon and a plastic tub turn it into cooking together.

crawl-round-at-baby-height =
    .title = Crawl round the room yourself
    .body = Get down on your hands and knees today and crawl round the room where your baby plays. What do you see down there? Sockets, cables, a plant, small bits under the sofa. Make one corner completely safe, so that there you can mostly say ‘yes’ instead of ‘no’. A baby who can explore freely while you sit nearby, relaxed, dares to try more. The rest of the house can follow step by step.

sling-on-a-busy-day =
    .title = A busy day? Keep your baby close
    .body = Lots on today, like shopping or a visit? Carry your baby in a sling or carrier for part of the time rather than in the pram all day. Against your body they feel you breathing and hear your voice, and that makes all those new impressions easier to take in. Keep their face free and visible. Hard on your back? A quarter of an hour counts too.

clinic-check-on-your-lap =
    .title = On your lap at the clinic
    .body = Appointment at the consultatiebureau (child health clinic) or the GP? Ask if your baby can stay on your lap as much as possible. On the scales or the examination table, stay in sight, keep a hand on them and say what’s happening: ‘Just weighing you, I’m here.’ Many babies this age are startled by unfamiliar hands; your voice and hand say it’s safe. Tears anyway? That’s normal.

playground-swing-push-from-the-front =
    .title = On the swing: push from the front
    .body = Going to the playground today? Put your baby in a baby swing with a snug bucket seat and push from the front rather than from behind, so you see each other on every swing. Start very low: ‘Off you go… and back!’ You can tell straight away whether your baby finds it fun or scary, and your baby sees your delight. Looking tense? Stop the swing and hold their feet. Laughing? Then again.

gone-and-back-in-daily-life =
    .title = Gone… and back again
    .body = Say out loud today what disappears and comes back: ‘The bathwater’s gone… there’ll be new water tomorrow.’ ‘There goes the tram. Look, here comes the next one!’ ‘Grandma’s going home; she’ll be back on Saturday.’ Around this age babies grasp more and more that things still exist out of sight. Your words make going away ordinary, part of coming back. Tomorrow it will already sound more familiar.

bath-pouring-turns =
    .title = Pouring in the bath, taking turns
    .body = Bring a small cup into the bath today. Pour a little water over your baby’s hand: ‘Splash!’ Then hand over the cup and wait. Your baby might pour over your hand, or over their own tummy. React with surprise and give them another turn. A back-and-forth like this is a conversation without words. Keep one hand on your baby, and never leave them alone in the bath, not even for a towel.

babble-answered-as-a-word =
    .title = Sounds like a word? Answer it
    .body = Does your baby say something like ‘ba’, ‘da’ or ‘mam-mam’ today while looking at something? Answer as if it were a real word: ‘Ba? Ball! Yes, there’s the ball.’ Your baby finds out that sounds do something: someone listens, understands and gives something back. Guessed wrong? No problem, trying is what counts. Tomorrow, repeat one sound a few times and see whether they say it back.

teething-evening-close =
    .title = Teeth coming? Stay extra close
    .body = Is your baby grizzly today, drooling a lot and biting on everything? A tooth may be on its way. Offer a teething ring from the fridge (not the freezer) and hold them close. Say what you see: ‘Your mouth hurts, doesn’t it?’ Your calm helps your baby bear the discomfort. A fever, or unsure about pain relief? Ask your GP or the consultatiebureau (child health clinic).

sibling-hiding-game-coach =
    .title = Peekaboo with a big brother or sister
    .body = Does an older child want to play with the baby today? Teach them a hiding game behind the curtain: disappear briefly, call ‘Where am I?’ and pop out cheerfully. Explain: ‘Don’t stay hidden too long, and when the baby looks away, that’s enough for now.’ This way your baby learns from a sibling too that whoever goes comes back, and the big one gets a role of their own. Stay close by.

lift-the-flap-book =
    .title = A lift-the-flap book: who’s behind it?
    .body = Get out a sturdy lift-the-flap book today and lift the flaps together: ‘Where’s the cat? There!’ Let your baby pull the flap themselves, even if it gets a bit crumpled. It’s peekaboo on paper: something is gone for a moment and turns out to still be there. A short pause before the flap opens builds the suspense. No such book at home? The library usually has sturdy baby books.

looking-for-the-dropped-toy =
    .title = Your baby looks for what fell
    .body = Does something slip from your baby’s hands today, and do they peer over the edge of the high chair or towards where it rolled? Say what you see: ‘You’re looking for your block! You know it’s still there.’ Wait a moment before picking it up, and look together. Your baby notices that you understand what’s going on in their head. That searching is a big step: they remember something out of sight.

grandparent-looks-at-the-toy-first =
    .title = Tip for grandparents: look at the toy first
    .body = Does your baby cry today when a grandparent or aunt they haven’t seen for a while comes near? Explain that this is very common around this age, and share a tip: sit on the floor, look at a toy rather than straight into the baby’s face, and slowly slide it closer. A gaze that doesn’t come too near feels less scary. From your lap, your baby sets the pace.

tv-off-in-the-late-afternoon =
    .title = An hour without the TV in the background
    .body = Is the TV or a tablet often on, even when no one’s watching? Switch it off for an hour today, for example in the busy late afternoon. Background noise keeps tugging at your baby’s attention, and you hear each other less well. Without it, many babies babble more and play for longer. Older children want to watch something? Then in another room or with headphones.

crawl-to-your-arms =
    .title = Come here, into my arms
    .body = Sit on the floor a few metres from your baby today, open your arms and softly call their name. Do they crawl, shuffle or roll your way? Catch them with a cuddle: ‘You made it to me!’ Your baby learns that coming to you is always welcome. Would they rather carry on playing? That’s fine too; just watch along and try again later.

bath-together-in-the-big-tub =
    .title = Together in the big bath
    .body = Get into the bath with your baby today, skin to skin, in lukewarm water that isn’t too deep. Hold your baby against your chest or on your lap and let the water lap gently. Your baby gets lots of warm touch at once. A bath is slippery: get in first and have your baby handed to you, and hand them out again before you climb out. Home alone? Lay your baby on a towel beside the bath for that moment.

wave-at-the-window =
    .title = Waving at the window
    .body = Is someone in the family heading out today, to work, school or the shops? Make it a set moment: at the window with your baby, waving, ‘Bye! See you this afternoon!’ The one leaving keeps waving until they turn the corner. Leaving becomes something your baby sees happen, instead of someone who has suddenly vanished. In a few weeks your baby may start waving too.

first-teeth-brushing-on-your-lap =
    .title = Brushing those first teeth on your lap
    .body = First teeth through and starting to brush? Make it a short, fixed ritual: your baby on your lap, head resting against you, and the same brushing song every time. Let your baby watch you brush your own teeth first, with a big grin. Brushing becomes a predictable moment together, not a struggle. Lots of protest? A few seconds is enough for now; tomorrow you’ll get a little further.

distracted-feeds-quiet-corner =
    .title = Feeding with eyes everywhere
    .body = Does your baby keep stopping a feed today to look at every sound, every door, every voice? That’s part of this curious age. Find a quiet corner for one feed, with soft light and no TV or chatter. Fewer distractions help your baby get back to the breast or bottle, and back to you. Daytime feeds still restless? The one before sleep is often calmer.

book-of-familiar-faces =
    .title = A little book of familiar faces
    .body = Stick photos of the people who often care for your baby in a small album or notebook today: you, a grandparent, the sitter, their regular carer at childcare. Leaf through it together and say the names: ‘Look, there’s Grandma!’ Those familiar faces stay close, even when someone isn’t around for a while. Let your baby turn the pages; a few creases are part of it.

work-trip-photo-and-voice =
    .title = Away for work: your voice stays home
    .body = Going away for a few days for work? Before you leave, record a short voice message with the bedtime song and ‘Sleep well, I’ll be back soon.’ Whoever is at home plays it at the same moment each evening, next to a photo of you at baby height. That keeps something familiar of you in your baby’s day. Otherwise say goodbye as you always do: no longer than usual, and no sneaking off.

back-from-a-work-trip =
    .title = Back from a trip? Give it a day
    .body = Home after a few days away, and your baby eyes you like a stranger, or clings to whoever stayed at home? That’s normal and usually passes quickly. Don’t take over everything at once: join in with the bath or the meal first, and let your baby come to you. Contact comes back in small moments. Does it sting? Say so to someone you trust.

cup-of-their-own =
    .title = Cheers! A cup of their own
    .body = At mealtime today, put a small open cup with a splash of water in front of your baby, and take a glass yourself. Have a sip, say ‘Mmm, cheers!’ and let your baby copy you, with your hand loosely under their cup. Babies learn a lot by copying you, and doing something together feels like belonging. Spilling is practice: a bib and a cloth are all you need.

holiday-new-room-tour =
    .title = On holiday: explore the room together first
    .body = Sleeping somewhere new tonight, on holiday or with family? First walk round the room with your baby in your arms and show them things: ‘Here’s the window, and look, there’s your bed.’ Then keep the bedtime routine exactly as at home: the same sleeping bag, the same song. A new place feels safer once you’ve introduced it. More waking the first night is very common.

they-crawl-after-you =
    .title = Your baby follows you
    .body = Heading to the kitchen today, and your baby comes crawling or shuffling after you? Greet it like a visit: ‘Hey, you came to find me! Here I am.’ Crouch down for a moment, then carry on with what you were doing, your baby beside you in a safe spot. Your baby is checking you’re still there, and finds that looking for you pays off. A little shadow is tiring, and also a compliment.

bedtime-protest-stay-a-while =
    .title = Crying as soon as you leave the bedroom
    .body = Does your baby protest these weeks as soon as you try to leave after the bedtime routine? Around this age babies notice more sharply that you’re going. Tonight, stay by the cot a little longer, a hand on their tummy or a soft song, until they settle. At the door, use the same sentence every time: ‘Sleep well, I’m close by.’ More closeness now won’t make your baby more dependent.

nappy-change-wriggler =
    .title = A nappy change with a crawler
    .body = Does your baby keep rolling away during nappy changes today, off to something interesting? That isn’t being difficult: your baby wants to move. Give them a job: ‘Can you hold the clean nappy?’, or a toy that only comes out at changing time. Say briefly what you’re doing at each step and always keep one hand on your baby. Changing table not working? A mat on the floor works too.

ill-baby-more-clingy =
    .title = Ill and extra clingy
    .body = Does your baby have a cold or a bug and only want to be on your lap? Go ahead and give in today: push chores back and bring your baby onto the sofa or into the sling. If they fall asleep, put them on their back in their own cot. A poorly body needs your comfort. Worried, or is your baby drinking poorly or drowsy? Call the GP; evenings and weekends, the huisartsenpost (out-of-hours GP service).

moving-house-same-cot =
    .title = Moving house: the cot stays the same
    .body = Moving house? Pack your baby’s cot, sleeping bag and a few toys last and set them up first in the new place. For the first few days, keep the daily rhythm and bedtime routine as ordinary as you can, boxes or no boxes. Among everything new, you and those familiar things are what your baby holds on to. A few unsettled nights after a move are normal.

own-language-songs =
    .title = Sing in your own language
    .body = Is more than one language spoken in your home, or did you grow up with another one? Sing a song from your own childhood today, in that language, with the actions that go with it. In the language of your childhood you often sound warmest and most natural, and your baby hears that. Hearing several languages is fine for a baby. Ask a grandparent or friend which songs they used to sing.

so-big-arms-up =
    .title = ‘How big is the baby?’
    .body = Play ‘How big is the baby? Sooo big!’ today, stretching your arms high in the air. Do it a few times with a big smile, then gently help your baby’s arms up. Around this age, copying becomes a new way of connecting: I do what you do. Not copying you yet? Your baby is most likely enjoying your face already; imitation often comes a little later.

floor-mirror-appear =
    .title = Who appears in the mirror?
    .body = Fix an unbreakable mirror firmly and low against the wall today, so your baby can crawl or shuffle up to it. Are they looking in? Pop up behind them in the mirror: ‘Hey, who’s that? Me!’ Disappear for a moment, then come back. Your baby sees you in the mirror, feels you close for real and gets to puzzle out how that works. Do they turn round to the real you? Clever!

sibling-tower-and-crawler =
    .title = When the baby topples the big one’s tower
    .body = Is your baby crawling straight for an older child’s block tower today? Acknowledge the big one first: ‘Oh no, you worked so hard on that.’ Give them a spot the baby can’t reach, like the table or behind the gate, and give the baby something of their own to knock over. When both children feel seen, sharing a room gets easier. Clashes are part of it.

fasting-parent-floor-play =
    .title = Fasting with a baby: play lying down
    .body = Fasting for Ramadan or another reason, and your energy drains away in the late afternoon? Choose play where you can lie down: on a rug on the floor, your baby clambering over you. Being close doesn’t cost energy. Ask someone else to take over the bath or the cooking, and go easy on yourself. Breastfeeding? Talk about fasting with the consultatiebureau (child health clinic) or your GP.

night-shift-breakfast-first =
    .title = After a night shift: breakfast together first
    .body = Working nights and getting home just as your baby wakes? Take ten minutes before you go to sleep: breakfast together at the table, with the same greeting every time: ‘Good morning, I’m home.’ Then someone else takes over and you go to bed. A small fixed moment keeps you a familiar face, even if you sleep the rest of the morning. Not possible today? It works in the afternoon too, once you’re up.

hospital-stay-fixed-point =
    .title = A hospital stay: you’re the fixed point
    .body = Does your baby need to stay in hospital? Ask if you can sleep there and be present for examinations, and bring their own sleeping bag and a familiar song. Say beforehand what’s going to happen: ‘The nurse is coming now, I’m holding you.’ Among strange faces and sounds, your closeness is the safest thing your baby has. Take turns with someone if you can; you need to eat and sleep too.

car-seat-protest-name-it =
    .title = Furious in the car seat
    .body = Does your baby arch their back and cry today as you buckle them into the car seat? A baby who has just learned to move often hates being strapped in. Say what you see: ‘You don’t want to be strapped in, you want to crawl. I get it.’ Buckle up calmly anyway, because safety comes first. A regular car song or a toy that only lives in the car may make the next trip easier.

bite-or-hair-pull-calm-ouch =
    .title = Biting or pulling your hair
    .body = Does your baby bite your shoulder today, or yank hard at your hair or glasses? They’re not trying to hurt you: it’s curiosity, or teeth on the way. Say calmly and clearly ‘Ouch, that hurts’, let your face show it, and gently free yourself. Put your baby down beside you for a moment, then reconnect. Shouting gives a baby a fright; a calm ‘ouch’ is enough.

redirect-not-scold =
    .title = Not the cable? Offer something else
    .body = Does your baby keep heading for the cable, the plant or the cat’s litter tray today? Lift them away calmly, say briefly ‘That’s not for you’ and straight away offer something else: ‘But this spoon is!’ Use the same calm tone every time. Your baby doesn’t understand the rule yet, but does learn that your response is predictable and kind. Ten times a day? That’s how it goes at this age.

stuck-standing-call =
    .title = Standing works, sitting down doesn’t yet
    .body = Does your baby pull up on the sofa or the cot bars, then call out because getting back down doesn’t work yet? Go over and help calmly: bend the knees together, ‘And sit… plop!’ Come each time they ask, even in the middle of the night. Your baby learns: when I’m stuck, someone comes. Now is the time to lower the cot base to its lowest setting. Once sitting down works, the calling eases.

bubbles-wait-for-more =
    .title = Bubbles: wait for ‘again!’
    .body = Blow a few soap bubbles for your baby today, holding the pot yourself. Blow them above your baby, not into their face, and watch them float and pop together. Then stop and wait: does your baby ask for more, with a sound, waving arms or a look at the pot? ‘Again? Here they come!’ Your baby discovers that their own signal makes something happen. Looking away? Then that’s enough for now.
