# Daily tips (batch d-d156): .title at most 60 characters, .body at most 400.

sitting-against-you-on-the-floor =
    .title = Your legs as an armchair
    .body = Is your baby still wobbly sitting up? Today, sit on the floor with your legs in a V and sit your baby between them, back against your tummy. Put a toy just within reach. With your body as a backrest, your baby dares to lean forward and look around. If they topple, catch them calmly: “Oops, I’ve got you.” Tomorrow, put the toy a little further away.

pram-seat-facing-you =
    .title = Turn the pram seat to face you
    .body = Can the seat of your pram or pushchair face both ways? Turn it so your baby faces you today for a walk down a busy street. When a horn sounds, a dog barks or a crowd passes, your baby can glance at your face and read there that all is well. Nod and smile when they look for you. Seat doesn’t turn? Stop now and then and lean in so they can see you.

babble-back-as-if-its-news =
    .title = Answer “ba-ba-ba” as if it’s big news
    .body = Is your baby babbling “ba-ba-ba” or “da-da” today? Look at them and reply as if you’re hearing big news: “Ba-ba? Really? Tell me more!” Then say the sound yourself and wait. Your baby discovers that their own sounds start a conversation, with you as the listener. Tomorrow, try a new sound like “ma-ma” or “boo-boo”, and listen for whether it comes back.

teething-cool-ring-and-a-lap =
    .title = Teething? A cool ring and your lap
    .body = Lots of drool, chewing on everything, and grizzly? Teeth may be on their way. Today, offer a teething ring that has been in the fridge, not the freezer, and take your baby onto your lap more often than usual. Pain is easier to bear when someone bears it with you. If you’re unsure, or your baby has a fever or is drinking poorly, ask your GP or the consultatiebureau (child health clinic).

toys-from-the-kitchen-drawer =
    .title = The best toys cost nothing
    .body = Feeling pressure to buy expensive things? Today, give your baby a wooden spoon, a plastic tub and a clean sock, and sit down with them. Babies this age explore everything with hands and mouth, and the best part is still your face joining in: “Bang, on the tub!” What your baby gains most from isn’t the toy but you beside it. Just check that nothing is small enough to fit in their mouth.

short-fuse-day-go-outside =
    .title = Short on patience today? Go outside
    .body = Noticing your fuse is short today and everything grates? Put coats on you both and go for a walk, with the pram or a sling. Fresh air, movement and something else to look at often take the edge off, for you and your baby alike. You don’t need to solve anything, just get out of the door. Back home and it’s still too much? Ask someone to take over for a while.

raspberry-on-the-tummy =
    .title = A raspberry on the tummy
    .body = Is your baby lying with a bare tummy on the changing mat or bed today, your hand close by? Blow a soft raspberry on their belly and wait. Lots of babies this age shriek with laughter, and laughing together with touch like this releases oxytocin, the bonding hormone, in you both. If they pull up their legs or look away, that’s enough. A squeal or a grab at your hair means: again!

first-taste-face-to-face =
    .title = The first taste: your face helps
    .body = Is your baby having their first taste of food today or soon? Choose a calm moment when they’re not starving or tired, and sit face to face. If they pull a face, smile kindly and say: “That’s new, isn’t it? What can you taste?” Faced with something strange, your baby looks at your face, and a relaxed look says: this is safe. A few licks is plenty for a first time.

little-hands-on-your-face =
    .title = Let your baby explore your face
    .body = Is your baby grabbing your nose, mouth or glasses today? Hold your face still for a moment and let those hands explore. Softly name what they touch: “That’s my nose. And here’s my chin.” Your face is the most interesting thing in the house to your baby, and all this touching is a way of coming close. If they tug your hair or an earring, calmly guide the little hand to your cheek.

money-post-opened-together =
    .title = Money worries? Don’t open the post alone
    .body = Leaving envelopes unopened because money is tight? Today, open them with someone you trust. Your gemeente (local council) often offers free help with money worries and debts, and the consultatiebureau (child health clinic) can point the way. Money stress eats the patience your baby needs from you, so seeking help is caring for them too. No need for shame: it happens to many families.

board-book-in-the-mouth =
    .title = Book in the mouth? Keep reading anyway
    .body = Does your baby grab the book today and put it straight in their mouth? That’s part of this age: it’s how they explore everything. Choose a sturdy board or cloth book, let them hold it, and simply talk about whichever picture happens to be facing up. It’s your voice and sitting close together that count, not finishing the story. Three pages, or one, is fine.

wait-for-the-open-mouth =
    .title = Wait with the spoon until the mouth opens
    .body = Spoon-feeding today? Hold the spoon in front of your baby’s mouth and wait until they lean in and open up, rather than slipping it in. If their head turns away or the mouth closes, that’s it for now. That way your baby feels listened to, at the table too. You decide what and when; your baby decides how much.

short-supermarket-trip =
    .title = Shopping with your baby: short, and at a good time
    .body = Taking your baby to the supermarket today? Go when they’re rested and fed, and keep the list short. Bright lights, music, beeping tills and crowds are a lot at once for a baby. Talk to them softly between the shelves. If they start to fuss, head for a quiet aisle for a cuddle first; the last thing on the list can wait until tomorrow.

milk-feed-stays-a-cuddle =
    .title = The milk feed is still a cuddle
    .body = Is your baby eating a few spoonfuls already? Then the breast or bottle feed may start to seem less important. Today, make one milk feed a deliberately quiet cuddle: in your arm, close against you, the lights a little lower. The food is changing, but the closeness of drinking stays a source of calm. Too distracted by everything around to drink? Find a quieter spot.

splash-song-in-the-bath =
    .title = A splashing song in the bath
    .body = Is your baby sitting in the bath today, with your hand firmly at their back? Sing a short song and gently splash with your free hand at the end of each verse, always at the same point in the song. A song with a splash in a fixed place becomes a game your baby learns to anticipate, and knowing what’s coming feels safe. Never leave your baby alone in the bath, not even for a moment.

messy-hands-in-the-bowl =
    .title = Mess is allowed: hands in the bowl
    .body = Is your baby plunging their hands into the bowl of food today? Let them. Put an old cloth or newspaper under the chair and don’t wipe their face after every bite. Feeling, squishing and smearing is how your baby discovers what food is, and that discovery is all their own. Clean up at the end, and say so first: “Now let’s wash your hands.” The floor wipes clean; the curiosity stays.

first-time-in-the-pool =
    .title = First time in the pool
    .body = Off to the pool with your baby today, or to a baby swimming class? Step into the water slowly with your baby upright against your chest, your face close, and keep hold of them the whole time. Echoes, people and water are a lot of new things at once; your body and voice are what’s familiar. Watch your baby, not the group. Shivering, looking away or crying means: out, and wrap them up warm.

cot-babble-answer-from-the-landing =
    .title = Babbling from the cot? Answer from afar
    .body = Is your baby lying awake in the morning, babbling in the cot? Today, call back from the landing: “Good morning, I can hear you, I’m coming!” And then really come. Your baby discovers that their voice reaches you, even when you can’t be seen yet. Tomorrow, try babbling back through the door and listen for an answer.

cuddle-stops-on-a-long-drive =
    .title = Long car journey? Plan cuddle stops
    .body = Driving a long way today, to family or on holiday? Plan regular stops where your baby comes out of the car seat: upright against you, looking around, a feed or just a cuddle. Being strapped in for ages with you out of sight is hard going for a baby, and a break like this recharges them. While the car is moving, your baby stays in the seat; sing or talk from where you sit.

other-carer-does-it-differently =
    .title = A different way can be a good way
    .body = Does your partner, or whoever else often cares for your baby, do things differently from you today: another song, another hold, wilder play? Watch, and keep the correction to yourself for now. A baby easily gets used to two ways, and that person’s own style becomes the hallmark of their bond. Only step in for anything unsafe. Afterwards, try asking: “What works best for you?”

own-room-you-still-come =
    .title = A room of their own: you still come as fast
    .body = Has your baby recently moved into their own room? Today, make sure you can hear them well, with a baby monitor or a door left ajar, and go to them just as quickly as when the cot was beside you. Your baby learns that a wall in between changes nothing about who comes. Keep everything else about sleep the same: on their back, in a sleeping bag, no cuddly toys, pillows or cloths in the cot.

high-chair-at-the-family-table =
    .title = The high chair at the family table
    .body = Today, put the high chair at the dining table, in among everyone else rather than in front of the TV or in a corner, and do up the straps. Even if your baby eats only a few spoonfuls or just waves a spoon around, they belong: faces to watch, voices, someone answering now and then. At the table your baby experiences that eating is something we do together. A spoon of their own makes it complete.

video-call-with-family-far-away =
    .title = Family far away? A regular video call
    .body = Do grandparents or other loved ones live far away, perhaps in another country? Today, agree on a regular time for a video call, say every Sunday, with your baby on your lap. Ask them to sing the same song each time. That way a face and a voice stay a little familiar, even from a distance. At the next visit, your baby won’t have to start from scratch.

bitten-say-ouch-calmly =
    .title = Bitten? Say “ouch” calmly and pause
    .body = Does your baby bite down hard today on your finger, your shoulder, or during a breastfeed? Calmly say “Ouch, that hurts”, take away whatever is being bitten, then offer a teething ring. A shout or a jerk gives your baby a huge fright, when they don’t yet understand that biting hurts. A calm reaction that’s the same every time is much clearer. After a few seconds the cuddle or feed can carry on.

spat-out-try-again-another-day =
    .title = Spat it out? Another chance another day
    .body = Does today’s new food come straight back out, or are the lips clamped shut? Say lightly, “Not today, then”, and clear it away, without forcing or grumbling. Lots of babies need to taste something new many times before they like it, and a relaxed table matters more than an empty bowl. Offer it again in a few days. Worried about eating or growth? Ask the consultatiebureau (child health clinic).

clinic-check-hand-on-baby =
    .title = At the check-up: keep a hand on your baby
    .body = Is your baby going to the consultatiebureau (child health clinic) or the GP today? Around this age many babies become warier of unfamiliar hands. Ask whether your baby can be examined on your lap, or keep a hand on their tummy or leg and stay in view. Your touch and your face say: I’m here, this is all right. Afterwards, dressing and a cuddle first, your questions second.

give-and-take-thank-you =
    .title = Give and take: “For me? Thank you!”
    .body = Is your baby passing a toy from one hand to the other today? Hold your open hand alongside: “For me?” If they manage to let go, say a delighted “Thank you!” and hand it straight back. Giving, getting and giving again is a first back-and-forth with objects, and your baby discovers: what I do makes something happen. Not letting go yet? That comes in its own time.

grandparents-house-tour-first =
    .title = At the grandparents’: look around together first
    .body = Visiting grandparents or other family today? Don’t hand your baby over as soon as you arrive; first walk around with them on your arm: “Look, the clock. And there’s the window with the birds.” A strange house with new smells and sounds becomes less strange when your baby discovers it from safe arms. You’ll notice it when they look around with curiosity and go to others more easily afterwards.

strange-bed-same-bedtime =
    .title = A strange bed, the same bedtime
    .body = Is your baby sleeping somewhere else tonight, with family or on holiday? Bring their own sleeping bag and do bedtime exactly as at home: the same order, the same song, the same words. The room is new, but what you do is familiar, and that gives them something to hold on to. Lay them on their back in their own travel cot or cot, with no pillow, cuddly toy or duvet. A restless night is normal.

favourite-parent-helps-the-other-in =
    .title = The favourite right now? Help the other in
    .body = Does your baby want only you today and cry with your partner or another regular carer? Hand them over in a cheerful voice and use the name: “Look, here’s Sam!” Your baby reads from your face whether that other person is safe. Stay close for a moment, then leave the room so the other can comfort in peace. A preference is allowed; with your trust alongside, that other bond grows too.

sitting-up-roll-a-ball =
    .title = Sitting up? Sit face to face
    .body = Can your baby sit alone for a little while, with cushions around for when they topple? Today, sit opposite them on the floor, your feet almost touching theirs, and roll a soft ball slowly towards them. If they grab it or push it back, cheer. Sending something back and forth at the same eye level is a new kind of playing together. If they tip over: a quick comfort and back up again.

big-sibling-makes-baby-laugh =
    .title = A big brother or sister makes the baby laugh
    .body = Does your baby have an older brother or sister? Today, watch for the moment the baby laughs or squeals at them, and say it out loud: “Did you see that? The baby’s laughing at you!” Older children often mostly notice what the baby takes away: your time. This way your older child hears that they’re seen too, and how much they mean to the baby. Tomorrow, give them a job, like shaking the rattle.

a-cold-more-lap-less-plan =
    .title = A cold? More lap, less plan
    .body = Is your baby snuffly, grizzly and under the weather today? Cancel what can wait and offer more lap, more carrying, and short extra feeds if they ask. A poorly baby often suddenly wants to be very close again, and that’s just right: closeness helps them through a rotten day. Fever, drinking poorly, or you’re worried? Call your GP, or out of hours the huisartsenpost (out-of-hours GP service).

hospital-visit-stay-close =
    .title = Off to hospital? Stay as close as you can
    .body = Does your baby have to go to hospital, for a test or a stay? Ask whether you can stay with them, during injections and examinations too, and whether you can sleep there at night. Bring their own sleeping bag and your usual song. Strange hands, sounds and pain are easier to bear with a familiar face close by. Can’t be there all the time? Take turns with another regular carer.

after-an-argument-in-earshot =
    .title = Argued while your baby was there?
    .body = Were there harsh words today between you and another adult, with your baby nearby? Babies hear the tension in voices, even without understanding a word. Afterwards, pick your baby up calmly and speak softly: “That was a loud voice, wasn’t it? It’s all right now.” If you can, let them see you being friendly with each other again. Not feeling safe at home? Talk to your GP.

food-words-in-your-own-language =
    .title = Name the food in your own language
    .body = Do you speak a language other than Dutch at home? At the table today, tell your baby in your own language what’s on the spoon, how it smells and whether it’s warm. Talk to your baby in the language you feel most at home in: that’s where your voice sounds warmest and the words come by themselves. Your baby will learn Dutch too, from others and later at childcare or school. Singing counts too.

cautious-or-bold-own-style =
    .title = Cautious or bold: your baby has their own style
    .body = Watch today how your baby approaches something new: an unfamiliar toy, a dog, a new taste. Do they grab straight away, or look for a long, careful while first? Both are fine. Give a careful baby time, and keep a hand near a bold one. Say what you see: “You like a good look first, don’t you?” That way your baby feels seen as they are, not as some other child.

not-shy-knows-their-people =
    .title = Not shy, just clever
    .body = Does your baby suddenly cry today with someone who could hold them easily before, an aunt or a neighbour? And does someone say “So shy!” or “Spoilt!”? Answer kindly: “Our baby knows very well now who their people are.” From around six months many babies grow wary of less familiar faces; it’s a step forward, not a character flaw. Your baby hears in your tone that they’re doing nothing wrong.

call-their-name-and-wait =
    .title = Call their name and wait for them to turn
    .body = Is your baby sitting and playing a little way from you today? Say their name cheerfully and wait. Many babies around this age start turning when they hear their name. If yours turns round, reward it with a big smile and “Yes, I mean you!” That way their name becomes a sound that means: someone wants to connect with me. Try to use it more often for nice things than for “no”.

stranger-leans-over-the-pram =
    .title = A stranger leans into the pram? Step in
    .body = Does a stranger lean over the pram today, in a shop or on the street, and your baby’s lip starts to wobble? Move beside the pram, put a hand on your baby and talk to them: “That lady thinks you’re lovely. I’m here.” You may kindly ask the other person to step back a little. Your baby learns that you keep watch when something feels scary, and your calm voice tells them it’s okay.
