first-word-was-not-your-name =
    .title = Their first word wasn’t your name?
    .body = Was your child’s first word “cat”, “car” or someone else’s name, and not yours? That can sting a little, and that’s allowed. Which word comes first says nothing about who your child loves most: often it’s just an easy sound or something they see a lot. Today, greet every word with delight. Your name will come too, perhaps just when you least expect it.

cant-sing-say-the-rhyme =
    .title = Not a singer? Say it instead
    .body = Feel awkward singing, or don’t really know any children’s songs? Then you don’t have to sing. Today, say a short rhyme with lots of rhythm and gently tap the beat on your child’s knee. Or just hum a tune. What counts for your child is the rhythm and your voice, not how good it sounds. No rhyme to hand? Make one up: “Coat on, shoes on, out we go, walking fast and walking slow.”

reading-while-they-wander =
    .title = Your child wanders off during a story?
    .body = Does your child wander off after one page? Today, just keep reading, with the book open on the floor. Many toddlers listen while they roam, and come back for a picture they like. You don’t have to finish the book, and sitting still isn’t required: looking together for a moment counts as reading too. Staying on a lap for a whole book comes later for many children.

video-call-toddler-runs-off =
    .title = A video call with the grandparents, and your child runs off
    .body = Do the grandparents want to video call, but your child wanders off after ten seconds? Take the phone to where your child is playing, so they can watch and react: “What are you building there?” Or let your child hold a cuddly toy or block tower up to the camera. Unlike a video clip, here someone really responds to your child. Five good minutes are plenty.

at-your-limit-with-a-toddler =
    .title = At the end of your rope? Take a safe break
    .body = Feel like you’re about to explode? Never shake or hit your child. Put them somewhere safe, like the playpen, the cot or a childproof room, and say: “I’m going to calm down. I’ll be right back.” Go to another room for a few minutes, breathe out slowly or call someone. That pause is good care, not failing. Go back when you’re calmer. Happens often? Tell the consultatiebureau (child health clinic).

pots-and-pans-band =
    .title = A band of pots and spoons
    .body = Today, turn a few pans upside down on the floor and give your child a wooden spoon. Drum a short beat yourself, stop and wait: now it’s your child’s turn. Take turns, sometimes loud, sometimes very soft. Making sounds in turn is a conversation without words, and your child notices that you wait for them. Too much noise? A cushion makes a fine quiet drum.

book-brought-while-you-cook =
    .title = A book, just as you’re cooking
    .body = Does your child bring you a book while you’re cooking? Sit them with the book on the floor or a low stool nearby, a safe distance from the hob, and let them show you the pictures. Between stirs, say what you see: “A fire engine! What’s it doing?” Your child notices they matter, even while you’re busy. After dinner, read the book together on your lap.

not-enjoying-today-is-allowed =
    .title = Not enjoying today? That’s allowed
    .body = Everyone says to enjoy every moment, but today is mostly hard and dull? That’s allowed. Say it out loud to an adult you trust: “I’m finding today tough.” Without quickly adding “but I love my child so much.” Not enjoying a day doesn’t mean you’re doing badly. Tomorrow there’ll probably be a lovely moment again.

what-do-you-hear-listening =
    .title = Shh… what can you hear?
    .body = Today, stop for a moment outside or by an open window, cup your hand behind your ear and whisper: “Shh… what can you hear?” Wait together. A bird, a scooter, a barking dog: say what it is and look together for where it’s coming from. Listening together is paying attention to the same thing, and your child gets words for sounds. Tomorrow, indoors: the washing machine, the doorbell.

pointing-and-whining-give-the-word =
    .title = Pointing and calling out? Add the word
    .body = Is your child pointing at the cup on the counter going “eh, eh!”? Give the word and the cup: “Water? You want water. Here’s your water.” Don’t make them say it first. That way your child finds out that asking works, and hears exactly the word they were looking for. Words come from hearing them often at the right moment, not from having to earn them.

doesnt-look-up-when-you-call =
    .title = Your child doesn’t look up when you call?
    .body = Does your child often not turn round when you call, not even for “biscuit!”? Or babble less since a bad cold? A toddler lost in play sometimes really doesn’t hear you; that’s normal. Today, watch for it: whisper something nice behind them, or put on soft music. Sounds often not getting through? Ask the consultatiebureau (child health clinic) about their hearing. Talking starts with hearing.

video-just-before-bedtime =
    .title = A video just before bed?
    .body = Does your child watch a video right before bed, then take ages to fall asleep, or is switching it off a battle every evening? Today, move the video to before dinner. The last half hour before bed is then yours together: bath, book, a song on your lap. After fast pictures, many children find it harder to settle; your voice helps their body wind down. Not every evening? Most evenings count.

picture-book-in-your-own-words =
    .title = A picture book in your own words
    .body = Is Dutch not your language, or are there few books in your language? You don’t have to read the text. Today, tell the story of the pictures in your own words and your own language: “Look, the bear is looking for his mummy.” What counts for your child is your voice and the story between you. Ask at the library whether they have books in your language, too.

low-mood-in-the-second-year =
    .title = Low, even now your child is older?
    .body = Low mood or anxiety can come later too, to any parent. Have you felt mostly grey, irritable, anxious or empty for two weeks or more, and can’t really enjoy anything? Tell your GP (huisarts) or the consultatiebureau (child health clinic) this week. It happens to many parents and it’s nobody’s fault. With support it usually gets lighter; asking for it is strength.

their-name-not-only-for-no =
    .title = Hearing their name mostly with “no”?
    .body = “Sam, no!” “Sam, don’t touch!” Does your child hear their name mostly when something’s wrong? Then it soon starts to sound like a warning. Today, say their name often in a warm voice, with nothing needed: “Sam! There you are.” “Sam, what a lovely laugh.” Your child hears that their name goes with something nice: with themselves, as they are. Warnings are fine, but don’t make the name the alarm.

a-weekly-hour-of-your-own =
    .title = A fixed hour a week that’s yours
    .body = Today, plan a fixed time each week that’s just yours: sport, singing in a choir, a course, a walk with a friend. Agree who looks after your child then, and put it in the calendar like an appointment. Something to look forward to recharges you more than stolen minutes. And your child gains from a parent who has something of their own.

compare-with-three-months-ago =
    .title = Compare with three months ago
    .body = Did you see another child today who says or does more, and has it been nagging at you? Tonight, find a video or photo of your own child from three months ago. Look at everything that’s new since then, and tell your child tomorrow: “You climb onto the sofa by yourself now!” Every child grows at their own pace. Still unsure? Just ask the consultatiebureau (child health clinic).

your-language-out-loud-in-public =
    .title = Your own language, at the playground too
    .body = Do you switch to Dutch when you’re out, or speak more quietly, because you feel watched? Today, at the playground and in the shop, just speak your own language with your child, in your normal voice. Your child hears that your language belongs everywhere, and you sound like yourself. Someone asks about it? “We speak two languages at home” is enough.

books-within-reach =
    .title = Books within reach
    .body = Today, put a few sturdy books in a low basket or on a low shelf, covers facing out. That way your child can choose one and bring it to you whenever they like. Bringing a book becomes an invitation: will you sit with me? Swap a few books each week. Delicate lift-the-flap books can go higher up, for reading together.

your-own-postponed-appointment =
    .title = That appointment for yourself: make it today
    .body = Have you been putting off your own dentist, GP or physiotherapist visit since your child arrived? Call today to book it, and arrange straight away who’ll look after your child. Pain, poor sleep or worries about your body eat into your patience, and your child needs that patience too. So caring for yourself is also caring for your child.

every-animal-is-a-dog =
    .title = Every animal is a dog? Say it back right
    .body = Does your child call every four-legged animal “dog”, or every car “bus”? That’s clever: they’re using what they already know. Today, instead of “no, wrong”, add the right word: “Yes, four legs, just like a dog! This is a cow. Moo!” Talking stays fun, and your child hears the right word at just the right time. Saying it back well works better than making them repeat it.

home-late-child-asleep =
    .title = Home late and your child’s asleep?
    .body = Did you get home tonight after your child was already asleep? Peek round the bedroom door, and tell them in the morning: “I came to see you last night. You were fast asleep.” That way your child knows you were there, even while they slept. Missing bedtime now and then breaks nothing. Often late? Then make breakfast your fixed time together.

toddler-asks-for-a-song =
    .title = Your child asks for a song
    .body = Is your child rolling their hands or clapping, looking at you hopefully? They may be asking for a song. Guess out loud: “Do you want The Wheels on the Bus?” and sing it straight away. Today, draw a few song cards too: a bus, a spider, a duck. Then your child can point to the one they want. They discover: I can ask for something, and you understand me.

torn-page-mend-together =
    .title = A torn page? Mend it together
    .body = Has your child torn a page out of a book? Calmly say what happened: “Oops, the page is torn. Let’s fix it.” Get the tape and let your child help: holding the piece, pressing the tape down. Your child learns that something broken can be made right again, and not just with books. Precious books can go up high for a while.

threatened-to-leave-without-them =
    .title = “I’m going without you!” Take it back
    .body = Did you call out at the playground, “I’m off then, you can stay here!”, and did your child come running in a panic? A threat like that works fast, precisely because your child fears losing you. Take it back today: “I wasn’t really leaving. I’ll never leave you behind.” Next time, say what’s true: “I’m coming to get you now, and then we’ll go together.” Then your leaving never becomes a punishment.

say-thank-you-to-your-toddler =
    .title = Say thank you to your child
    .body = Does your child hand you a pebble, a block or your keys? Today, say a heartfelt “thank you!”, and ask them things with “would you…?” and “please”. Skip the constant “what do you say?”. Children learn politeness mostly from how they themselves are spoken to, and your child feels like a real conversation partner. You may soon hear a little “thank you” back, all by itself.

evening-scrolling-instead-of-sleep =
    .title = Scrolling late into the evening?
    .body = Is your child finally asleep, and do you then scroll on your phone until late, because it’s your only time to yourself? Very understandable. Tonight, put your phone away at a set time, outside the bedroom, and do one more thing for yourself without a screen: a shower, a book, a cup of tea. Patience is made of sleep. One earlier night this week is already a win.

family-photos-who-is-that =
    .title = Who’s that? Family photos
    .body = Today, get out some family photos, or stick a few low down on the fridge. Point and tell: “That’s Grandma, she lives far away. And look, that’s me, when I was as small as you!” Your child learns who belongs to your family, even the ones who live far away. Maybe your child will soon bring you the album themselves: “Who dat?”

saw-something-scary-on-a-screen =
    .title = Saw something scary on a screen?
    .body = Did your child see something frightening: the news, an older sibling’s film, a video that went differently than you expected? It happens in every family. Switch it off calmly, hold your child close and say what they saw: “That was a loud bang. It gave you a fright. You’re here with me.” Toddlers can’t yet tell real from pretend very well. Watch the news while your child sleeps, or with headphones.

your-voice-instead-of-the-speaker =
    .title = Your voice instead of the speaker
    .body = Do children’s songs often play from a speaker or tablet in your home? Today, switch them off once and sing one of those songs yourself, with your child on your lap. A speaker just keeps going; you can wait, slow down, repeat the bit that makes your child laugh, and you see your child’s face. That way a song becomes something the two of you share. It doesn’t have to sound good.

restart-a-bad-morning =
    .title = A bad morning? Start the day again
    .body = Only ten o’clock and everything’s already gone wrong: tears, spilt milk, a short fuse on your side? Press the reset button today. Go outside together for ten minutes, eat something, put on some music and say out loud: “Come on, let’s start again.” At ten, a day is far from lost, and your child sees that a messy start can turn around. Need another restart at four? Allowed too.

parenting-questions-at-the-clinic =
    .title = Parenting questions? The clinic is there for those too
    .body = Stuck with something your child does, or with your own patience? The consultatiebureau (child health clinic) isn’t only for weighing, measuring and jabs; you can also go to them with questions about parenting, between appointments too. Write down today what’s on your mind and call, or ask at the next visit. Asking isn’t failing: looking at it together often helps.

voice-messages-with-grandparents =
    .title = Voice messages back and forth with the grandparents
    .body = Do the grandparents live far away, perhaps in another country? Ask them to send a short voice message with a song or rhyme in their own language. Listen to it a few times with your child. Then record a reply together: a word, a laugh, a bit of the song. That way something really goes back and forth, and your child hears the family’s voices and language more often.

notice-your-anger-building =
    .title = Feel your anger coming before it bursts
    .body = Do you often only notice your anger once you’ve already shouted? Today, watch what your body does just before: a hot face, a tight jaw, a louder voice. Choose a stop signal for yourself: hands flat on the kitchen counter, one long breath out, “wait” in your head. The sooner you feel it coming, the more room you have to choose. Lost it anyway? Making up counts too.

reading-side-by-side =
    .title = Reading side by side, a book each
    .body = Today, get your own book or magazine and sit on the sofa, with a little pile of books for your child beside you. Each of you ‘reads’ your own for a while. When your child shows you a picture, really look up and respond: “Oh, an elephant!” Then read on. Children like to copy what grown-ups enjoy, and you get a few pages in. Only lasts two minutes? That counts too.

too-much-noise-for-you =
    .title = Driven up the wall by all the noise?
    .body = Shrieking, banging, a toy horn that won’t stop: is the noise getting to you by evening? Many parents get irritable from it; it says nothing about your love. Today, find one quieter quarter of an hour: play outside, where sound drifts away, put the loudest squeaky toy away for a while, or wear earplugs that soften sound yet let you hear your child well. Quiet in your head leaves more patience.

two-languages-few-words-worry =
    .title = Two languages at home, and few words yet?
    .body = Heard that two languages confuse a child or make them talk later? Not true: if a child says few words, two languages aren’t the cause. So keep speaking your own language. Many children know one word in one language and another in the other: count them together. Tell the consultatiebureau (child health clinic) which languages you speak and which words your child says. Worried? Just ask.

library-story-time-on-your-lap =
    .title = Story time at the library, on your lap
    .body = Does your local library have a story time for toddlers? Go together one day, with your child on your lap or beside you. Many toddlers just watch at first, from that safe spot. Does your child wander about, or want to leave after ten minutes? Fine; next time it often goes better. Being read to becomes something you also do with other children, with you close by.

laugh-the-tension-away =
    .title = A tense afternoon? Be silly
    .body = Is the mood tense, with a contrary toddler and a parent on a short fuse? Change tack: waddle like a penguin to the bathroom, talk in a squeaky voice, make a sock say “hello”. Laughing together relaxes your body and your child’s, and often gets a stuck moment moving again. Is your child really upset? Then comfort comes first.

blamed-them-wrongly =
    .title = Blamed your child for something they didn’t do?
    .body = Did you think your child knocked over the cup or picked the plant, and then it turned out to be the dog, their big sister or your own elbow? Just say so: “I thought you did it, but I was wrong. Sorry I was cross.” A sentence like that costs nothing and teaches a lot: grown-ups make mistakes too, and making up is part of it. It doesn’t make you less of a parent; it makes your bond stronger.

mixing-two-languages =
    .title = Two languages mixed up? Perfectly normal
    .body = Does your child put words from two languages into one little sentence? Perfectly normal: your child uses the first word they can find. Today, respond to what your child means, in your own language, and don’t make them pick the ‘right’ language first. That way talking stays something that works. Over time, most children work out by themselves who speaks which language.

if-youre-happy-a-song-of-feelings =
    .title = If you’re happy… a song full of feelings
    .body = Today, sing “If you’re happy and you know it, clap your hands”, and add more feelings: if you’re cross, stamp your feet; if you’re sad, say “boo-hoo”; if you’re scared, snuggle up to me. Act it out big, with your whole face. Your child gets to play with feelings at a safe moment, and gains words and gestures for later. Does your child make up a verse of their own? Sing along.

your-toddler-is-listening-in =
    .title = Your child is listening
    .body = Are you telling someone on the phone how difficult your child was today, while they play right next to you? Toddlers often understand much more than they can say. Save the hard stories for when your child is asleep. Now, clearly within earshot, share something that went well: “Guess what went well today? Walked all the way to the baker’s!” Your child hears that you see what they do well.

hearing-your-parents-in-your-voice =
    .title = Hearing your own parents in your voice?
    .body = Did you hear yourself say something your father or mother used to say, and that you swore you never would? It happens to lots of parents, especially when tired. Tonight, choose the sentence you do want to say next time, and put it on a note on the fridge: “Let me help you” instead of “Hurry up!” Then it’s ready. Was your childhood hard, and is it weighing on you now? Talk to your GP (huisarts).

tell-each-other-what-went-well =
    .title = Tell each other what went well
    .body = As parents, do you mostly tell each other what could be better: “You forgot the nappies” or “She wasn’t meant to have another biscuit”? Tonight, tell your partner or co-parent one thing you saw go well today: “You stayed so calm in that tantrum.” Being seen gives courage, and parents who back each other up bring a child calm. Raising your child alone? Ask someone close what they see you do well.

looking-at-phone-photos-together =
    .title = Looking at photos on your phone together
    .body = Is your phone full of photos from the weekend? Today, sit together and slowly swipe through a few: “Look, there you are with the goats. What did that goat do?” Let your child point and help tell it, with a word or a sound. Looking back together helps your child turn it into a story. Then the phone goes away again.

a-book-about-their-big-interest =
    .title = Mad about diggers? Find a book about them
    .body = Is your child completely obsessed with diggers, horses or bin lorries? Find a book at the library with real photos of them and dive in together. Let your child tell you things, and learn the words along with them: the bucket, the tracks, the crane. Following what fascinates your child says: what you love matters to me. Before you know it, you’re an expert too.

a-promise-you-cannot-keep =
    .title = A promise that falls through
    .body = Did you promise the playground after the nap, and now it can’t happen after all? Say so honestly and briefly: “I said we’d go to the playground. We can’t now, and that’s a shame. We’ll go tomorrow morning.” Let the disappointment be there, and really go tomorrow. Trust doesn’t grow from nothing ever going wrong, but from being honest and making it right.

chatty-at-home-quiet-at-childcare =
    .title = Talking at home, quiet at childcare?
    .body = Is your child saying more and more in your language at home, but mostly quiet at childcare? Many children learning a new language watch and listen for a while before they start speaking it. Today, ask how your child gets understood there: pointing, joining in songs, playing along? At home, simply keep speaking your own language. Unsure? Ask the consultatiebureau (child health clinic).

watching-a-video-together =
    .title = Your child watching a video? Watch along
    .body = Do you sometimes put on a short video for your child? Today, sit beside them and watch along. Talk about what you see: “The dog’s jumping! Just like you.” Agree beforehand: “One video, then it goes off”, and switch it off together with a wave: “Bye-bye, video!” Watching together makes it something you share, and an announced ending means less of a battle.

say-out-loud-how-you-handle-a-setback =
    .title = Say out loud how you handle a setback
    .body = Something going wrong with your child watching: the milk boils over, the keys are missing? Say out loud what’s going on inside you and what you’re doing: “Oh, that’s annoying. Deep breath. Coat pocket first.” Your child watches closely how grown-ups handle setbacks, and gets words for their own feelings plus a way to carry on. Didn’t stay calm? Say that too: “That was loud, wasn’t it. I’m OK now.”

your-child-as-the-hero =
    .title = Your child as the hero of the story
    .body = Today, make up a very short story starring your child: “Once upon a time there was a girl called Noor. She found a great big puddle. And what did she do? Splash!” Use your child’s name, things they know and a happy ending. A story about yourself is the most exciting thing there is for a toddler, and it says: you matter. Again tomorrow? Gladly.

toddler-conducts-the-song =
    .title = Your child conducts the song
    .body = Today, sing a familiar song and make your child the conductor. Arms go up, you sing loudly; arms go down, you whisper; your child waves fast, you sing fast. Show it once yourself first. Your child notices that you follow what they show you, and that gives a wonderful feeling of having a say. Then it’s your turn to conduct.

partner-seems-low-for-weeks =
    .title = Your partner seems low for weeks?
    .body = Has your partner or co-parent been quiet, irritable or low for weeks? At a calm moment, say what you see without blame: “You’ve seemed so tired and down lately. How are you really?” Offer to go to the GP (huisarts) together. Low mood happens to many parents, mothers and fathers alike, and it’s nobody’s fault; asking for help is strength. Find support for yourself as well.

toddler-answers-in-dutch =
    .title = Your child answers in Dutch?
    .body = Do you speak your own language, and does your child answer in Dutch more and more often? Very common when they hear lots of Dutch at childcare. Calmly keep speaking your own language and say the word back in yours, without making them repeat it. Above all, make your language fun: songs, stories, calls with family. Pressure makes a language heavy; fun keeps it alive.

others-cant-understand-your-child =
    .title = Others can’t understand your child? Translate
    .body = Your child tells Grandma or the neighbour something, and they look at you, puzzled? Translate briefly, talking with your child, not about them: “You’re saying the dog ran off! It did, didn’t it.” Talking keeps working, and the other person gets the message. Many toddlers are still hard for others to follow; that’s normal. Worried about their speech? Ask the consultatiebureau (child health clinic).

talk-to-yourself-like-a-friend =
    .title = Talk to yourself as you would to a friend
    .body = After a slip-up, do you immediately think “I’m a bad parent”? Ask yourself what you’d say to a friend who’d done the same. Probably something like: “You were exhausted, and you made it right afterwards.” Say that sentence to yourself today. Being kind to yourself isn’t soft: it gives you energy to make things right, and your child learns from you how to handle mistakes.

toddler-reads-to-you =
    .title = Let your child read to you
    .body = Do you sometimes see your child babbling over a book on their own, ‘reading’? Today, swap roles: your child holds the book and ‘reads’ it, to you or to a cuddly toy, with sounds, little words and lots of pointing. You’re the audience: “Oh! And then?” Your child shows everything they know, and being the reader makes them proud. The story may go differently from the book.

let-the-other-parent-do-it-differently =
    .title = Let the other parent do it differently
    .body = Is your partner or co-parent taking over the bath, getting dressed or bedtime? Then really step away, and don’t correct unless it’s unsafe. A different way isn’t a worse way. Your child builds a bond of their own with each of you, precisely through that personal style, and the other parent grows in confidence. And you get ten minutes to yourself.

holiday-with-a-toddler-is-not-rest =
    .title = On holiday with a toddler: don’t expect rest
    .body = Does your holiday feel mostly like the same work in a strange place, with less sleep? Very normal with a toddler. Lower your expectations: an afternoon of doing nothing is a holiday too. Agree with whoever you’re travelling with that each of you takes turns to have a lie-in or an hour out alone. A holiday with a toddler isn’t a rest cure, and that’s good enough.

long-car-trip-songs-and-stops =
    .title = A long car journey? Songs, stops and looking out
    .body = A long drive ahead? Plan stops for running around and cuddles, and pack a small bag with books or toys your child hasn’t seen for a while. Sing together on the way, and play “what can I see?”: a cow, a lorry, a bridge. That way the journey becomes something you do together. A video for part of the journey can be part of it too.

a-story-from-your-childhood =
    .title = Tell a story from when you were little
    .body = Today, without a book, tell a very short true story from when you were little, in your own language: “When I was small, we had a chicken. One day it just walked into the kitchen!” Look at your child, use your hands and your voice. Your child hears where they come from. Does your child ask for “the chicken” again tomorrow? Then you’ve got a classic.

threw-away-their-treasure =
    .title = Threw away your child’s treasure?
    .body = Did you throw away a crumpled leaf, a stick or a broken toy car, and now your child is inconsolable? Rather than “it’s just a stick”, say: “That was your special stick, and I threw it away. I’m sorry.” Get it back if you can, or find a new one together. From now on, ask first: “Can this go, or is it treasure?” Your child notices that their things matter to you too.

toddler-says-a-rude-word =
    .title = Your child suddenly says a rude word?
    .body = Does a swear word suddenly pop out of that little mouth, picked up in the street, at childcare or simply at home? Your child doesn’t know what it means, only that the word gets a reaction. Respond calmly and briefly: “That’s not a nice word. Say: fiddlesticks!” A big shock or loud laughter only makes the word exciting. Use the funny word often yourself; the rude one is often soon forgotten.

read-it-wrong-on-purpose =
    .title = Read it wrong on purpose
    .body = Does your child know a book well? Today, say something silly on purpose: “And the cow says… miaow!” Wait a moment. Many toddlers shout indignantly “no, moo!” and collapse in giggles. Act surprised: “Oh? What does the cow say, then?” Your child gets to know better, and laughing about words together is language and bonding at once. Want it exactly as always tonight? Fine too.

sing-along-their-version =
    .title = Your child sings it differently? Sing along
    .body = Is your child singing “Twinkle, twinkle, little… car”, or babbling a song with words of their own? Today, sing along with your child’s version, and laugh together. No need to correct: you sing the song the usual way often enough, and that’s how your child picks it up. Joining in with their version says: your voice counts. It may even become your family version.

a-week-alone-with-your-toddler =
    .title = A week alone with your child? Lower the bar
    .body = Is your partner away for a week, for work or family, leaving you on your own? Lower the bar on purpose: easy meals, one outing a day, no big jobs. Ask one person for one thing, like cooking once or babysitting for a morning. And go to bed early yourself. Your child gains more from a calm parent than from a full programme. After a week like that, you can be proud.

let-your-toddler-finish-talking =
    .title = Let your child finish talking
    .body = Does your child sometimes repeat sounds or words, “I-I-I want…”, or search a long time for a word? For many toddlers, their thoughts are running ahead of their mouth. Wait calmly, keep looking at your child and don’t finish the sentence. Don’t say “slow down” either. Your child feels there’s time. Does talking seem to cost effort or tension? Ask the consultatiebureau (child health clinic).

clap-the-names =
    .title = Clap the names of everyone at home
    .body = Today, clap out the names of everyone at home together, to the rhythm of the sounds: “Gran-ny”, two claps; “Mo-ham-med”, three claps. Then the teddy, the cat, the neighbour. Your child may not clap in time yet, and that doesn’t matter. It’s about playing with sound and rhythm together, with the names of people your child knows. Tomorrow, clap your child’s own name.

a-letter-at-two =
    .title = Nearly two: write your child a letter
    .body = Is your child nearly two? Tonight, write a short letter to read together one day: what makes your child laugh now, which words they say, what was hard and what you learned together. Nobody did these two years perfectly, and nobody had to. You kept coming back, after the slip-ups too, and that’s what a child grows on. Keep the letter somewhere safe.
