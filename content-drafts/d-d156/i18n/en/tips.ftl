# Daily tips (batch d-d156): .title at most 60 characters, .body at most 400.

sitting-against-you-on-the-floor =
    .title = Your legs as an armchair
    .body = Is your baby still wobbly sitting up? Today, sit on the floor with your legs in a V and sit your baby between them, back against your tummy. Put a toy just within reach. With your body as a backrest, your baby dares to lean forward and look around. If they topple, catch them calmly: “Oops, I’ve got you.” Tomorrow, put the toy a little further away.

pram-nap-wake-up-to-your-face =
    .title = Waking up in the pram? Show your face first
    .body = Has your baby fallen asleep in the pram? When they start to stir or squeak, stop and lean over the pram: “Hey, are you awake? I’m here.” Waking under a hood, with everything gliding past and nobody in sight, can give a baby quite a fright. A familiar face first makes it gentler. Tears anyway? Lift your baby out for a cuddle.

squeal-and-whisper-game =
    .title = A squealer? Whisper back
    .body = Is your baby discovering everything their voice can do today: squealing, crowing, growling? Join in first, then turn it into a loud-and-soft game. When your baby squeals, whisper back; wait and watch them listen. A softer sound may come back. That way making sounds becomes something you do together, taking turns. And if your baby squeals on the bus later? You’ll have your whispered answer ready.

nails-in-small-rounds =
    .title = Trimming tiny nails: not all in one go
    .body = Do your baby’s nails need trimming, but they keep pulling their hand away? Pick a calm moment, such as during a feed or just after they’ve dropped off, and use baby scissors or a file. Hum softly, one finger per line. If your baby pulls back, stop and do the rest later: that way care stays a calm moment together, not a battle. Five today and five tomorrow still gets it done.

rolled-off-comfort-first =
    .title = Rolled off the sofa or bed? Comfort comes first
    .body = Did your baby roll off the sofa, bed or changing table today, just as you looked away? It happens to lots of parents, especially now babies start rolling unexpectedly. Comfort first: the guilt can wait, it’s your arms they need. Worried, or is your baby not their usual self? Call your GP or the out-of-hours GP (huisartsenpost). From now on, play on the floor, and keep a hand on them when changing.

touched-out-take-a-break =
    .title = Touched out today? Take fifteen minutes of space
    .body = Has there been a baby on you all day, hands in your face and hair, and now you long for no one to touch you for a while? Lots of parents know that feeling, and it doesn’t mean you love your baby any less. Hand your baby to someone else for fifteen minutes, or lay them safely on a mat beside you, and have a drink with no little hands. With some space, closeness feels good again.

weather-massage-on-the-back =
    .title = A weather report on the back
    .body = Won’t your baby lie still for a massage any more, now that rolling is far more fun? Then massage their back while they sit upright against you on your lap, simply over their vest. Make it a weather report: tapping fingertips (“It’s raining!”), long strokes (“The wind is blowing”), warm still hands (“The sun’s out”). That keeps calm touch part of your day. Baby wants to go? Then the weather’s over.

little-hands-on-your-face =
    .title = Let your baby explore your face
    .body = Is your baby grabbing your nose, mouth or glasses today? Hold your face still for a moment and let those hands explore. Softly name what they touch: “That’s my nose. And here’s my chin.” Your face is the most interesting thing in the house to your baby, and all this touching is a way of coming close. Then touch your baby’s nose: “And this is your nose!”

money-post-opened-together =
    .title = Money worries? Don’t open the post alone
    .body = Leaving envelopes unopened because money is tight? Open them today with someone you trust. Your gemeente (municipality; in Belgium the OCMW) can often help for free with money worries and debts; the consultatiebureau (child health clinic) can point the way. Money stress eats patience and energy your baby needs too, so seeking help is caring for your baby. No shame: it happens to many families.

a-familiar-book-in-the-bag =
    .title = A familiar book in the nappy bag
    .body = Today, pop a sturdy book you often read at home into the nappy bag. Bring it out when things drag on or feel exciting: in the waiting room, on the train or at relatives’. Read it with the same voices as at home. In a strange place, the familiar pictures and your reading voice are a little piece of home. Does everything go in the mouth? Choose board or cloth that can take it.

missing-your-old-life =
    .title = Missing your old life sometimes? That’s allowed
    .body = Do you sometimes miss life before the baby: lie-ins, going out on a whim, your work, time to yourself? Quite normal, even if you adore your baby. Today, do one small thing from before, with or without your baby: your music up loud, a run, a call to a friend. Finding a bit of yourself leaves more joy to share. Low or empty for weeks? Tell your GP or the consultatiebureau (child health clinic).

milk-feed-stays-a-cuddle =
    .title = The milk feed is still a cuddle
    .body = Is your baby eating a few spoonfuls already? Then the breast or bottle feed may start to seem less important. Today, make one milk feed a deliberately quiet cuddle: in your arm, close against you, the lights a little lower. The food is changing, but the closeness of drinking stays a source of calm. Only possible at the last feed of the day? Then that one is yours.

rowing-rhyme-on-your-lap =
    .title = Row the boat on your lap
    .body = Is your baby sitting facing you on your lap today, back against your raised knees? Take their hands and rock gently back and forth together to Row, Row, Row Your Boat or another rowing song. Make a bigger wave on the last line and come straight back. Your eyes meet with every wave, and you hold on: exciting and safe at once. Still wobbly? Hold their body, not their hands.

messy-hands-in-the-bowl =
    .title = Mess is allowed: hands in the bowl
    .body = Is your baby plunging their hands into the bowl of food today? Let them. Put an old cloth under the chair and don’t wipe their face after every bite. Feeling, squishing and smearing is how your baby discovers what food is, and that discovery is all their own. Clean up at the end, and say so first: “Now let’s wash your hands.” The floor wipes clean; the curiosity stays.

first-time-in-the-pool =
    .title = First time in the pool
    .body = Off to the pool with your baby today, or to a baby swimming class? Step into the water slowly with your baby upright against your chest, your face close, and keep hold of them the whole time. Echoes, people and water are a lot of new things at once; your body and voice are what’s familiar. Watch your baby, not the group. Shivering, looking away or crying means: out, and wrap them up warm.

cot-babble-answer-from-the-landing =
    .title = Babbling from the cot? Answer from afar
    .body = Is your baby lying awake in the morning, babbling in the cot? Today, call back from the landing: “Good morning, I can hear you, I’m coming!” And then really come. Your baby discovers that their voice reaches you, even when you can’t be seen yet. Tomorrow, try babbling back through the door and listen for an answer.

flying-with-your-baby =
    .title = Flying with your baby: you’re the piece of home
    .body = Flying soon, perhaps to see family? Hold your baby close during take-off and landing; many parents offer the breast, a bottle or a dummy then. During the flight, walk the aisle now and then with your baby on your arm. Everything sounds and smells different, but your body, voice and smell are the same as at home. Crying anyway? You only need to reassure your baby, not the whole plane.

two-babies-on-one-blanket =
    .title = Two babies on one blanket
    .body = Visiting someone with a baby of about the same age today? Lay or sit the two together on a blanket, each with their own parent just behind. Babies often find other babies fascinating: they stare, laugh, grab. Say what you see: “Look, Noor’s got socks too!” From the safe spot beside you, your baby gets to know another child. A hand reaching for eyes or hair? Gently guide it to a hand.

own-room-you-still-come =
    .title = A room of their own: you still come as fast
    .body = Has your baby recently moved into their own room? Today, make sure you can hear them well, with a baby monitor or a door left ajar, and go to them just as quickly as when the cot was beside you. Your baby learns that a wall in between changes nothing about who comes. Keep everything else about sleep the same: on their back, in a sleeping bag, no cuddly toys, pillows or cloths in the cot.

same-walk-same-stop =
    .title = The same walk with the same stop
    .body = Often out walking with your baby? Today, pick one fixed stop on your usual route: the ducks at the pond, the big tree, the baker’s on the corner. Stop there every time, say the same little phrase, “Hello, ducks!”, and look together for a moment. A fixed point makes the walk predictable, and what your baby can expect feels safe. After a while they may start kicking just before the corner.

spat-out-try-again-another-day =
    .title = Spat it out? Another chance another day
    .body = Does today’s new food come straight back out, or are the lips clamped shut? Say lightly, “Not today, then”, and clear it away, without forcing or grumbling. Lots of babies need to taste something new many times before they like it, and a relaxed table matters more than an empty bowl. Offer it again in a few days. Worried about eating or growth? Ask the consultatiebureau (child health clinic).

grass-under-bare-feet =
    .title = Grass under bare feet for the first time
    .body = Dry and not too cold? Sit your baby on a blanket at the edge of the grass, take their socks off and let feet or hands feel the grass. With something new, your baby often looks at your face first. Show you enjoy it: “Tickly? Have a feel!” Your relaxed face tells your baby it’s safe. Watch what goes in the mouth. Feet pulled back? Try again tomorrow, or with sand.

give-and-take-thank-you =
    .title = Give and take: “For me? Thank you!”
    .body = Is your baby passing a toy from one hand to the other today? Hold your open hand alongside: “For me?” If they manage to let go, say a delighted “Thank you!” and hand it straight back. Giving, getting and giving again is a first back-and-forth with objects, and your baby discovers: what I do makes something happen. Not letting go yet? Turn it round: you give, your baby takes.

phone-call-baby-on-your-lap =
    .title = A call to make? Tell your baby, then come back
    .body = Need to make a call today while your baby wants you? Take them on your lap or put them where they can see you, and say it first: “I’m making a call, then I’m all yours again.” Keep a hand on your baby. Afterwards, really put the phone away: “There, I’m back.” Your baby learns that your attention can go away for a bit and come back. Grizzling during the call? Perfectly normal.

photos-of-the-first-weeks =
    .title = Look through the photos of the first weeks together
    .body = Today, with your baby on your lap, get out the photos from the first weeks. Tell the story: “Look how tiny you were. You held my finger so tightly.” Your baby doesn’t understand the words yet, but hears your warm voice and sees your face. And you see how much you’ve already been through together, the hard days too. Was the start difficult? Tell it as it was; it’s part of your story.

light-spot-on-the-wall =
    .title = A spot of light that vanishes and comes back
    .body = Sun through the window, or a torch to hand? Use a small mirror or the torch to make a spot of light dance on the wall, never in your baby’s eyes. “Where’s the light? There!” Hide it behind your hand for a moment and let it reappear. Through play your baby learns that what’s gone can come back, and that you bring it back. Baby looking at you instead of the light? Best turn of all.

sitting-up-roll-a-ball =
    .title = Sitting up? Sit face to face
    .body = Can your baby sit alone for a little while, with cushions around for when they topple? Today, sit opposite them on the floor, your feet almost touching theirs, and roll a soft ball slowly towards them. If they grab it or push it back, cheer. Sending something back and forth at the same eye level is a new kind of playing together. If they tip over: a quick comfort and back up again.

twenty-minutes-as-a-couple =
    .title = Twenty minutes together, no nappy talk
    .body = Raising your baby with a partner? Plan twenty minutes for the two of you this week, while your baby sleeps or is with someone you trust: tea on the sofa, a walk round the block. Don’t talk about sleep, food or chores for once. Parents who feel backed up by each other often have more patience left for their child. On your own? Plan those twenty minutes with a good friend or family member.

visiting-a-great-grandparent =
    .title = Visiting a great-grandparent
    .body = Taking your baby to see a great-grandparent or another elderly relative today? Keep your baby on your lap, close to them, and let an old hand gently touch a little hand. Sing a song together that everyone knows. Watch your baby: a strange room, new smells and a new face are a lot at once; when your baby looks away or squirms, that’s enough. A short visit that feels good is a gift for everyone.

blanket-tent-for-two =
    .title = A sheet tent for the two of you
    .body = Rainy day indoors? Drape a sheet over two chairs or the table and crawl under together, your baby beside you on a blanket or on your lap. The light goes soft, sounds go muffled, the world shrinks to just you two. Sing softly, or lift a corner: “Who’s in there? You!” A den of your own shows your baby you’re fully there, no phone, no rush. It’s for playing; sleep stays in their own cot.

after-an-argument-in-earshot =
    .title = Argued while your baby was there?
    .body = Were there harsh words today between you and another adult, with your baby nearby? Babies hear the tension in voices, even without understanding a word. Afterwards, pick your baby up calmly and speak softly: “That was a loud voice, wasn’t it? It’s all right now.” If you can, let them see you being friendly with each other again. Not feeling safe at home? Talk to your GP.

say-whats-on-the-spoon =
    .title = Say what’s on the spoon
    .body = Is your baby having a few spoonfuls today? Say what’s on the spoon while they look, smell and taste: “This is banana. Soft and sweet.” Or: “Warm, let’s blow on it.” Talk in whichever language comes easiest to you; at home that can be your own. Your baby hears the word just as they taste the thing, and that’s how words get meaning. Eating too? Say what’s on your plate as well.

cautious-or-bold-own-style =
    .title = Cautious or bold: your baby has their own style
    .body = Watch today how your baby approaches something new: an unfamiliar toy, a dog, a new taste. Do they grab straight away, or look for a long, careful while first? Both are fine. Give a careful baby time, and keep a hand near a bold one. Say what you see: “You like a good look first, don’t you?” That way your baby feels seen, just as they are.

not-shy-knows-their-people =
    .title = Not shy: your baby knows their own people
    .body = Does your baby suddenly cry today with someone who could hold them easily before, an aunt or a neighbour? And does someone say “So shy!” or “Spoilt!”? Answer kindly: “Our baby knows very well now who their people are.” From around six months many babies grow wary of less familiar faces; it’s a step forward, not a character flaw. Your baby hears in your tone that they’re doing nothing wrong.

call-their-name-and-wait =
    .title = Call their name and wait for them to turn
    .body = Is your baby sitting and playing a little way from you today? Say their name cheerfully and wait. Many babies around this age start turning when they hear their name. If yours turns round, reward it with a big smile and “Yes, I mean you!” That way their name becomes a sound that means: someone wants to connect with me. Try to use it more often for nice things than for “no”.

stranger-leans-over-the-pram =
    .title = A stranger leans into the pram? Step in
    .body = Does a stranger lean over the pram today, in a shop or on the street, and your baby’s lip starts to wobble? Move beside the pram, put a hand on your baby and talk to them: “That lady thinks you’re lovely. I’m here.” You may kindly ask the other person to step back a little. Your baby learns that you keep watch when something feels scary, and your calm voice tells them it’s okay.
