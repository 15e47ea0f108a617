back-to-work-mixed-feelings =
    .title = Back at work: every feeling is allowed
    .body = Going back to work? Sadness at the goodbye, relief at your desk and guilt about that relief can all turn up on the same day, and that’s normal. Plan something small to look forward to tonight, like half an hour on the sofa with your baby. What your baby notices most is that you come back and are there. For many parents it gets lighter after a few weeks.

settling-in-do-the-care-there =
    .title = Settling in: care for your baby there yourself
    .body = Are you settling in at childcare or with a childminder (gastouder)? Give a bottle or change a nappy there yourself while the regular carer watches. They see how your baby likes to be held, and your baby sees you at ease in the new room. A little of your familiarity rubs off. Next time, swap roles: the carer does it and you watch.

arms-to-arms-handover =
    .title = Hand over from arms to arms
    .body = Taking your baby to childcare, the childminder or the grandparents today? Hand your baby straight into the other person’s arms, with a calm face and a friendly word to them. Your baby reads your face: if you’re at ease with this adult, it feels safer for your baby too. A lump in your throat? That’s allowed. Wave calmly; your own tears can come afterwards.

ten-spare-minutes-in-the-morning =
    .title = Ten spare minutes in the morning
    .body = On workdays, set your alarm ten minutes earlier, or lay out bags and clothes the night before. Not to do more, but to do things more calmly: dressing without a rush, sitting together for a moment before you leave. Babies pick up on hurry, and a calm start gives them something to hold on to all day. Running late anyway? One unhurried cuddle at the door is enough.

a-call-to-childcare-is-fine =
    .title = It’s fine to call childcare
    .body = In the first weeks, do your thoughts at work keep drifting to your baby? Ask childcare or the childminder whether you can ring, or get a message about how it’s going. That isn’t being a nuisance: they’re used to it, and a settled mind makes tomorrow’s goodbye calmer too. Hear that your baby cried for a bit and then played again? That’s exactly how settling in goes.

pumping-at-work-a-pause-for-you =
    .title = Pumping at work: a break that’s yours
    .body = Expressing milk at work? Find a quiet spot, turn off notifications and look at a photo or video of your baby for a moment. Many parents find it helps them relax, and in your thoughts you’re together for a while. Less milk than hoped, or pumping getting too much? Talk to the consultatiebureau (child health clinic). Feeding your baby in whatever way works is good enough.

cranky-evening-after-childcare =
    .title = Weepy after a childcare day? Keep the evening small
    .body = Is your baby weepy or clingy at home after a childcare day, even though it went well there? A day full of new faces and sounds is hard work for a baby, and with you that tiredness can come out. So keep the evening small: no visitors, simple food, lots of lap time, an early night if it helps. It says nothing bad about the childcare or about you. It often eases once the new rhythm feels ordinary.

ask-what-made-them-laugh =
    .title = At pick-up, ask: what made my baby laugh?
    .body = At pick-up today, don’t just ask how your baby slept and fed, but also what made them laugh. Then copy that game or sound at home. Home and childcare start to weave together a little, and your baby finds the same fun things in both places. Share what works at home too, so you build up a set of games you both know.

your-day-out-their-day-together =
    .title = Your day out, their day together
    .body = Does the other parent, or another regular carer, have a set day alone with your baby? Then really go out and don’t send instructions in between. Someone alone with a baby learns to read the signals fastest on their own. Their own way of comforting or playing isn’t a mistake but an extra bond for your baby. In the evening, ask with curiosity what they discovered together.

grandparent-care-three-agreements =
    .title = Grandparents babysitting? Agree on three things
    .body = Does a grandparent or another regular sitter look after your baby? Agree on three things and let the rest go. Sleep: on the back, in their own cot, with no cuddly toy, cloth or pillow in it. Comfort: picking up is always fine, it won’t spoil a baby. And a few fixed habits, like the sleep song. Beyond that, they can be loving in their own way.

sick-day-plan-familiar-face =
    .title = A plan for sick days, with a familiar face
    .body = Babies at childcare often catch colds or bugs in the early months, and sometimes can’t go in. Think now, on a calm day, about who could be with your baby then: you, another parent, or a grandparent or friend your baby already knows. A poorly baby mostly needs someone familiar. Have that person drop by now and then, so their face stays known.

laughed-out-loud-do-it-again =
    .title = A real laugh? Do it again
    .body = Did your baby laugh out loud today, at a raspberry on the tummy, a silly voice or a sudden ‘boo!’? Do it again, and again, pausing each time. Laughing together connects you, and your baby discovers that the two of you can make fun happen. Watch for the tipping point, though: hiccups, looking away or a laugh turning shrill mean it’s enough.

a-cold-or-fever-extra-close =
    .title = A cold or a fever: extra close
    .body = Does your baby have a cold or a fever? They often want to be carried more and sleep more restlessly. Give that closeness freely: comfort doesn’t cure, but it helps a baby through a rough day. Call your GP, or the huisartsenpost (out-of-hours GP service) in the evening and at weekends, if you’re worried, for example if your baby drinks poorly, is floppy, breathes with effort or cries differently.

weekend-needs-no-catching-up =
    .title = The weekend doesn’t have to make up for anything
    .body = Working during the week, and does the weekend feel like the time to make up for it all? No need. Your baby doesn’t need outings, just ordinary time with you: breakfast together, a walk, lying on the floor chatting. Cross one plan off the coming weekend and leave the space empty. Those slow hours are exactly where your bond grows, and you get to catch your breath too.

grabbing-hair-and-glasses =
    .title = Grabbing your hair or glasses?
    .body = Is your baby pulling at your hair, glasses or necklace today? That isn’t naughtiness: grabbing is new and exciting. Calmly peel the fingers loose, say ‘ow, that pulls’ in an even voice, and offer your finger or a toy instead. From your face and voice, your baby learns what grabbing does to someone else, without a fright. On busy days, tying your hair back helps too.

everything-goes-in-the-mouth =
    .title = Everything goes in the mouth: let them explore
    .body = Does everything your baby grabs go straight into their mouth? That’s how they explore the world: hard, soft, cold, bumpy. Today, offer a few clean, safe things, like a wooden ring or a flannel, and mostly just watch. Name what you see: ‘Oh, that one’s cold!’ Keep small things out of reach. Does your baby glance up at you in between? Then it’s a discovery you share.

a-book-to-chew-on =
    .title = A book can go in the mouth too
    .body = Does your baby grab at the book when you read? Choose a sturdy cloth or board book with bits to feel, and let your baby hold it, turn it and chew on it. Just say what there is to see, even if it’s only one page. At this age, reading is mostly holding something together and hearing your voice. Turned into wild grabbing? There’s another page tomorrow.

sing-in-your-own-language =
    .title = Sing in your own language
    .body = Do you speak a language other than Dutch at home, or several? Today, sing a song from your own childhood, in the language you were comforted in yourself. That’s where your voice sounds warmest and most natural, and that is the sound your baby takes in. More than one language at home is no problem for a baby. Forgotten the words? Ask your family.

dancing-with-baby-in-your-arms =
    .title = Dance with your baby in your arms
    .body = Put on some cheerful music you love today and dance round the room with your baby held snugly against you. Sway and turn gently to the beat, with no jolts and their head well supported. Your baby feels your joy in your body and your breathing. Glance at their face now and then: wide eyes and little laughs ask for more; turning away or startling ask for softer.

busy-shop-face-towards-you =
    .title = In the shop: your baby facing you
    .body = Is the supermarket or town busy today, with bright lights, music and crowds? Carry or push your baby so they can see you: in the carrier facing you, or in a pram turned towards you. When it all gets too much, your baby can then recover by looking at your face. Still too much? Wrap up and step outside; the rest can wait for another time.

party-break-before-the-tears =
    .title = At a party: a break before the tears
    .body = Going to a birthday party or a celebration? Take your baby to a quiet room or outside now and then, before any crying starts. Watch for the early signs: yawning, looking away, a tense little body or arching back and pushing away. A short break recharges your baby, who learns that you notice when it gets too much. Not enough? It’s fine to head home early.

translate-your-baby-for-visitors =
    .title = Translate your baby for visitors
    .body = Is family coming today who love holding your baby? Say out loud what you see, so they learn to read it too: ‘See how she’s yawning and looking away? She’s had enough for now.’ Or: ‘He’s looking for your face, talk to him.’ That way visitors really get to know your baby. Signals getting lost in the bustle? Kindly take your baby back for some quiet.

naps-when-the-world-is-too-fun =
    .title = Naps are tricky: the world is too much fun
    .body = Is your baby finding it harder to nap, because there’s something to see everywhere? Around this age, many babies become so curious that they run past their tiredness. Today, at the first yawn, put your baby down for a nap in a quiet, slightly dark room. With less going on, sleep comes more easily. Not working today? A stroll with the pram is fine too.

looking-around-during-a-feed =
    .title = Feeding and looking around at once
    .body = Does your baby keep pulling off during a feed to look at a noise, a sibling or the cat? That isn’t rejection: the world has suddenly become fascinating. Name it: ‘You heard the door, didn’t you?’ Let your baby look for a moment, then calmly offer again. If it happens a lot, feed somewhere quieter. Worried about feeding? Ask the consultatiebureau (child health clinic).

restless-nights-again-not-your-fault =
    .title = Restless nights again? Make a night plan
    .body = Had your baby just started sleeping a bit better, and now they wake more often at night again? Around this age, many babies’ sleep changes, because so much is new. It isn’t a step backwards or your fault. Today, make a plan for the coming nights: who gets up when, and who gets a lie-in on which morning? On your own? Ask someone to take over one morning. With a plan, the night feels less endless.

daylight-walk-after-a-broken-night =
    .title = After a broken night: go outside together
    .body = Was last night hard, and do you feel grey and short-tempered this morning? If you can, go outside today for a quarter of an hour with your baby in the carrier or pram. No goal, no errands: just walking, fresh air and daylight. Being outdoors softens many adults a little, and your baby enjoys looking around. This afternoon, do only what really has to be done.

rolled-over-and-stuck =
    .title = Rolled over and stuck? Wait a moment
    .body = Does your baby roll over and then lie grumbling on their tummy? Wait a moment before you help: lie down beside them, encourage them and see whether they keep trying themselves. Then simply help, without making a big thing of it. Your baby learns that having a go is allowed and that you’re there anyway. And now they can roll: always keep a hand on them on the changing table.

time-alone-with-the-eldest =
    .title = Time alone for the eldest
    .body = Has an older brother or sister been cross, weepy or unusually sweet since the baby arrived? Plan a quarter of an hour just for that child today, while the baby sleeps or is with someone else. Let them choose what you do, and say it: ‘This is our time.’ A child who feels seen has less need to fight for attention. Do it again tomorrow, ideally at a set time.

big-sibling-as-the-clown =
    .title = The big brother or sister as the clown
    .body = Give your older child a real role today: chief clown. Let them pull silly faces, play peekaboo or sing, and point out what the baby does back: ‘Look, she’s smiling at you!’ or ‘He’s looking away, let’s pause.’ Your eldest feels important and learns to read the baby’s signals. Do stay close, and only let them lift the baby with your help.

name-the-eldest-jealousy =
    .title = Jealous? Put the eldest’s feeling into words
    .body = Does your older child say the baby should go away, or pinch when no one’s looking? Say what you suspect, without a lecture: ‘Sometimes you hate how much attention the baby gets, don’t you?’ Being angry is allowed; hurting isn’t, so calmly move the baby away when needed. A child who hears their feeling named needs to act it out less. Jealousy mostly shows how much you matter.

fasting-plan-the-afternoon-dip =
    .title = Fasting with a baby: plan for the afternoon dip
    .body = Fasting during Ramadan while you look after your baby? The late afternoon is often hardest, with hunger, thirst and little patience. Plan the bath and shopping earlier in the day, and ask someone to take over your baby for the last hour before iftar. That keeps things calmer for you both. Breastfeeding? Talk to your GP about fasting first.

late-feast-bring-the-bedtime-steps =
    .title = A late celebration? Bring the bedtime ritual
    .body = Going to an iftar, a wedding or another family celebration that runs late? Bring the bedtime ritual along: their own sleeping bag, the same song, the same order as at home. Lay your baby on their back in a quiet room, in a safe sleeping place of their own, like a travel cot with nothing soft in it. Familiar steps make a strange place more familiar. Only sleeps once home? Fine too.

long-car-journey-cuddle-stops =
    .title = Long car journey: stop for cuddles
    .body = Driving a long way, to family or on holiday? Plan plenty of breaks and take your baby out of the car seat at every stop: cuddles, a stretch, a drink, silly faces. A car seat is safe, but also a bit lonely. Someone else driving? Sit in the back next to your baby. Driving alone? Talk or sing on the way; your voice on its own is already company.

holiday-explore-the-new-place-together =
    .title = On holiday: look around together first
    .body = Just arrived at a holiday home or with family abroad? Walk calmly through the new rooms with your baby on your arm and say what you see: ‘Here’s the window, and that’s where you’ll sleep.’ Keep the first day calm. Everything smells and sounds different, and you are the fixed point from which your baby takes in the new. Restless first nights are often part of it.

bath-together-skin-to-skin =
    .title = A bath together, skin to skin
    .body = Today, try getting into the bath together with your baby, in lukewarm water. If you can, ask another adult to hand your baby to you and take them back afterwards, so you can get in and out safely. Hold your baby against you, skin to skin, and let the water lap gently over their tummy. Your body is something to hold on to in all that water. Scary? Start with feet in the water.

sling-while-you-tidy =
    .title = In the sling while you tidy up
    .body = Does your baby want nothing but to be with you today, while the washing also needs doing? Carry them in a sling or carrier, high and close against you, with their face free and in view. Tell them what you’re doing: ‘Now we’re folding the socks.’ Your baby feels your warmth and movement, and your hands are free. Cooking or a hot drink? Put your baby down safely for that.

night-shift-morning-goodbye =
    .title = After a night shift: a set morning greeting
    .body = Do you work nights and get home just as your baby wakes up? Before you go to sleep, take five minutes for a set ritual: baby on your lap, a look into their eyes and always the same words, such as ‘Good morning, I’m off to sleep, see you later.’ Your coming and going stays predictable, even with your rhythm turned upside down. Then really sleep: rest is part of it.

parent-ill-lowest-gear =
    .title = Ill yourself? Put care in its lowest gear
    .body = Down with flu or feeling rotten, while your baby still needs looking after? Put everything in its lowest gear: feeds, nappies, and otherwise together on a mat on the floor, you lying beside your baby with a song. Do ask if someone can step in for a few hours. Getting drowsy? Then lay your baby on their back in their own cot, not with you on the sofa. A few bare-bones days do your bond no harm.

crying-in-public-turn-to-your-baby =
    .title = Crying on the bus? Look at your baby, not the room
    .body = Does your baby start crying hard on the bus, in a waiting room or at the till, with every eye on you? Turn towards your baby, drop your shoulders and talk softly, as if you were in a little bubble together. Your baby needs your calm now, not the approval of onlookers. Can’t soothe them straight away? That happens to everyone. Strangers’ looks are forgotten by tomorrow; that you stayed counts.

at-the-gp-on-your-lap =
    .title = At the GP: on your lap, keep talking
    .body = Does your baby need to see the GP today, for their ears or a cough, say? Ask if your baby can stay on your lap during the examination, and keep talking or humming softly. Say what’s happening: ‘The doctor is just looking in your ear.’ Your voice and arms make something strange easier to bear. Crying anyway? Comfort them fully afterwards; that’s part of it.

first-spoonfuls-face-to-face =
    .title = First spoonfuls: face to face
    .body = Is your baby starting on first tastes from a spoon? The consultatiebureau (child health clinic) can help you decide when. Sit opposite your baby at eye level and first let your face show how it tastes: ‘Mmm, carrot!’ Wait with the spoon until your baby opens their mouth. Eating then becomes a moment together, not just getting food in. Hardly any went down? For now, tasting counts, not how much.
