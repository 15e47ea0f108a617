cuddly-toy-may-join-the-bed =
    .title = Now the cuddly toy may come to bed
    .body = Is your child one year old or more? Then a small, soft cuddly toy may go to bed with them, without loose eyes or long ribbons; a pillow or duvet isn’t needed yet. Let your child choose it and give it a place in the bedtime routine: ‘Teddy’s going to sleep too.’ That way your child has something familiar to hold at night when you’re not there. Not interested? Fine: not every child wants one.

a-taste-from-your-plate =
    .title = A taste from your plate
    .body = Is your toddler eating more and more of the family meal? Today, offer a bite from your own plate, and taste it yourself first where they can see: ‘Mmm, rice and spinach.’ Children read from your face whether food can be trusted, and eating what you eat feels like belonging. Set your child’s portion aside before lots of salt or hot spices go in. Quarter round things like grapes lengthwise.

drink-cup-within-reach =
    .title = Thirsty? A cup within reach
    .body = Does your child point at the tap or call out ‘drink!’? Today, put their own cup of water with a lid in a fixed, low spot, say on a stool in the living room, and let them fetch it themselves. Your child feels what they need and can do something about it, with you close by if it doesn’t work. That little ‘I can do it myself’ does a toddler good. Rather drink together? That’s fine too.

jab-in-the-second-year =
    .title = A jab in the second year: be honest
    .body = Is a jab coming up at the consultatiebureau (child health clinic)? Your child understands more now than you might think. On the day, tell them briefly and honestly: ‘You’re getting a little jab. It hurts for a moment, and I’ll hold you.’ Don’t promise it won’t hurt. Bring the cuddly toy and comfort for as long as needed. Your child learns that your words hold true.

hair-wash-look-at-the-ceiling =
    .title = Hair washing: your child says ‘now!’
    .body = Does your child cry at hair washing? Hand them control of the moment: ‘You tell me when the water can come.’ Really wait for that ‘now!’ or a nod, then rinse quickly. A cheerful picture on the ceiling helps their head tip back by itself, so less water runs into their eyes. Someone who gets to decide when the scary bit happens copes better. In the bath, always keep a hand on your child.

bedtime-bottle-before-brushing =
    .title = The evening bottle, before brushing teeth
    .body = Does your child fall asleep with a bottle of milk in bed? From today, move the bottle to the sofa: drinking together on your lap, then brushing teeth, then bed. After brushing, only water; that’s better for their teeth. The cuddle with the bottle stays, only the place changes. Protests on the first evenings? Then stay with your child in bed for a little longer.

back-teeth-coming-through =
    .title = Back teeth coming: chewing hurts
    .body = Has your child suddenly stopped chewing on a bread crust, with their hands going to their mouth all the time? Back teeth may be coming through. For a few days, offer softer food such as porridge, yoghurt or banana, and a cold (not frozen) flannel to bite on. Say what you see: ‘Your mouth hurts, doesn’t it?’ Eating less on days like these is fine. Unsure about pain relief? Ask your GP (huisarts).

food-on-the-floor-means-done =
    .title = Food on the floor? Maybe they’re done
    .body = Is your toddler throwing food off the plate halfway through the meal, or just smearing it around? Often that means: I’ve had enough. Ask: ‘Are you finished? Then the plate goes away.’ Take the plate calmly, without a cross voice, and let your child out of the chair. That way they notice their signal gets through. Later they learn to say or sign ‘finished’, and the throwing eases.

stomach-bug-night =
    .title = Sick in the night: comfort first
    .body = Has your child woken in the night after being sick? That’s frightening for a little one. Pick them up first and say calmly: ‘You’ve been sick. That’s horrid. I’m here.’ The bed can wait. In the hours after, offer small sips often. Is your child drinking poorly, weeing much less, or very drowsy? Call your GP (huisarts), or at night the out-of-hours GP (huisartsenpost).

undressing-is-the-new-skill =
    .title = Socks off, everywhere? A new skill
    .body = Does your toddler keep pulling off socks, shoes or hat, even in the car or out on the street? That’s a new skill, and your child is proud of it. Give it a moment of its own today: before the bath, everything may come off by themselves, to your applause. Outside, say kindly: ‘Shoes stay on. At home you can take them off.’ Undressing usually comes well before dressing; that’s how it goes.

short-bedtime-on-a-tired-night =
    .title = Exhausted? The short bedtime routine will do
    .body = Are you worn out tonight, and dreading the whole routine? Do the same steps in the same order, only shorter: one page instead of the whole book, one verse of the song, a quick ‘Sleep well, see you in the morning.’ Your child recognises the order, and that’s where the calm is, not in the length. A short evening isn’t a failed evening; tomorrow it can be longer again.

coughing-night-upright =
    .title = A coughing night: upright in your arms
    .body = Is your child coughing at night and waking again and again? Lift them up, hold them upright against you and talk softly: ‘You have to cough, don’t you. I’m holding you.’ Breathing calmly against you helps your child settle. Then back to bed. A barking cough, wheezing, or is breathing hard work? Call your GP (huisarts), or at night the out-of-hours GP (huisartsenpost).

painting-lotion-after-the-bath =
    .title = After the bath: lotion as painting
    .body = Won’t your toddler lie still for a massage after the bath any more? Turn it into painting. If you like, put a little unscented lotion or oil on your finger, never nut or olive oil, and ‘paint’ their arms and tummy together: ‘A stripe on your knee!’ Then let your child paint your hand. Touch doesn’t have to be still and solemn. Is your child running off? Then the painting is finished.

second-wind-at-bedtime =
    .title = Suddenly wild just before bedtime
    .body = Is your child suddenly racing round the room in the evening, laughing over the top or tripping more often? It looks like energy, but is often overtiredness. Tomorrow, start the bedtime routine a quarter of an hour earlier, dim the lights in good time and choose quiet play. A toddler can’t yet feel well when they’re tired; you read it from the first yawn or the rubbing of eyes.

clamped-mouth-teddy-brushes-first =
    .title = Mouth clamped shut? Teddy first
    .body = Does your child press their lips tight as soon as the toothbrush appears? First brush a cuddly toy’s teeth, with lots of noise: ‘Brrr, brrr, top, bottom.’ Then let your child brush teddy’s, and then it’s your child’s turn. Count out loud to ten for each side, so your child knows when it stops. An ending you can see coming makes keeping still easier. Only half worked today? Try again tomorrow.

still-breastfeeding-your-own-pace =
    .title = Still breastfeeding after the first birthday?
    .body = Still breastfeeding, and hearing ‘Still?’ How long you carry on is for you and your child to decide; there’s no age at which it must stop. A friendly ‘It suits us’ is enough. Want to cut down yourself? That’s fine too, at your own pace. Unsure about feeding, or want help with stopping? The consultatiebureau (child health clinic) will gladly think along.

not-everything-is-teething =
    .title = Not everything is the teeth
    .body = Has your child been grizzly for days, and does everyone say it’s the back teeth? Look a little further today. A fever, pulling at an ear, drinking poorly, or not themselves? Then call your GP (huisarts), or evenings and weekends the out-of-hours GP (huisartsenpost). Teething often makes a child unsettled, but not really ill. You know your child best; call even if it’s just a gut feeling.

no-more-one-more-bite =
    .title = No more ‘just one more bite’
    .body = Do meals often end in bargaining: one more bite, then you get pudding? Try a different split today: you decide what comes to the table and when, your child decides how much of it they eat. Serve small portions; more is always possible. Then your child doesn’t have to fight to listen to their own tummy. Worried about growth or weight? Talk it over at the consultatiebureau (child health clinic).

chickenpox-itch-stay-close =
    .title = Chickenpox: itchy, and you close by
    .body = Has your child got chickenpox and keeps scratching? Cut their nails short, choose loose cotton clothes and dab itchy spots with a cool, wet flannel. A book on your lap gives their hands something else to do. Itching makes a child grumpy; your calm attention helps. Very ill or drowsy, or a spot red, warm and sore? Call your GP (huisarts), evenings the out-of-hours GP (huisartsenpost).

head-shoulders-knees-drying-off =
    .title = Drying off to ‘Head, shoulders, knees and toes’
    .body = Today, dry your child after the bath to ‘Head, shoulders, knees and toes’: at each word, pat that part with the towel. Slowly first, then faster, and very softly at the end. Song and touch together turn a chore into a game, and meanwhile your child gets to know their body. Is your child already pointing to a knee before you get there? Then let them set the pace.

wide-awake-at-three-am =
    .title = Wide awake at three in the morning
    .body = Is your child lying happily awake for an hour in the middle of the night, ready to play? Stay nearby, but keep it boring: little light, a soft voice, no toys or screens. Sit by the bed with your eyes half closed if you need to. Your child isn’t alone, and still picks up that night is for resting. Night-time parties like this usually pass by themselves.

light-evenings-or-clock-change =
    .title = Light evenings, or the clocks changing?
    .body = Are the clocks about to change, or is it still light when your child goes to bed? Shift the bedtime routine by ten minutes a day over a few days, rather than a whole hour at once. In summer, hang something dark over the window so the bedroom feels the way it always does. A few days of early waking or trouble dropping off are part of it. The familiar routine simply moves along.

cuddly-toy-lost =
    .title = The cuddly toy is lost
    .body = Has the cuddly toy gone missing, on the bus, at Grandma’s or somewhere at home? Take the sadness seriously: ‘You miss Teddy. That’s really sad.’ Search together and call where you’ve been. Teddy still missing at bedtime? Be honest: ‘We haven’t found Teddy yet. Tonight I’ll stay a bit longer.’ And do. If he’s gone for good, let your child pick a new one; it takes a while to become familiar.

toddler-in-your-bed-at-night =
    .title = In your bed at night
    .body = Does your child come to your bed at night, or do you bring them in because it settles everyone faster? Sleeping close doesn’t spoil a child, but be careful: never if an adult in that bed has drunk alcohol, taken drugs or sleeping pills, or smokes, and never together on a sofa. No gap by the wall, no way to fall out, not under your pillow or duvet. Too cramped? A mattress by your bed is close too.

medicine-without-tricks =
    .title = Taking medicine, without tricks
    .body = Does your child need medicine from the GP, and the mouth clamps shut? Be honest about the taste: ‘It’s a bit yucky, and it helps you get better.’ Give your toddler a choice: ‘Will you push the syringe, or shall I?’ Helping makes it less of an ambush. Never call medicine sweets, and put it away high and closed afterwards. Spat it all out? Don’t give more on your own; ask your GP (huisarts).

set-snack-times =
    .title = Set snack times, hungry at meals
    .body = Does your child nibble all day long and eat hardly anything at dinner? Choose fixed moments for a snack today, for instance mid-morning and mid-afternoon, and eat it together, sitting at the table. In between, there’s water. A toddler who knows when food is coming doesn’t have to keep asking, and comes to the table hungry. Eating while sitting down is also safer than walking around with food.

nap-only-in-the-buggy =
    .title = Does your child only nap in the buggy?
    .body = Does your child only fall asleep during the day in the buggy or the car, and not in bed? For now, that’s no problem. Make it a regular walk, same time, same route, and afterwards let your child sleep on where they are, with you nearby. Trying the bed can come later. Use the walk for yourself too: fresh air and a moment with nothing to do.

hot-night-feel-the-neck =
    .title = A hot night: feel the back of the neck
    .body = Is your child tossing and turning on a hot summer night and waking sweaty? Feel the back of their neck or their back; cool hands tell you little. Choose a thin sleeping bag or just a vest, keep the curtains shut by day and open a window in the evening. Offer water and wipe a lukewarm flannel over arms and legs. Your child can’t yet say they’re too hot; you read it from their body.

hiding-to-poo =
    .title = Hiding to do a poo
    .body = Does your child creep behind the curtain or into a corner to do a poo, red in the face? That’s a lovely sign: your child can feel what their body is doing. Leave them be for a moment, then simply say: ‘You’ve done a poo, haven’t you? Come on, a clean nappy.’ No disgusted faces; your child notices how you talk about their body. The potty comes later; the feeling has begun.

eating-from-a-shared-dish =
    .title = Eating together from one dish
    .body = Does your family like to eat from a shared dish, with bread or with your hands? Let your child simply join in today: a piece of bread to dip, a corner of the dish that’s theirs. Eating the way you eat at home lets your child feel they belong, at the table and in the family. Keep hot dishes out of reach, and taste first to check it isn’t too hot or too spicy.

dinner-falls-apart-eat-earlier =
    .title = Dinner ending in tears? Eat earlier
    .body = Is your child crying, throwing or slumping at the table every evening? Often dinner simply comes too late for a tired little body. This week, try eating earlier, or give your child a small warm plate around five o’clock and let them join you later with something small. A rested toddler eats more calmly and enjoys being together more. It needn’t be like this every day; see what suits your family.

showering-together =
    .title = A shower together instead of a bath
    .body = No bath at home, or only a shower on holiday? Shower together: lukewarm water with a gentle spray, your child on a non-slip mat at your feet. Let them hold the shower head for a moment and aim it at your legs. Exciting water becomes a game with you. Your child doesn’t want to? Start with just hands and feet, with you beside them. Always feel the water temperature yourself first.

fever-night-mattress-beside-them =
    .title = A fever night: sleep close to your child
    .body = Does your child have a fever and keep waking up crying at night? For a night or two, put a mattress next to your child’s bed, or move their cot into your room. Then you’re there at once, without crossing the house, and your child hears you breathing. Offer drinks often. Very ill, drowsy, drinking poorly, or are you worried? Call your GP (huisarts), or at night the out-of-hours GP (huisartsenpost).

following-you-to-the-toilet =
    .title = Your child follows you to the toilet
    .body = Does your child trail after you when you go to the toilet? If you’re comfortable with it, let them watch and calmly say what you’re doing: ‘I’m weeing on the toilet. Now paper, flush, wash hands.’ Step by step, your child learns what happens on the toilet, without any pressure. Too private for you? Then say kindly: ‘I’m on the toilet for a moment, I’ll be right back.’ Both are fine.

from-high-chair-to-a-big-chair =
    .title = From high chair to a big chair
    .body = Does your child refuse the high chair and want to sit at the table ‘just like you’? See whether a booster seat with a strap fits on an ordinary chair, so your child sits safely at the right height. Let your child help push the chair up to the table. A place of their own at the big table makes many toddlers proud, and often calmer too. Back to the high chair after all? Also fine.

suddenly-picky-one-safe-food =
    .title = Suddenly picky? Add one familiar food
    .body = Does your child suddenly refuse foods they used to love? That’s common in the second year, and it usually passes. Today, always put something on the plate your child nearly always eats, like bread or rice, with a little of the new food beside it. Keep offering the new food, without comment; your child may leave it. Worried about growth? Ask the consultatiebureau (child health clinic).

clinic-visit-wont-perform =
    .title = Won’t join in at the clinic?
    .body = Does your child refuse to stack blocks or say a word at the consultatiebureau (child health clinic), though they do it at home? Quite normal: a strange room and strange questions make many toddlers quiet. Describe what you see at home, or show a short video; that counts just as much. Your child needn’t ‘perform’. Afterwards, say something kind: ‘That was exciting, wasn’t it? You could just watch.’

stopping-night-feeds-another-carer =
    .title = Stopping night feeds: someone else goes
    .body = Want to stop the breast or bottle at night? For a while, let someone else your child knows well go at night: your partner if you have one, or a grandparent staying a few nights. They comfort with their arms and a soft song, and give water if needed. Your child will probably protest: they miss something lovely. Keep comforting, at your own pace. Someone still comes.

a-bad-dream =
    .title = Woken by a bad dream
    .body = Does your child wake crying in the night, as if they dreamt something scary? Go quickly, pick them up or rest a hand on their back, and say: ‘You had a fright. You’re in your own bed, and I’m here.’ Safe, seen and soothed: nothing more is needed now. Explaining can wait. Switch on a soft light if it helps, and stay until your child is breathing calmly again.

picky-eater-helps-prepare =
    .title = Picky eater? Let them help in the kitchen
    .body = Does your child eat almost nothing new? Today, let them help with something that will come to the table: washing cherry tomatoes, tearing lettuce, tipping peas into the pan. Offer a piece to smell or taste, without it being a must. What your child has had in their own hands looks less strange on the plate. And being in the kitchen together is simply nice. Knives and hot pans stay with you.

washing-the-cuddly-toy =
    .title = The cuddly toy needs a wash
    .body = Is the cuddly toy really dirty and due for a wash? Do it during the day, not just before bed, and let your child watch: ‘Teddy’s having a bath.’ Sit in front of the machine together, or hang Teddy on the line together. A clean cuddly toy suddenly smells different, and that can unsettle a child. Hold it against you for a while, or keep it by your pillow for a night, and it smells familiar again.

body-curiosity-in-the-bath =
    .title = Curious about their own body
    .body = Does your child touch their penis or vulva in the bath or during a nappy change? That’s ordinary curiosity, like playing with toes or ears. React calmly and call body parts by their names, the way you say ‘knee’ or ‘nose’. Your child learns that nothing about their body is dirty or secret. Questions about it? The consultatiebureau (child health clinic) hears them more often than you’d think.

evening-at-the-huisartsenpost =
    .title = To the out-of-hours GP in the evening
    .body = Does your child need the huisartsenpost (out-of-hours GP) one evening, after a fall or with a high fever? Phone first; if you’re asked to come in, bring the cuddly toy, a nappy and a drink. Pyjamas are fine. Keep your child on your lap, talk calmly and say what’s happening: ‘The doctor’s looking in your ear.’ Your calm is the most familiar thing your child has now. At home: a cuddle for you both.

dummy-only-in-bed-for-now =
    .title = Cutting down the dummy: only in bed, for now
    .body = Does your child often have a dummy in during the day, and would you like less? Start small: from now on the dummy lives by the bed. Put a little box there and let your child drop it in each morning: ‘Dummy’s resting till tonight.’ By day, comfort with your arms, a song or the cuddly toy. In bed the dummy is fine, without a cord or clip. Bad day? Try again tomorrow. Stopping fully comes later.

lying-beside-them-until-asleep =
    .title = Do you stay until your child sleeps?
    .body = Do you lie or sit with your child every evening until they’re asleep? That’s fine, if it feels right to you. Want to change it? Go in small steps: first your hand on their back, after a few evenings sitting by the bed, later by the door. Keep humming, so your child hears that you’re there. Is your child truly upset? Move a step closer again. You’ll find the pace together.

brushing-side-by-side-at-the-mirror =
    .title = Brushing teeth side by side at the mirror
    .body = Does your child want to brush their teeth ‘by myself!’? Stand them on a sturdy step at the mirror, next to you, each with your own brush. Brush at the same time and pull silly brushing faces at each other in the mirror. Your child brushes first, then you go over them briefly: ‘Now I’ll make them shine.’ Alone and together go fine side by side. Stay with them while they’re on the step.

late-nap-late-bedtime =
    .title = Late nap, battle at bedtime?
    .body = Does your child nap until four or five in the afternoon, then lie awake for ages at night? This week, put the nap a little earlier, soon after lunch, or wake your child gently when they’ve slept a long time: curtains open, your voice, a slow wake-up on your lap. Then your child will be tired again at the usual time in the evening. Every child has their own rhythm; see what suits yours.

scared-to-poo-after-it-hurt =
    .title = Scared to poo because it hurt
    .body = Does your child squeeze their bottom, go up on tiptoe or crawl away crying when a poo is coming? Often a hard poo hurt before, and now they’re scared. Say what you see: ‘You’re scared it will hurt again. I’m staying with you.’ Offer plenty of water, fruit and vegetables, with no hurry or pressure. Does it carry on, do you see blood, or is there a lot of tummy ache? Ask your GP (huisarts).

telling-you-after-a-wee =
    .title = ‘Wee!’ Your child tells you
    .body = Does your child point at their nappy, or say ‘wee’ or ‘poo’ after it has already happened? Thank them: ‘Good that you told me! Come on, let’s get a clean nappy.’ This is a first little step: your child notices what their body does and shares it with you. It doesn’t have to come beforehand yet, and there’s no need for a potty yet. Above all, show that telling you is always welcome.

bath-too-exciting-move-it =
    .title = Does the bath wake your child up?
    .body = Does the bath mostly make your child wild and splashy, and then take ages to fall asleep? Then the bath doesn’t have to be part of the bedtime routine. Move it to the afternoon or the weekend, and keep the evening calm with brushing teeth, pyjamas and a song. For one child a bath brings calm, for another it brings energy. You can see what it does for yours.

afraid-of-the-dark =
    .title = Afraid of the dark
    .body = Does your child suddenly not want to lie in the dark, or point fearfully at a shadow? Look round the bedroom together in daylight: the coat on the door, the lamp, the curtains. In the evening, switch the light off and on again: ‘Look, it’s just your coat.’ A small, soft night light is fine. Take the fear seriously, even if you know nothing’s there. With you beside them, the dark shrinks.

last-breastfeed-mixed-feelings =
    .title = The last feed: relief and missing it
    .body = Is breastfeeding nearly over, or was today the last time? Many parents feel relief and sadness at once, sometimes a hormonal dip too. All of that is allowed. Make it a small moment: a photo, a few words to your child, or just a long time together on the sofa. The closeness doesn’t stop, it takes a new shape. Feeling low for weeks? Talk to your GP (huisarts).

small-operation-day =
    .title = A small operation: you go along
    .body = Is your child having a small operation, on the ears for instance? Ask the hospital whether you can stay until your child is asleep and be there when they wake. No eating allowed that morning? Keep food out of sight and offer distraction and your lap. Bring the cuddly toy and their own blanket. Your child needn’t understand what’s happening; your face as they drift off and wake up says enough.

scooping-their-own-food =
    .title = Serving themselves
    .body = Today, put a small bowl with a spoon in front of your child, say with rice or peas, and let them scoop some onto their own plate. It’s slow and some lands beside it; that’s part of it. A toddler who gets to manage something at the table feels big and taken seriously. Say what you see: ‘You served yourself!’ Hot pans and dishes stay with you.

no-nap-today-quiet-hour =
    .title = No nap today? A quiet hour instead
    .body = Is your child not sleeping today, however hard you try? Keep the nap time anyway, as a quiet hour: together on the sofa or the bed, curtains half closed, a book or soft music. Many children still need a nap in the second year, but it doesn’t work every day. A calm hour with you recharges too. Then put your child to bed a little earlier tonight.

hair-brushing-without-a-battle =
    .title = Brushing hair without tears
    .body = Is brushing hair a fight every morning? Try doing it after the bath, when the hair is wet and soft, or dampen the tangles a little first. Sit your child on your lap with a book, or give them their own brush to hold. Hold a lock above the tangle so it doesn’t pull on the scalp, and brush in small bits from the bottom up. Really not working? Then slightly messy hair is fine for today.

only-one-parent-at-night =
    .title = At night, only one parent will do
    .body = Do two of you share the nights, and does your child call for only one of you, crying harder when the other comes? Very common. Agree who goes when. Whoever goes says briefly where the other one is, and: ‘I’m here, I’m staying with you.’ Stay calm and warm, even if your child protests at first. Your child learns that comfort can come from both of you. And one of you finally sleeps through.

nappy-free-time =
    .title = A little time without a nappy
    .body = Warm weather, or a warm room? Let your child play without a nappy for a while today, somewhere a puddle doesn’t matter: in the garden, in the bathroom or on an old towel. That way your child notices what happens when they wee: ‘Look, you’re weeing!’ No expectations or practising, just discovering. A puddle on the floor? ‘Oops, let’s mop that up.’ That’s all it takes.

climbing-out-of-the-cot =
    .title = Climbing out of the cot?
    .body = Is your child hooking a leg over the side of the cot, or suddenly standing next to your bed? Then it’s time for a low bed or a mattress on the floor, so a fall isn’t from high up. Make the room safe and put a gate in the doorway or at the stairs. Take the cuddly toy, the sleeping bag and the usual routine along to the new bed. Everything new, except what gives your child something to hold on to.

one-more-drink-at-bedtime =
    .title = Calling out again and again after tuck-in
    .body = Does your child keep calling after you’ve tucked them in: drink, wee, another kiss? Tonight, make those things part of the routine: a cup of water by the bed, a last cuddle at the door. If a call still comes, answer briefly and the same way each time: ‘You’ve got water, you’ve got Teddy. I’m close by. Sleep well.’ Your child isn’t alone, and the evening doesn’t become endless.

along-to-your-dentist =
    .title = Along to your dentist
    .body = Going to the dentist for your own check-up? Take your child along if you can, and let them watch from your lap or beside you. Show that it’s ordinary to you, and afterwards let your child sit in the big chair for a moment and open wide: ‘Aaah!’ That way the dentist becomes a familiar place, with you there. Ask straight away when your child can come for their own first visit.

screaming-but-not-awake =
    .title = Screaming in their sleep, but not awake
    .body = Is your child sitting up screaming at night, eyes open, yet doesn’t seem to see you and won’t be comforted? Sometimes a child isn’t really awake then. Don’t wake them; stay close, make sure they can’t bump into anything, and talk softly. It’s often over within a few minutes, and your child goes back to sleep without remembering it. Happening often, or are you worried? Ask your GP (huisarts).

potty-as-a-chair-first =
    .title = A potty to just sit on, for now
    .body = No potty in the house yet? Put one in the bathroom or living room today, and let your child do whatever they like with it: sit on it with clothes on, sit teddy on it, read a book next to it. That way your child gets used to the thing itself, with nothing expected. Likes sitting on it while you brush your teeth? Nice, together. Nothing needs to go in it yet.

bedtime-like-a-frog =
    .title = Off to bed like a frog
    .body = Does your child shout ‘no!’ as soon as it’s bedtime? Turn the way to bed into a game: hop to the bedroom like frogs, fly there like a plane in your arms, or ride on your back like a pony. Bedtime stays bedtime; only the way there gets to be funny. Your child gets fun and attention, and nobody is dragged. Not in the mood for games tonight? Then just carry your child calmly to bed.

potty-readiness-signs =
    .title = Potty training? Watch your own child
    .body = Wondering whether it’s time for the potty yet? Around the second birthday lots of children still wear nappies, and that’s normal. Watch your own child: does the nappy stay dry for longer, do they tell you they need to go, do they want to sit on the potty? Then you can start calmly. Not seeing that yet? Then simply wait a while. Pressure often makes it harder.

first-nights-in-a-big-bed =
    .title = The first nights in a big bed
    .body = Has your child just moved to a big bed, and keeps turning up beside it or out on the landing? Take them back calmly, each time with the same short sentence: ‘It’s night-time. Back to bed, I’ll tuck you in.’ No cross voice, no long talk. For the first few evenings, sit by the door a little longer. The new bed becomes a fixed place, and you the steady voice that goes with it.

sick-but-restless-quiet-basket =
    .title = Ill but restless? A basket of quiet things
    .body = Is your child ill at home, too tired to play but too restless to lie still? Fill a basket with quiet things: a few books, a soft ball, stickers, an old photo album. Make a nest on the sofa beside you and bring out one thing at a time. The poorly little body gets rest, with you close by. Drinking poorly or getting drowsier? Call your GP (huisarts) or the out-of-hours GP (huisartsenpost).

own-room-play-there-first =
    .title = A room of their own? Play there first
    .body = Is your child moving from your bedroom to a room of their own? Make the new room familiar in daytime first: play there together, read a book on the floor, let your child choose where Teddy sits. Start with the naps there, and bring the usual bedtime routine along. A room where you’ve laughed together feels less strange at night. A few restless nights at first? That’s part of settling in.

first-wee-in-the-potty =
    .title = A first wee in the potty
    .body = Has your child done a wee in the potty for the first time, perhaps by accident? Share the surprise: ‘Hey, that’s your wee! In the potty!’ Keep it small: no big party, no reward, no ‘Every time now, OK?’ That way it stays your child’s own thing, not something they have to do for you. Back to a nappy tomorrow? Also fine: learning to use the potty goes in fits and starts.

show-me-where-it-hurts =
    .title = Where does it hurt? Show me
    .body = Is your child grizzly or weepy, and you don’t know why? Ask: ‘Does something hurt? Show me.’ Touch gently and name: ‘Your ear? Your tummy? Your mouth?’ A toddler can often point better than say, and learns that you want to know. Remember where they point; it helps the GP. Pain that goes on, unusual crying, or a fever? Call your GP (huisarts) or the out-of-hours GP (huisartsenpost).
