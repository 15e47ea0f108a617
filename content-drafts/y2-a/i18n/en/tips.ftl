wobbly-walker-sits-down-look-first =
    .title = Down on their bottom? Look at their face first
    .body = Is your little one taking first steps and plopping down on their bottom again and again? Wait a moment before calling “Oops!” or rushing over, and look at their face. Often your child looks at you first, to see how bad it is. A calm, friendly face says: you can handle this. Scrambling back up? Give a proud nod. Real tears? Then you’re there straight away.

through-the-tunnel-you-at-the-end =
    .title = Through the tunnel: you wait at the end
    .body = Is there a crawl tunnel at the playground, or can you build one at home from chairs and a blanket? Let your toddler crawl in at one end while you wait at the other, crouching, face in the opening: “Where are you? … There you are!” A moment alone in the dark, then your face at the end: going away and finding each other, in miniature. Stuck halfway? Talk softly through the opening.

walking-the-last-stretch-yourself =
    .title = The last stretch on their own two feet
    .body = Does your toddler want out of the buggy, but the whole way is still too far to walk? Agree on a fixed stretch they walk themselves, holding your hand: from the corner to the front door, or through the park to the baker’s. Choose a quiet stretch without a busy crossing. Walking beside you feels big and safe at once. Tired? Back into the buggy; tomorrow, another stretch.

family-pet-walks-away-read-it =
    .title = The cat or dog walks off? See what it’s saying
    .body = Does your toddler keep going after the cat or dog, even when it walks away? Watch together and say what the animal shows: “The cat’s walking off, tail swishing. She’s had enough.” Sit on the floor together and wait for the animal to come and sniff; then a hand may stroke its back. Your child discovers that others have feelings too, and sometimes say no. Never leave a toddler alone with a pet.

bump-on-the-head-comfort-first =
    .title = A bump on the head? Comfort first, then keep watch
    .body = Did your toddler bang their head on the table edge or fall on the pavement? Pick them up and comfort them first, calmly: “Ouch, your head. I’ve got you.” Then keep a close eye on them for the next day and night. Drowsy, vomiting, or not their usual self? Call your GP (huisarts), or in the evening and at weekends the huisartsenpost (out-of-hours GP service). Doubt is reason enough.

the-big-cardboard-box =
    .title = A big box beats any toy
    .body = Had a parcel delivered? Keep the big box, take off any staples and tape, and put it open on the floor. Wait and see what your toddler does with it: climbing in, hiding, pushing, drumming on it. You don’t need to think of anything; watch, and join in when you’re invited. A box can be anything, and your child discovers that for themselves. Next week it may be a car.

walking-together-on-your-feet =
    .title = Walking together, on your feet
    .body = Stand your toddler, barefoot, on your bare feet, facing you, and hold both little hands firmly. Walk slowly round the room: big steps, small steps, and stop! “Step… step… and… freeze!” Your child feels your balance and rhythm, and looks up at your face. Moving together as one body brings both something to hold on to and giggles. Wants to get off? Then they walk on by themselves, beside you.

beach-the-sea-from-your-arms =
    .title = At the beach: the sea from your arms
    .body = Off to the beach? Many toddlers find sand under their feet and rolling waves strange at first. Carry your child to the water’s edge, let their toes feel the water, then walk back. Want to go in themselves? Hold a hand and stay within arm’s reach: near water, not a moment apart. Your arms make the big sea small enough. Not keen on the sand? A towel becomes their own little island.

lost-sight-of-you-in-the-shop =
    .title = Lost sight of you in the shop
    .body = Did your toddler wander round a shelf in the shop and suddenly couldn’t see you? Even if it lasted only a few seconds, for your child it was a real fright. Crouch down, take them in your arms and say what happened: “You couldn’t see me. That was scary. I’m here.” That’s how your child learns that a fright fades again. For the rest of the shop: hand in hand.

water-tub-on-the-balcony =
    .title = A tub of water on the balcony or in the garden
    .body = Warm enough? Put a tub with a little lukewarm water outside, with cups, a sieve and a spoon. Sit beside it and let your toddler pour, splash and fill. Water keeps children busy for a long time, with you close by. Stay right beside them the whole time, as a small child can drown even in shallow water, and empty the tub when you’re done.

puddles-in-wellies-together =
    .title = Rain? Wellies on, into the puddles
    .body = Raining, and does your toddler want to go out? Put on raincoats and wellies, yours too, and go puddle hunting together. Let your child stamp and jump, and join in yourself: a big splash from you is about the best thing a toddler can imagine. That way you share the fun, rather than only keeping them dry. Warm socks are waiting at home.

shape-sorter-as-a-hat =
    .title = The shape sorter as a hat? Fine
    .body = Is your toddler wearing the shape sorter as a hat, or building a tower out of train track? Let them. You don’t need to show how it’s ‘meant’ to go; your child is finding out everything a thing can do. Say what you see: “What a hat!” A child who may play their own way dares to try things and feels seen. The block through the hole will come, one day.

holiday-mark-your-own-spot =
    .title = On holiday: make your spot easy to spot
    .body = At a campsite or holiday park where all the tents or cabins look alike? Hang something recognisable at your spot together: a little flag, a windmill, a bright towel on the line. Each time you come back, ask: “Where’s our cabin? Can you see the flag?” and let your child point it out. In a strange place, your child then has one fixed point that’s yours. The flag can come home with you after.

stop-at-every-kerb =
    .title = At every kerb: stop
    .body = Is your toddler walking on the street more and more? Make every kerb a set moment, even in a quiet street: stop, hold hands, look left and right, and only then cross together. Use the same words each time: “Kerb. Stop. Look.” A toddler is a long way from judging traffic, but the habit is already growing. You keep hold of the hand.

their-scribble-up-on-the-wall =
    .title = Your child’s scribble, up on the wall
    .body = Does your toddler like scribbling with a chunky crayon yet? Tape a big sheet of paper to the table, sit with them and let them scribble. Then let your child choose where it hangs, at their height, and show it to whoever comes home: “Come and see what’s on the wall! Our little artist made it.” Your child feels: what I make matters. Crayon mostly going in the mouth? Try again in a few weeks.

not-careful-but-what-helps =
    .title = Not “Careful!”, but say what helps
    .body = Is your toddler climbing the climbing frame, the sofa or a low wall, and do you keep calling “Careful!”? Today, say what helps instead: “Put your foot on the step. Hold on with both hands.” Stand close without grabbing hold. “Careful” mostly makes a child unsure; concrete words give something to hold on to, and confidence. A “Careful!” slipped out? No matter, the next sentence helps.

you-are-the-climbing-frame =
    .title = You’re the climbing frame
    .body = Lie on the floor today and become a mountain: let your toddler clamber over you, sit on your tummy, slide off your knees. Keep your hands ready and say what you feel: “Oof, you’re so heavy!” Climbing on you brings touch and laughter at once, and your child tests their strength on someone they trust. Pulling your hair? “Ouch, gently,” and play on.

climb-as-high-as-they-get-alone =
    .title = As high as they get by themselves
    .body = Does your toddler want to go up a climbing frame that’s really still too high? Try not to lift them up. Let them climb as far as they get, with you below, hands close. A child who climbed up alone usually knows the way back down; a child you put up there ends up somewhere without that experience. Next week they may get a step higher, all by themselves.

open-field-you-walk-behind =
    .title = On a big open field: you walk behind
    .body = On a big field or in the dunes, far from traffic? Let your toddler lead the way, and walk a few metres behind. No calling or steering, just following. Your child picks the direction, looks back now and then and sees you every time. That’s how they find out: I may explore, and someone is watching out for me. Water, a cycle path or a dog in sight after all? Then walk beside them and take a hand.

im-coming-to-get-you-chase =
    .title = “I’m coming to get you!”
    .body = Does your toddler run off giggling, looking back to see if you’re coming? Play along, at home or on a safe patch of grass: “I’m coming to get you!”, with big, slow steps. Catch them, cuddle them, and let them go again. Running away and being caught is a game about leaving and coming back, with you as the happy ending. Near a road it’s not a game; there, you hold hands.

treasure-bag-for-the-walk =
    .title = A treasure bag for the walk
    .body = Does your toddler pick up every stone, leaf and twig along the way? Give them their own little bag or bucket for treasures today. At home, lay them out on the table together: “You found this stone by the bridge.” That way you’re saying: what matters to you is worth my attention. Small things easily end up in a little mouth, so keep watch and keep the bag with you.

toddler-wants-to-stroke-every-dog =
    .title = Wants to stroke every dog?
    .body = Does your toddler make a beeline for every dog? Take their hand and stop a few steps away. Ask the owner: “May my little one stroke him?” If yes, let the dog sniff the back of your child’s hand first, then stroke its back together, not its head. If no, simply wave: “Bye, dog!” Your child may be curious, with you as the one who says when it’s safe.

balancing-on-a-log-one-finger =
    .title = Balancing on a log: offer one finger
    .body = Does your toddler want to walk along a fallen tree in the woods, or a low wall? Don’t take their hand straight away; hold out one finger and let them choose whether to grab it. Walk alongside, your finger always close. Your child works out how much support they need, and you’re there when they wobble. Letting go halfway, then quickly grabbing again? Both are fine.

you-build-they-knock-down =
    .title = You build, your toddler knocks it down
    .body = Does your toddler knock down every tower you build? Make it a game today: build, wait for the “boom”, and act amazed: “Hey! All gone!” Then build again, as often as your child likes. Your child sets the game, and you keep sitting down for another round. That feels like: you’re playing my game. A block on top from your child afterwards? Then you’re building together.

ride-on-you-walk-alongside =
    .title = On the ride-on: you walk alongside
    .body = Is your toddler riding a ride-on car or a balance bike? Let them push with their feet and steer themselves, even when it’s slow or they keep bumping into the hedge. Walk alongside without pushing or pulling. Choose the park or a quiet pavement without driveways: a toddler can’t brake for a car yet. Getting along by themselves with you beside them feels big: I can do it, and you’re here.

busy-playground-quiet-corner =
    .title = Playground too busy? Find a quiet corner
    .body = Is the playground packed, with big kids running and shrieking, and does your toddler freeze? Walk together to a calmer spot: the sandpit at the edge, a bench with a view. From there your child can watch without standing in the middle of the bustle. Too much at once is hard work for a toddler. Or come back at a quieter time, such as early in the morning.

one-hand-on-the-buggy =
    .title = Hands full? One little hand on the buggy
    .body = Are your hands full with shopping or the buggy while your toddler walks beside you? Make a set spot on the buggy for their hand, with a ribbon tied on: “Your hand here, my hand there.” Practise on a quiet stretch first. That way you stay connected while your child walks by themselves. At a busy crossing, you still take their hand.

a-scare-at-the-road-calm-down-after =
    .title = A scare by the road: sit down together first
    .body = Did your toddler suddenly run for the road, and did you grab them back with a shout? That quick, loud reaction was right. Now you’re both shaking. Sit down together on a bench or low wall on the safe side, and hold your child close. Breathe out slowly a few times: your child feels your body settle and settles with it. Explaining can wait. Tonight, tell someone; that helps your fright fade too.

a-plaster-for-every-bump =
    .title = A plaster for every bump
    .body = Does your toddler want a plaster for every little knock, even when you can’t see a thing? Take the request seriously: look together, blow on it, and give a kiss or a plaster. “It hurt here, didn’t it?” For a toddler it’s less about the plaster than about someone who sees it hurts. Out of plasters, or already the fourth today? A kiss and a heart drawn in pen work just as well.

tea-at-your-toddlers =
    .title = Tea at your toddler’s
    .body = Is your toddler handing you an empty cup or a plate of ‘food’? Take it and play the guest: blow because it’s hot, slurp, “Mmm, lovely! Could I have some more?” Your child decides what gets poured. In this pretend play your child practises caring for someone else, and enjoys having you join in. Ten cups poured? Ten “thank you”s is exactly right.

teddy-comes-to-new-places =
    .title = Teddy comes along, and gets to settle in too
    .body = Going somewhere new, like a party or the dentist? Let your toddler bring their usual cuddly toy and include it: “Bear’s having a look around too. Does he find it exciting?” Through the toy your child can show how they feel, without it having to be about themselves. And something familiar in their arms makes a new place smaller. When you leave: “Bear, will you wave?”

only-your-lap-today =
    .title = Only your lap today? That’s fine too
    .body = Does your toddler usually race to the slide, but today stays on your lap? Maybe they’re tired, coming down with something, or something has changed at home. Don’t push: a child only goes exploring once they feel safe enough, and today that means staying close to you. Watch the others together and let them refuel. The slide will still be there tomorrow.

a-bit-of-boredom-is-fine =
    .title = Nothing to do for a bit? That’s allowed
    .body = Is your toddler drifting around, no game, no plan? You don’t have to come up with something straight away. Stay nearby, carry on with your own thing and say: “I’m here. What are you going to do?” A little boredom leaves room to invent something, and toddlers are often better at it than you’d think: a pan, a box, raindrops on the window. Really tired or sad? Then a lap is better.

scared-of-the-frame-after-a-fall =
    .title = After a fall: scared of the climbing frame
    .body = Did your toddler fall off the climbing frame, and now won’t go near it? Don’t say it was nothing, and don’t push either: “You fell there. Now it feels scary.” Next time, go and look at it together, with no need to climb. Maybe your child only wants the bottom step, with your hand there. Fear that’s seen often fades faster. The pace is your child’s.

pebbles-in-the-water-hand-on-coat =
    .title = Pebbles in the water, your hand on their coat
    .body = Does your toddler want to throw pebbles into the ditch, the pond or the canal? Lovely: plop, and rings on the water! Stand right next to your child at the edge and keep a hand on their coat or hood. A toddler can’t yet judge how close is too close, and a slip takes a second. Say it briefly: “By the water, I hold on to you.” That way you can both enjoy it.

mud-allowed-old-clothes =
    .title = Mud is allowed: old clothes on
    .body = Does your toddler want to dig in the mud or wet soil? Put on old clothes today that may get dirty, and let them squish, scoop and smear. Join in for a bit: hands in the mud, “Brr, cold and sticky!” A relaxed face from you says exploring is allowed, even when it gets messy. Hands out of the mouth, and wash them together afterwards. The washing machine does the rest.

road-of-tape-for-little-cars =
    .title = A road of tape on the floor
    .body = Does your toddler love little cars? Today, stick a road onto the floor with masking tape, with a bend and a car park, and lie down beside it yourself. Let your child drive wherever they like, even straight across the bend, and now and then follow their car with one of your own: “Beep beep!” Lying on the floor at eye level with your child says: I’m really here, with you.

dressing-up-in-your-shoes =
    .title = Shuffling round in your shoes
    .body = Is your toddler shuffling around in your shoes, with your scarf or cap? Play along, surprised: “Who’s this coming in? Oh, it’s you!” Put out a basket of old clothes, bags and hats, so dressing up can happen more often. Your child is trying out what it’s like to be someone else, preferably someone they admire: you. High heels and long scarves only with you around.

playing-doctors-after-a-visit =
    .title = Playing doctors after the doctor’s
    .body = Has your toddler been to the GP, the consultatiebureau (child health clinic) or hospital? Play it out at home with a cuddly toy: listening to its heart, sticking on a plaster, “Little prick, ouch!” Let your child be the doctor and you the worried parent of the bear. In play your child is in charge of what was scary, which helps them process it. Rather be the patient? Be a very gentle doctor.

toddler-plays-at-being-you =
    .title = Your toddler plays at being you
    .body = Is your toddler heading off ‘to work’ with a bag, cooking in a little pan or phoning on a block? Your child is playing at being you. Join in today with roles swapped: you’re the child. “I’m hungry! Can I sit on your lap?” Let your child look after you, comfort you or be strict, just like you. That’s how they practise being big. And you’ll hear which of your words have stuck.

playing-without-a-quiz =
    .title = Playing without a quiz
    .body = Do you often ask “What colour is this?” or “What does the cow say?” while you play? Leave those questions out today and just say what you see: “You’re putting the red one on the blue one!” Quizzing turns play into a test, with right and wrong. Describing says: I’m watching you. Your child still gets words, and more peace to play. Does your child ask “What’s that?” Then simply answer.

teddy-goes-away-and-comes-back =
    .title = Teddy goes away… and comes back
    .body = Today, act out a goodbye with a cuddly toy, using the words you say yourself when you leave: “Bye! I’ll be back after lunch.” Let Teddy wave and walk him off behind the sofa. A little later he comes back, delighted: “Here I am again!” That way the everyday goodbye becomes a story your child knows, with a good ending. Your child grabs Teddy? Then they take him away, and you wave.

on-your-backs-in-the-grass =
    .title = On your backs in the grass together
    .body = Dry and mild? Lie down on your backs in the grass together, in the park or the garden, and look up: clouds, a plane, leaves moving. Say little, point now and then: “There, a bird.” A quiet moment like this fills your child up as much as an outing. Up again after a minute? Then that minute was enough. Stay lying there a little longer yourself, if you can.

no-need-for-a-packed-week =
    .title = No need for a packed week
    .body = Is your week full of toddler swimming, music class, playdates and outings, because your child ought to be experiencing things? No need. For a toddler an ordinary day is already full of news: the washing, the bin lorry, the neighbour with the dog, and you alongside. Too much programme makes many children restless instead. Drop one appointment this week and see how that free morning goes.

absorbed-in-play-leave-them-be =
    .title = Completely absorbed? Leave them to it
    .body = Is your toddler completely absorbed in play, sorting stones or pouring water? Don’t interrupt with questions, praise or a better idea. Stay nearby and watch. Play this focused is hard work, and your calm presence makes it possible. Does your child look for your eyes? Nod or smile, and let them carry on. Dinner can often wait five minutes.

a-den-of-their-own =
    .title = A den of their own under the table
    .body = Does your toddler love crawling under the table or behind the sofa? Make it their own den: a sheet over the table, a cushion and a cuddly toy inside. This is your child’s place: knock before you come in, and leave if your child says “no”. A corner of their own where they’re the boss gives a toddler calm, and the feeling of being listened to. Invited in? Crawl inside.

dolly-goes-to-bed-their-way =
    .title = Dolly goes to bed, your toddler’s way
    .body = Is your toddler putting a doll or teddy to bed, with a blanket and “Sleep well”? Play along, but follow your child’s version: let them decide what the doll needs. Listen closely to what they say and do. You’ll often hear what your child finds important about going to sleep, like a night light or that one cuddly toy. Maybe you’ll borrow something from the game tomorrow night.

baby-bird-in-the-nest =
    .title = A little bird in the nest
    .body = Build a nest on the floor today from cushions and a blanket. Your toddler is the baby bird, and you’re the big bird flying to and fro with a pretend worm: “Tweet tweet, who’s hungry?” Then spread your arms like wings and tuck the little bird in. Being small and looked after for a while is a lovely way for a busy explorer to refuel. Your child wants to be the big bird next? Then you’re in the nest.

same-toys-different-room =
    .title = Same toys, different place
    .body = Is your toddler grizzly, and do the toys no longer do anything for them? Move the game: blocks into the hallway, cars onto the kitchen floor, a tub of spoons and cups onto the balcony. In a different place familiar things look new, and you don’t need to buy anything. You come along, with your coffee. Not working? Perhaps your child is tired, and your lap is best.

sock-puppet-that-asks =
    .title = A sock puppet that asks questions
    .body = Pull an old sock over your hand, draw two eyes on it and let the puppet talk in a funny voice: “Hello! What are you up to?” Many toddlers respond to a puppet quite differently than to you: they give it a kiss, a bite of food or a cross look. Let the puppet mostly listen and be amazed. Does your child want the puppet? Then you talk to the sock.

scared-of-the-lion =
    .title = You’re scared of the lion
    .body = Play today that your toddler is a lion or a dinosaur. Do they roar? Then jump in exaggerated fright and hide behind a cushion: “Help, a lion!” All day long a toddler is small among big people; in this game they get to be big and strong for once. Does your child suddenly look unsure? Come out laughing: “It’s just me, and you’re my lion.”

bye-slide-see-you-tomorrow =
    .title = Saying bye to the slide
    .body = Is leaving the playground a battle every time? Make it a fixed goodbye round: “Bye slide, bye swings, bye ducks. See you tomorrow!” Let your child wave or give the slide a little tap. A fixed ritual turns a sudden stop into an ending with a promise: it’ll still be there tomorrow. Protest is allowed too; you say “see you tomorrow” once more, and off you go.

people-watching-from-a-bench =
    .title = People-watching from a bench together
    .body = Sitting on a bench with your toddler, in the square or at the station? Watch who goes by and wonder out loud what’s going on inside them: “That man’s running. Does he want to catch the bus?” “That dog’s pulling on the lead. I bet he wants to go home.” Your child hears that everyone wants and feels things, even strangers. Your child points at someone? Make up a little story about them together.

out-with-a-torch =
    .title = Out with a torch
    .body = Getting dark early? Put your coats on and go outside together for a bit after dinner, with a torch your toddler holds. Shine it on a tree, a bike, the letterbox. The dark is exciting and a little scary; with your hand there, it becomes an adventure. Short is enough. Still light till late? Close the curtains at home and find the cuddly toys by torchlight.

the-same-horse-every-week =
    .title = The same horse every week
    .body = Is there a field with a horse, goats or ducks near you? Make it a regular walk, say on Saturday mornings. On the way, start telling: “We’re going to see the horse. Do you think he’ll be there?” An outing that keeps coming back gives your child something to look forward to, and something that holds. Horse not there one time? “He’s somewhere else. Next week again.”

bus-or-train-by-the-window =
    .title = On the bus or train: together by the window
    .body = Taking the bus or train with your toddler? Sit them on your lap or next to you by the window, and look out together: “Look, a bridge. Now we’re stopping.” Noises, doors and strangers are a lot at once; your arm around your child and your voice are the fixed point in a moving world. Getting off soon? Say so a stop ahead.

day-out-leave-on-a-high =
    .title = A day out: leave on a high
    .body = Off to the zoo, a theme park or a festival? For a toddler, a day like that is a storm of noise, people and new things. Watch for the first signs that it’s enough: rubbing eyes, flopping, whining, or getting wild instead. Then head home or to a quiet spot, even if you haven’t seen everything. A short outing that ends well beats a long one that ends in tears.

merry-go-round-wave-each-time =
    .title = On the merry-go-round: a wave every time round
    .body = Does your toddler want a go on the merry-go-round but not dare to go alone yet? Ride along the first time. If they want to go alone after that, stand in one spot where your child sees you every time round, and wave each time: “There you are again!” Away and back, and you’re there every time: practice in letting go. Looking frightened? Ask if it can stop.

hiding-in-the-shop-is-no-game =
    .title = Hiding in the shop isn’t a game
    .body = Does your toddler love hiding among the clothes racks, or running off giggling in the shop? At home, hide-and-seek is wonderful; away from home, it isn’t. Agree on it briefly beforehand: “In the shop, you stay with me. We do hiding at home.” And keep your word: really play hide-and-seek at home that afternoon. Your child doesn’t lose the game; it just gets its own place.

do-you-know-the-way =
    .title = “Do you know the way?”
    .body = Do you often walk the same route, to the playground or the baker’s? Ask on the way: “Do you know the way? Show me!” Follow your child at the turns, even when they go the wrong way, and walk on the road side yourself. Showing you the way gives a big feeling: I know my world, and you walk with me. Took a wrong turn? Then you find the way back together.

rolling-down-a-grassy-slope =
    .title = Rolling down a grassy slope together
    .body = Is there a gentle grassy slope or a dune in the park, with no bushes or water at the bottom? Lie down at the top and roll down together, your child right beside you. At the bottom: grass in your hair, laughter and a cuddle. A wild movement with you alongside is exciting and safe at once. Dizzy or upset? Sit together until the world stands still again.

carrying-everything-here-to-there =
    .title = Carrying everything from here to there
    .body = Does your toddler spend all day lugging things from one room to another, stuffing everything into bags and taking it out again? It looks pointless, but this is serious play: filling, carrying, emptying. Give your child a bag or basket of their own and let them get on with it. Ask: “What are you bringing me?” and accept the delivery. Lost your keys? Check the basket first.

painting-the-fence-with-water =
    .title = Painting the fence with water
    .body = Give your toddler a bucket of water and a big brush outside, and let them ‘paint’ the fence or the pavement. The water leaves dark patches that slowly vanish, so it can go on and on. Grab a brush yourself and ask: “Where shall I paint?” Your child is the boss of the job, and that feels big. Stay nearby, and empty the bucket afterwards.

your-toddler-directs-the-story =
    .title = Your toddler is the director
    .body = Is your toddler playing out a little story with figures, animals or cars? Today, ask at each step: “And what’s the cow going to do now?”, and do what your child says, even if it makes no sense. The cow flies? Then the cow flies. Your child notices that their ideas count and that you’re playing in their world. Not many words yet? Pointing and pushing are directions too.

pretend-to-sleep-be-woken =
    .title = Pretend to sleep, and be woken up
    .body = Lie down on the sofa or the floor, close your eyes and snore loudly. Does your toddler wake you, with a poke, a kiss or “Wake up!”? Jump awake and call out happily: “There you are!” And again. Away for a moment yet close by, with your child deciding when you come back: many toddlers could play this forever. And you get to lie down. Swapping works too: now your child sleeps and you wake them.

jump-and-i-will-catch-you =
    .title = “Jump, I’ll catch you!”
    .body = Does your toddler want to jump off a low wall or the edge of the sandpit? Stand right in front, arms open, and count together: “One, two… three!” Catch your child and put them down again. Another go? Every jump into your arms says: when I dare something, you’re there. Pick a low spot with soft ground below. Rather jump alone, both feet together? Then just hold a hand, and cheer.
