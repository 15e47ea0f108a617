another-child-cries-yours-too =
    .title = Another child cries, and yours joins in?
    .body = Does your child start crying as soon as another child does, at the playground or at a friend’s? Young children sometimes feel someone else’s distress as if it were their own. Bring your child close and say calmly: “That boy is sad. His dad is comforting him. You’re here with me.” Your child learns that someone else’s sadness isn’t dangerous. That sensitivity is an early start of empathy.

bath-over-a-warm-towel-waiting =
    .title = Won’t get out of the bath? Let a towel wait
    .body = Does your child protest as soon as bath time is over? Give them something to go to: hold a warm towel wide open, say “Into the towel nest!” and wrap them up snugly, with a cuddle. Stopping something fun is easier when something nice is waiting. Warm the towel on the radiator first. And as long as your child is in the water, you stay right there.

count-your-noes-change-the-room =
    .title = Count your no’s, then change the room
    .body = Do you hear yourself saying “no” all day, to the plant pot, the cables, the bottom drawer? One morning, count how often you say no, and what for. For every no that keeps coming back, change the room instead of your child: move things higher or behind a door. Your toddler gets more room to explore, and the no’s that are left carry more weight. It’s simply calmer for you both, too.

scared-of-the-hand-dryer =
    .title = Scared of the hand dryer or the flush?
    .body = Does the roaring hand dryer or the loud flush in a public toilet make your child jump? You don’t have to push through it. Flush when your child is already by the door, dry hands with paper, or cover your ears together: “Here comes the noise… and done!” That gives your child some control over something that used to be only scary. A few months on, your child may well want to press the button.

screaming-in-the-car-while-you-drive =
    .title = Screaming in the car while you drive?
    .body = Is your child screaming or squirming in the car seat while you drive? Keep your eyes on the road and talk calmly: “I can hear you. You’re cross. I’ll stop soon.” Sing a familiar song if it helps. Stop as soon as it’s safe, in a car park, then comfort them properly. Never unbuckle your child on the way, and don’t reach behind you. A little crying in a safe seat, with your voice there, does no harm.

the-look-before-the-forbidden-thing =
    .title = That look just before the forbidden thing
    .body = Does your child head for the plant that’s off limits, then glance at you first, with a grin? That isn’t cheek but a question: does the rule still stand? Answer the look before little hands reach the soil: “I see you looking. The soil stays in the pot.” Say it kindly, just like yesterday. A limit that sounds the same every time gives something to hold on to. And you may find that grin funny.

say-what-they-can-do =
    .title = Say what they can do
    .body = Is your child throwing blocks today, or drumming on the window with a spoon? Try saying what they can do instead of what they can’t: “Blocks stay on the floor. You can throw the soft ball.” Or: “We drum on the pan.” In “don’t throw”, a toddler mostly hears “throw”. A sentence that shows what is allowed gives the urge somewhere to go. Point as you say it; that helps too.

just-a-moment-then-really-come =
    .title = “Just a moment”, and then really come
    .body = Is your child tugging at your trousers while you finish a sentence or empty the washing machine? Practise short waits that you keep: “Two more socks, then I’m coming.” And then do come, straight away. Young children can barely wait yet, and they only learn to when “a moment” keeps turning out to be short. Start with a few seconds. Tears anyway? That isn’t failure; your child is still learning.

let-the-game-wait =
    .title = Let the game wait
    .body = Does your child need to stop playing because dinner’s ready, and does it end in protest? Don’t make the game disappear; let it wait. The train stays on the track, teddy gets a spot on the chair next to your child: “The train waits here. After dinner it drives on.” Letting go is easier when your child knows the game will still be there. And who knows, teddy may enjoy the meal too.

dog-owner-says-come-and-stroke =
    .title = “He’s friendly, come and stroke him!”
    .body = Does a dog come up to you in the street, its owner cheerfully inviting your child to stroke it, while your child clings to you? You and your child set the pace, not the dog owner. Pick your child up or step in front: “We’ll watch from here first.” Name what you see: “He’s wagging. He’s sniffing the tree.” Your child feels you keeping them safe. Stroking can come later, when your child wants to.

hand-or-carry-in-the-car-park =
    .title = In the car park: hand or carry
    .body = Has your child started running off everywhere, including in the car park or along the kerb? Make it a fixed rule that you say the same way each time: “Near cars: hand or carry. You choose.” No hand? Then you carry them, without discussion and without anger. A short rule that never changes is clearer for a toddler than any explanation of danger. On the grass afterwards, there’s room to run again.

play-with-no =
    .title = Play with “no!”
    .body = Has your child discovered “no!” and now says it to everything? That’s practising a will of their own, and you can play with it too. Point at your knee: “Is this your nose?” “No!” Point at your elbow: “Is this your nose?” “No!” Act more and more amazed. Your child gets to say no with lots of fun, and finds out a no is safe with you. That can make the no’s you can’t grant a little lighter.

after-their-no-wait-a-moment =
    .title = After a “no”, wait a moment
    .body = Do you offer your child a book or your hand, and out comes an instant “no!”? Say “Okay” and simply leave the book there. A toddler’s no is often a reflex at first: I want to decide. Given half a minute of room, many children take the book after all, but now as their own choice. Don’t push, and don’t comment if they do. That way your child’s no keeps counting for something.

stranger-asks-your-child-something =
    .title = When a stranger asks your child something
    .body = Does the cashier or a neighbour ask your child’s name, and your child ducks behind your leg? Simply answer for them, lightly: “This is Sam. She likes a good look at you first.” Your child doesn’t have to perform, and hears that looking is allowed. Try not to say “Don’t be shy”: it only makes the moment bigger. At home you could play shop later, and practise “hello” on a small scale.

you-pressed-the-button-first =
    .title = You pressed the button, and now it’s a drama
    .body = Did you press the lift button or the doorbell out of habit, and is your child inconsolable because they wanted to do it? For a toddler that’s a real loss. Say: “Oh, you wanted to press it. I was too quick.” Can it be redone? Step out of the lift and do it again together. If not, acknowledging it is enough. A parent who says “that went wrong” shows that things can be put right.

child-hits-you-when-cross =
    .title = Does your child hit you when cross?
    .body = Does your child hit you after hearing no? Put your hand in the way and say briefly: “You may not hit me.” Then show where the anger can go: stamping like an elephant, pushing as hard as they can against your palms, thumping a cushion. “Stamp, that’s how cross you are!” A toddler feels anger in their whole body, and that force needs somewhere to go. Stamp along yourself; it often ends in a laugh.

your-child-bites-another-child =
    .title = Your child bites another child: don’t bite back
    .body = Does your child bite a friend or cousin while you’re there? Breathe out and say briefly and calmly: “Stop. Biting hurts.” Then take your child aside for a moment, away from the play, until you’re both calmer. Told to “bite back, so he knows how it feels”? Don’t: it mainly teaches your child that big people may hurt. Biting is common in toddlers, often from frustration, and says nothing about you.

your-child-got-bitten =
    .title = Your child got bitten
    .body = Has another child bitten your child? Comfort first and say what happened: “That boy bit your arm. It hurt and gave you a fright.” Rinse the spot with water and cool it with a wet flannel. Keep your own anger at the other child or parent to yourself for now; that child is little too. Is the skin broken, or does the spot later turn red, warm or swollen? Then contact your GP (huisarts).

tantrum-at-the-checkout =
    .title = A tantrum at the checkout
    .body = Is your child lying on the floor at the checkout, screaming for sweets? Look at your child, not at the queue. Crouch down, say one sentence, “You want it so much. It’s still no,” and stay. Can’t pay and comfort at the same time? Leave the trolley for a moment and go outside with your child until the storm passes. Next time, it may help to shop after a snack and a nap, or use a till without sweets.

tantrum-on-the-floor-make-it-safe =
    .title = Thrashing on the floor? Make the spot safe
    .body = Does your child throw themselves on the floor during a tantrum, kicking, sometimes banging their head? You don’t have to stop the storm; make sure it can blow over safely. Push the chair away, slip a cushion under their head, stay close and calm. Safety comes first, even mid-storm. Does your child often bang their head hard, or are you worried? Talk to the consultatiebureau (child health clinic).

after-the-storm-comfort-not-a-lesson =
    .title = After the storm: comfort, not a lesson
    .body = Is the tantrum over, and is your child sobbing, sweaty and exhausted? A storm like that takes a lot out of a small body. Look after that body first: a sip of water, a cool flannel over the face, a moment snuggled against you on the sofa. A lesson about what went wrong won’t go in now. Your child notices: even after the biggest storm, someone takes care of me. Then carry on with something small.

front-door-give-them-a-job =
    .title = Trouble at the front door? Give them a job
    .body = Does your child dig their heels in at the front door every morning while you’re already late? Give the trip outside a purpose that belongs to your child: carrying the key, posting the letter, waving to the neighbours’ cat. “You’ve got the key. Will you open the door?” With a job, being dragged along turns into joining in. Not working today? Calmly pick them up. Tomorrow is another chance.

climbing-into-the-car-seat-themselves =
    .title = Climbing into the car seat themselves
    .body = Does your toddler go rigid as soon as you try to lift them into the car seat? Let your child get in themselves: through the door onto the back seat, then climbing into the car seat. “You climb, I do the click.” A child who gets to do it has less to fight about. It takes a few extra minutes; plan for them. You always fasten the straps yourself, snugly, and only drive off once everything is secure.

a-tantrum-is-not-a-plan =
    .title = A tantrum isn’t a plan
    .body = Do you sometimes think, mid-tantrum: my child is doing this to wind me up? Today, swap that thought for: it’s all too much for my child right now. The part of the brain that puts the brakes on feelings is still very much growing in toddlers; a tantrum is an overflow, not a strategy. With that thought you stay calm more easily, and your calm helps those brakes grow. Understanding isn’t giving in.

pushed-away-mid-tantrum =
    .title = Pushed away mid-tantrum?
    .body = Does your child refuse to be touched during a tantrum, pushing or kicking you away? Respect that, but don’t leave. Take a step back, sit at eye level and say: “I’m staying here. If you want a cuddle, I’m here.” One child wants to be held tight, another needs some space; this is how you find out what yours needs. Often your child crawls over to you by themselves after a while.

told-to-ignore-tantrums =
    .title = “Just ignore those tantrums”
    .body = Have family or the internet told you to ignore tantrums and walk away? You can hold your limit without leaving your child alone with a feeling that’s still too big for them. Stay nearby, say little, and don’t give in. Your child learns: my anger doesn’t change the rule, but I’m not alone with it either. For anyone who asks: “I’m not giving in. I’m just staying close.”

a-week-of-tantrum-notes =
    .title = A week of tantrum notes
    .body = Do the tantrums seem to come out of nowhere? For one week, jot down briefly when they happen: what time, where, and what came just before. Often a pattern appears: right before meals, after a busy morning, at every change of activity. That gives you something to work with, like a snack in your bag or a calmer morning. Not every tantrum can be prevented, and it doesn’t have to be.

bit-someone-at-childcare =
    .title = “Your child bit someone today”
    .body = Are you told at pick-up that your child bit another child at childcare? Don’t punish at home afterwards: hours later, a toddler no longer knows what it’s about. Instead, ask what happened just before: lots of bustle, a toy taken, tiredness? Agree how you will both respond, with the same short words. One approach, at home and there, helps your child most. Usually it’s a phase that passes.

sad-about-the-lost-balloon =
    .title = Sad about the balloon that flew away
    .body = Has the balloon floated off, or the ice cream landed on the ground, and is your child deeply sad? Say what you see: “Your balloon’s gone. You’re sad about that.” Watch it go together. You don’t need to fix the sadness straight away with a new balloon or another ice cream; if it may stay for a while, it often fades by itself. Your child learns that sadness is a feeling someone stays with.

everything-is-mine =
    .title = “Mine!” Suddenly everything is theirs
    .body = Does your child shout “mine!” all day, about their own cup but also your phone and another child’s bucket? This is how your child discovers they are a person, with things of their own. Today, calmly say whose things are whose: “Yes, that cup is yours. The phone is mine. The bucket is Sem’s.” No lecture about sharing. A child who knows their own things are safe finds lending easier later on.

no-question-when-no-choice =
    .title = No question when there’s no choice
    .body = Do you hear yourself asking “Shall we put your coat on?” or “Shall we go to bed?”, when the answer is already decided? Then “no!” is an honest reply. Today, say it as a friendly statement instead: “It’s time for your coat.” Save questions for moments when your child really has a say. That makes it clear when your child’s voice counts, and it counts often enough.

decide-before-you-say-no =
    .title = Decide first, then say no
    .body = Do you sometimes say no, and then yes after ten minutes of whining? What your child mostly learns then is that whining works, and every next no becomes a longer battle. Today, take a second before you answer: is this really a no? If so, hold it kindly. If you’d give in anyway, say yes straight away. A few no’s that hold give a child more clarity than lots of no’s that wobble.

say-it-once-then-help =
    .title = Say it once, then help
    .body = Are you calling “Wash your hands!” for the fifth time, louder each time, while your child just keeps playing? A toddler who’s absorbed in play often genuinely doesn’t hear you. Say it once, up close and at eye level, then help straight away: “Come on, I’ll help your hands.” Calm action is clearer than ever louder words. And it saves your voice for nicer things.

playdate-put-the-favourites-away =
    .title = A playdate coming? Put the favourites away
    .body = Is another child coming to play today? Beforehand, choose together one or two things that are too special to share, like the favourite cuddly toy, and put them away. Toddlers can barely share yet, and that’s normal: discovering “mine” comes first. That way your child doesn’t spend the whole visit guarding their treasure. Do put out enough toys for two.

taking-turns-first-with-you =
    .title = Taking turns, first with you
    .body = Playing with other children is still hard for a toddler. So practise taking turns with you first, where it feels safe: roll a ball back and forth, saying “My turn… your turn!”, or take turns putting a block on the tower. Keep the turns short, because waiting is hard work. With you, your child learns that giving up a turn doesn’t mean losing it: it comes back.

your-child-snatches-a-toy =
    .title = Your child snatches a toy
    .body = Does your child grab a toy from another child? Sit down with them and give it back together: “Mila had the car. We’re giving it back.” Then stay with your own child, who is now disappointed: “You really wanted that car.” Find something else together, or ask whether your child can have a turn later. That way you look after both children, and your child doesn’t have to feel like “the naughty one”.

waiting-in-a-queue-game =
    .title = Waiting in a queue? Play a game
    .body = Are you in a queue with your child at the bakery, the post office or the pharmacy? For a toddler, a few minutes last forever. So do the waiting together: “Can you see something red?”, or play a finger game on your hand. Your child doesn’t have to manage the wait alone; with you alongside it goes better. Does that teach waiting too? Bit by bit, yes.

let-them-make-the-ending =
    .title = Let your child make the ending
    .body = Does water play need to stop, at the paddling pool, the kitchen sink or the water pump in the park? Put the last step in your child’s hands: pouring the final bucket over the plants, turning off the tap themselves, putting the ducks in the basket. “You can finish it.” A child who makes the ending has less need to fight it. Protests anyway? That’s allowed, and the ending stays.

me-do-it-but-running-late =
    .title = “Me do it!”, but you’re already late
    .body = Does your child want to put their own shoes on, just on the morning you’re in a hurry? Make two kinds of days. On calm days, plan ten extra minutes so your child can try, however long it takes. On rushed days, be honest: “Today I’ll help, because we need to be quick. Tomorrow you do it.” Then really keep to that tomorrow. Their will gets room, without every morning turning into a battle.

sit-down-strike-on-the-pavement =
    .title = A sit-down strike? Don’t pull on their arm
    .body = Does your child drop down on the pavement and refuse to take another step? Don’t pull them up or along by one hand or arm: in young children an elbow can slip out of place that way. Crouch down and name it: “You don’t want to go on, do you.” If needed, lift your child with your hands under the armpits. Near the road? Lift straight away. Not using an arm afterwards? Call your GP (huisarts).

swapping-in-the-sandpit =
    .title = Swapping in the sandpit
    .body = Is your child set on another child’s spade in the sandpit? Instead of “share nicely”, you can teach swapping: put something else in your child’s hand and say, “Ask: swap?” If the other child says no, that’s an answer too, and you stay with your child in their disappointment. Swapping makes more sense to a toddler than sharing: you give and you get. Bring a spare spade to swap with.

everyone-laughs-except-your-child =
    .title = Everyone laughs, except your child
    .body = Does your child tumble over with a funny face, or say something sweet, and the whole family laughs while your child’s lip starts to wobble? To a toddler, being laughed at can feel like being rejected, even when it’s kindly meant. Go over and say: “Everyone laughed. You didn’t like that, did you?” To the others, lightly: “That gave us a fright.” Your child feels that you’re on their side.

waiting-for-the-swing =
    .title = Waiting for the swing
    .body = Is the swing taken, and does your child want it right now? Wait together, side by side, and make the waiting visible: “That girl is still swinging. Let’s count along: one, two…” Ask the other parent: “Ten more pushes, then swap?” Waiting with something to watch and an end in sight is just about doable for a toddler. And if it still takes too long, the slide is fun too.

carried-in-a-crowd =
    .title = Wants to be carried in a crowd?
    .body = Does your child walk everywhere at home, yet suddenly want to be on your arm at the market, the station or a party? Pick them up. Crowds, lots of legs and loud noises are much scarier at toddler height than at yours. From your hip, your child can see everything, with you as their safe place. It isn’t a step backwards; once things calm down, most children want to get down again by themselves.

words-instead-of-a-push =
    .title = Words instead of a push
    .body = Does your child push another child away at the slide or the sand table? Stand beside them, hold the pushing hand, and give your child the words they don’t have yet: “You want a go too. Say: ‘Me too!’” Or: “Say: ‘Stop!’” Practise the sentence together. A push is often a sentence that can’t come out yet. The more words your child has, the less their hands need to say. Keep repeating.

no-forced-sorry =
    .title = No forced “sorry”
    .body = Has your child hurt another child, and is the other parent looking at you expectantly? Don’t make your child say “sorry”: a toddler will say the word, but feel little behind it. Say it yourself instead, out loud, to the other child: “Sorry, that hurt. Shall I stroke your arm?” Your child sees what making amends looks like. Often they’ll copy you later on their own, with a stroke or a toy.

child-says-a-feeling-word =
    .title = Does your child say “cross!” themselves?
    .body = Do you suddenly hear your child use a feeling word themselves, “cross!” or “scared”, perhaps only half clear? That’s a big step: the feeling becomes a word instead of only a scream. Take it seriously and ask: “You’re cross. What about?” If your child points at something, say what you understand. A word in your home language counts just as much. Your child notices: when I say it, someone listens.

scared-of-a-costumed-figure =
    .title = A clown or mascot coming? Tell them beforehand
    .body = Are you going to a party, a parade or a theme park with a clown, a mascot or other people in costume? Many toddlers are frightened by a big figure whose face never changes. Tell your child beforehand, in a few words: “There’ll be a clown, with a red nose. There’s just a person inside.” And promise: “If you find it scary, we’ll walk away together.” Keep that promise; going closer isn’t needed.

too-high-at-the-top-of-the-slide =
    .title = At the top of the slide, suddenly too scared
    .body = Did your child insist on the big slide, only to burst into tears at the top? Climbing back down is a choice too, not a failure. Stand close or climb up behind and say: “You wanted to, and now it feels too high. Then we’ll go back.” Help your child down safely, without pushing or persuading. A child who is allowed to turn back often dares a little more the next time.

teach-the-word-help =
    .title = Teach your child to say “help!”
    .body = Does your child scream with frustration when the lid won’t come off the tub or the sock won’t go on? Give them a word and a gesture for asking: “Say: help!” and hold your hands out together. Then respond straight away and help just a little. Bit by bit, the scream turns into a question. Your child learns: when something won’t work, I can fetch someone. That’s part of growing independent too.

dont-redo-their-job =
    .title = Don’t redo their job
    .body = Did your child “lay the table” or put their own shoes on, but not quite the way you would? Leave it, even with the spoon on the wrong side or the shoes on the wrong feet. Fixing it in front of your child says, without words: it wasn’t good enough. If something really must change, do it later, out of sight. Look at the pride on that face instead; it’s worth more than a neat table.

picked-blue-now-wants-red =
    .title = Picked the blue cup, now wants the red
    .body = Did your child choose the blue cup, and now burst into tears because they want the red one after all? Toddlers are just finding out that choosing also means not getting the other thing. Stay kindly with the choice: “You chose blue. Now you want red. That’s annoying.” You don’t need to swap, or get cross. Carrying disappointment with someone beside you is exactly what your child is practising.

name-their-pride =
    .title = Name your child’s pride
    .body = Does your child manage something and turn to you, beaming? Instead of “Good job!”, try naming what your child feels: “You’re proud, aren’t you! You did it all by yourself.” Let them savour it without adding anything straight away. Your child learns that pride is a feeling inside, not only a compliment from outside. It’s a feeling they can find later even when nobody’s watching.

name-the-happy-feelings-too =
    .title = Name the happy feelings too
    .body = We often name feelings when there’s anger or sadness. Today, watch for the good ones too: “You’re jumping up and down! You’re so happy Grandpa’s here.” Or: “You’re all calm, so cosy in the bath.” A child who also gets words for happy, excited and content learns that all feelings are seen, not just the tricky ones. A bonus: you notice more of what’s going well, too.

new-toddler-group-arrive-early =
    .title = A new toddler group? Arrive a little early
    .body = Are you going somewhere new with other toddlers, like toddler swimming, a music group or a play morning? Arrive ten minutes early, while it’s still quiet and empty. Your child can explore the room calmly with you there, before the bustle begins. A child who already knows the place copes better with the group. Sit in the same spot for the first few weeks, too; that makes it extra familiar.

too-wild-slow-the-game =
    .title = Too wild? Slow the game before it tips
    .body = Running, shrieking, chasing: the game keeps getting wilder, and you know how it usually ends. Slow it down before it tips over: move more slowly, speak more softly, turn the chase into tiptoeing. End with something calm, like lying side by side looking at the ceiling. A toddler can’t yet put the brakes on alone; you are the brakes. Laughter is welcome, and you land together.

tantrums-mostly-at-home =
    .title = Tantrums mostly with you?
    .body = Do you hear from childcare or the sitter that your child is an angel there, while at home it’s one tantrum after another? That feels unfair, but it says something lovely: with you, your child dares to show everything, even what they held in all day. Take a snack and a drink along at pick-up; an empty tummy makes storms fiercer. And look after yourself: a safe place may be tired too.

coat-flip-trick =
    .title = The coat trick: putting it on alone
    .body = Does your child insist on putting their coat on alone, but the sleeves keep tangling? Lay the coat open on the floor, inside facing up, with the collar at your child’s feet. Arms into the sleeves, then one big swing over the head: coat on! Show it a few times and let your child try. Managing something that didn’t work before gives a toddler a big feeling. And you have one less battle at the door.

odd-socks-are-fine =
    .title = Odd socks? Fine
    .body = Does your child insist on wellies in the sunshine, two different socks, or a princess dress to the supermarket today? Just check that it’s safe and warm enough. If so, let it be. Clothes are one of the first things a toddler gets to decide about for themselves. Comments from others? “Chosen all by themselves” is enough. And pack a spare jumper, just in case.

birthday-present-hard-to-hand-over =
    .title = Won’t hand over the birthday present
    .body = Off to a child’s party, and does your child clutch the present when it’s time to give it? Understandable: it’s lovely, and toddlers barely grasp giving things away yet. Don’t pull it from their hands. Say what you see, “You think it’s lovely too, don’t you”, and give it together, your hand around theirs. Not working? Then you give it, your child beside you. A heartfelt “here you are” comes later.

comforting-another-child-together =
    .title = Comforting another child together
    .body = Does a child fall over at the playground while yours looks on, startled? Say what you see: “That girl fell. She’s crying, her knee hurts.” Think together about what might help: handing back her hat, a little wave, seeing whether her mum is coming. With you alongside, your child practises caring about someone else. Would your child rather just watch? Fine too; empathy starts with noticing.

where-the-feeling-sits-in-the-body =
    .title = Where is the feeling in your body?
    .body = Can you see something brewing in your child, with clenched fists, a red face or stamping feet? Name what you see in their body: “Your hands are all stiff. Is there anger in there?” Or with fear: “You’re holding on to me so tightly.” Bit by bit, your child gets to know their own signals, long before they can explain them. Recognising them is, later on, the first step towards calming down alone.

a-scary-picture-in-the-book =
    .title = A scary picture in the book
    .body = Does your child quickly turn the page, or push the book away, at the wolf or the monster? Let your child be in charge of the scary bit: “Is he scary? Then we’ll skip him.” Or cover the picture together with your hand. Many toddlers come back to it later, snuggled close: a quick peek, then shut again. A child who decides how much scary dares to look more. Tomorrow they may want that very book.

practise-calm-breathing-in-play =
    .title = Practise calm breathing while things are calm
    .body = A toddler can’t learn calm breathing mid-tantrum. Practise it when things are going well, as a game: blowing bubbles, blowing a feather across the table together, or “blowing out the candles” on your fingers. Blow very slowly with them. When you do it later in a tricky moment, “Shall we blow out the candles?”, your child already knows it. Not yet? Then you breathe slowly for you both.

yes-later-instead-of-no =
    .title = “Yes, later” instead of “no”
    .body = Does your child ask to go outside, for a biscuit or another book, when it doesn’t suit now but will later? Then don’t say “no” but “yes, later”, and make it concrete: “Yes, after dinner we’ll go outside.” Many children of nearly two can follow an “after” like that quite well. The wish gets a place to go instead of a closed door. And once dinner’s done, really fetch the coats: “Off we go!”

gave-in-yesterday-start-again =
    .title = Gave in yesterday? Start again today
    .body = Yesterday, tired and worn out, did you hand over the biscuit after a long tantrum after all? It happens to every parent, and it breaks nothing. Today, simply say your no calmly again, without explaining about yesterday, and hold it. A child doesn’t need a parent who gets it perfect every time, just one who is consistent often enough. Your child will test it; that’s how they learn what holds today.

left-out-by-bigger-children =
    .title = Left out by the bigger children
    .body = Is your child desperate to join in with older children, cousins or neighbours, who run off or shout “You’re too little”? That hurts. Say what you see: “You wanted to join in. They didn’t let you. That’s a shame.” Then find a role together, like throwing the ball back or cheering a goal, or play with you for a while. Your child feels seen, and you don’t have to force the big ones.

the-easy-quiet-child =
    .title = The easy, quiet child
    .body = Is your child often content, playing quietly and asking for little? A quiet child needs your attention too, precisely because they don’t ask for it. A few times today, sit beside your child unprompted and watch: “What are you building?” Your child feels: I’m seen even when I’m quiet. Does your child seem withdrawn rather than content? Mention it at the consultatiebureau (child health clinic).

when-tantrums-worry-you =
    .title = Do the tantrums worry you?
    .body = Tantrums belong to this age, and children differ in how often they have them. Do they often last a very long time, does your child often hurt themselves, or can your child hardly be comforted afterwards? Or are you completely worn out yourself? Talk it over with the consultatiebureau (child health clinic) or your GP (huisarts). You don’t have to wait until you’re sure; asking helps you both.

it-has-to-be-exactly-so =
    .title = It has to be exactly like that
    .body = Must your child peel the banana themselves, must the same person switch off the light each time, must it always be that cup? Many toddlers around two want things to go exactly the way they always do. It gives them a sense of control in a world they barely understand yet. Go along with it where you can. Did it go differently anyway? Name it, “Oh, that wasn’t how you wanted it”, and stay with them.
