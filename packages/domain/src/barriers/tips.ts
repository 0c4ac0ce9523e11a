// Weekly coaching tips, one pool per barrier. Written for this product: practical, warm,
// one or two sentences. Never change an id once shipped; digest history points at it.
import type { BarrierId, Tip } from "./types";

export const TIPS: Readonly<Record<BarrierId, readonly Tip[]>> = {
  confidence: [
    {
      id: "confidence.two-line-intro",
      text: "Write a two-line introduction: who you are and what you're curious about at the moment. Say it out loud twice before your next event.",
    },
    {
      id: "confidence.one-conversation",
      text: "Aim for one good conversation, not the whole room. Leaving after a single real chat still counts as a win.",
    },
    {
      id: "confidence.speak-first",
      text: "Most people at an event are quietly relieved when someone else speaks first. Going first is a small kindness.",
    },
    {
      id: "confidence.helped-list",
      text: "Keep a short list of times you helped someone this year. Skim it on the way in and you'll remember what you bring.",
    },
    {
      id: "confidence.arrive-early",
      text: "Arrive early. A half-empty room is far easier to join than one where everyone has already formed circles.",
    },
    {
      id: "confidence.rehearse-with-peer",
      text: "Ask a teammate to hear your introduction over coffee. Five minutes of practice takes the edge off the real thing.",
    },
    {
      id: "confidence.lead-with-question",
      text: 'A question takes the spotlight off you. "What brought you here today?" works almost anywhere.',
    },
    {
      id: "confidence.start-inside",
      text: "Start close to home: say hello to someone from another team this week. It's the same skill with lower stakes.",
    },
    {
      id: "confidence.nerves-look-keen",
      text: "From the outside, nervous energy usually reads as enthusiasm. You don't need to hide it.",
    },
    {
      id: "confidence.note-what-worked",
      text: "After each conversation, jot down one thing that went well. Confidence grows from evidence, not pep talks.",
    },
  ],
  rejection: [
    {
      id: "rejection.silence-is-busy",
      text: "No reply usually means busy, not no. A friendly nudge a week later is completely normal.",
    },
    {
      id: "rejection.count-attempts",
      text: "Count the people you reached out to, not the yeses. Asking is the part you control.",
    },
    {
      id: "rejection.one-lesson",
      text: "When someone declines, note one thing you might try differently next time, then let the rest go.",
    },
    {
      id: "rejection.easy-yes",
      text: 'Make it easy to say yes: "20 minutes next Tuesday or Thursday?" beats "let\'s catch up sometime".',
    },
    {
      id: "rejection.quiet-inboxes",
      text: "Expect a few unanswered messages every month. That's the ordinary arithmetic of reaching out, not a verdict on you.",
    },
    {
      id: "rejection.useful-nudge",
      text: "A second message that brings something useful, like an article or an event, rarely feels pushy to the reader.",
    },
    {
      id: "rejection.picture-the-yes",
      text: "Before you hesitate, picture what a yes could lead to. The upside is usually bigger than the sting of a no.",
    },
    {
      id: "rejection.send-before-overthinking",
      text: "Write the message, read it once, send it. Redrafting for an hour rarely makes it better, just later.",
    },
    {
      id: "rejection.not-now-is-later",
      text: '"Not right now" often means "try me later". Set yourself a reminder for next quarter.',
    },
    {
      id: "rejection.swap-stories",
      text: "Swap a brush-off story with a teammate. You'll find everyone has a few, and they sting less once shared.",
    },
  ],
  time: [
    {
      id: "time.piggyback-events",
      text: "Look at events already in your calendar and pick one where you'll make a point of meeting someone new.",
    },
    {
      id: "time.book-the-slot",
      text: "Put 30 minutes of networking time in your calendar and protect it the way you would a meeting with your manager.",
    },
    {
      id: "time.five-minute-follow-up",
      text: "A follow-up message takes five minutes. Send one in the gap between two meetings today.",
    },
    {
      id: "time.lunch-with-someone",
      text: "You eat lunch anyway. Once this week, eat it with someone you don't usually talk to.",
    },
    {
      id: "time.pick-three",
      text: "Choose the three networking things that matter most this week and let the rest wait without guilt.",
    },
    {
      id: "time.walk-and-talk",
      text: "Turn a catch-up call into a walking call. It fits into a busy day and conversations often flow better.",
    },
    {
      id: "time.groups-you-love",
      text: "The communities you already enjoy, a running club or a volunteering group, are networks too. Show up with a little curiosity.",
    },
    {
      id: "time.batch-messages",
      text: "Batch your outreach: write three short messages in one sitting rather than one a day.",
    },
    {
      id: "time.short-is-fine",
      text: "A 15-minute coffee is a perfectly good meeting. Offer shorter slots and more people will say yes.",
    },
    {
      id: "time.end-of-week-review",
      text: "On Friday, spend two minutes noting who you met and who needs a reply. Monday will thank you.",
    },
  ],
  skills: [
    {
      id: "skills.three-openers",
      text: "Keep three openers ready: one about the event, one about the other person's work, one about something you both just heard.",
    },
    {
      id: "skills.open-questions",
      text: 'Swap "Do you like your job?" for "What\'s keeping you busy at the moment?". Open questions invite stories.',
    },
    {
      id: "skills.reflect-back",
      text: "Before you reply, sum up what you just heard in a sentence. People remember feeling listened to.",
    },
    {
      id: "skills.follow-up-48h",
      text: "Follow up within two days and mention something specific you talked about. It turns a chat into a connection.",
    },
    {
      id: "skills.graceful-exit",
      text: "Have an easy way out ready: \"It's been great talking; I'm going to say hello to a few more people.\" Exits are a skill too.",
    },
    {
      id: "skills.names",
      text: "Say a new person's name back once early in the conversation. It helps you remember it and they'll notice.",
    },
    {
      id: "skills.post-event-notes",
      text: "Straight after an event, note each person's name, one detail and one next step. Memory fades fast.",
    },
    {
      id: "skills.join-a-pair",
      text: "Join pairs rather than tight groups: two people talking are usually easier to join than a circle of five.",
    },
    {
      id: "skills.second-question",
      text: "Ask a second question about the same topic before moving on. Depth beats a list of small-talk subjects.",
    },
    {
      id: "skills.offer-something",
      text: "End by offering something small, an article or a name to look up. It gives you a natural reason to follow up.",
    },
  ],
  opportunities: [
    {
      id: "opportunities.team-list",
      text: "Check the team's event list this week; a teammate may already have found something worth your time.",
    },
    {
      id: "opportunities.professional-body",
      text: "Look up the professional association for your field. Many have local groups and free events for newcomers.",
    },
    {
      id: "opportunities.online-communities",
      text: "An active online community counts. Answer one question in a forum or group where people in your field gather.",
    },
    {
      id: "opportunities.ask-colleagues",
      text: "Ask two colleagues which events or groups they've found useful. Personal recommendations beat search results.",
    },
    {
      id: "opportunities.share-finds",
      text: "When you spot an interesting event, add it to the team list. Sharing finds tends to bring more finds back to you.",
    },
    {
      id: "opportunities.online-talks",
      text: "If travel is hard, an online talk with a live Q&A is a real chance to be noticed. Ask one question.",
    },
    {
      id: "opportunities.update-profile",
      text: "Refresh your professional profile so people you meet can find you and see what you're working on.",
    },
    {
      id: "opportunities.internal-events",
      text: "Don't overlook what happens inside the company: open demos, all-hands socials and guild meetings are easy wins.",
    },
    {
      id: "opportunities.go-together",
      text: "Go to an event with a teammate who's already going. You'll get there, and you'll have a friendly face in the room.",
    },
    {
      id: "opportunities.alumni",
      text: "Former classmates and colleagues are a network you already have. Reconnect with one this week.",
    },
  ],
  short_term: [
    {
      id: "short_term.give-first",
      text: "Send someone a link, a tip or an introduction with nothing asked in return. Giving first is how trust starts.",
    },
    {
      id: "short_term.long-game",
      text: "Judge a conversation by whether you'd be glad to talk again, not by what it got you this week.",
    },
    {
      id: "short_term.check-in-no-reason",
      text: "Message someone you haven't spoken to in a while, just to ask how they are. No agenda needed.",
    },
    {
      id: "short_term.make-an-intro",
      text: "Think of two people who'd benefit from knowing each other and introduce them. It's one of the most generous things you can do.",
    },
    {
      id: "short_term.cadence",
      text: "Set a keep-in-touch rhythm for the people who matter most, say every two or three months, and let reminders do the remembering.",
    },
    {
      id: "short_term.celebrate-them",
      text: "Spotted a contact's promotion or launch? A short, genuine congratulations goes a long way.",
    },
    {
      id: "short_term.ask-how-to-help",
      text: 'End a catch-up by asking "Is there anything I could help with?" and mean it.',
    },
    {
      id: "short_term.seeds",
      text: "Most useful connections pay off months or years later. Today's coffee is planting, not harvesting.",
    },
    {
      id: "short_term.share-learning",
      text: "Share something you learned recently with a contact who'd find it useful. Knowledge is an easy gift.",
    },
    {
      id: "short_term.remember-details",
      text: "Note one personal detail after each conversation, a trip or a project, and ask about it next time.",
    },
  ],
  unclear_goals: [
    {
      id: "unclear_goals.one-sentence",
      text: 'Finish this sentence: "This quarter, networking should help me…". The answer is your goal.',
    },
    {
      id: "unclear_goals.pick-one",
      text: "Choose one aim for now: a mentor, a move into a new area, or a wider circle. You can change it later.",
    },
    {
      id: "unclear_goals.write-steps",
      text: "Break your goal into three steps you could start this week. Small steps are easier to keep.",
    },
    {
      id: "unclear_goals.measure",
      text: 'Give your goal a number and a date, like "meet four people in product by June", so you can see progress.',
    },
    {
      id: "unclear_goals.review",
      text: "Every few weeks, look at your goal and ask: is this still what I want? Adjusting is part of the plan.",
    },
    {
      id: "unclear_goals.choose-events",
      text: "Before signing up for an event, ask whether it moves your goal forward. It makes saying no much easier.",
    },
    {
      id: "unclear_goals.who-is-ahead",
      text: "Name three people doing what you'd like to be doing in a few years. They're a good place to start.",
    },
    {
      id: "unclear_goals.tell-someone",
      text: "Tell a teammate or your manager what you're aiming for. Saying it out loud makes it real, and they may know someone.",
    },
    {
      id: "unclear_goals.celebrate-progress",
      text: "Notice progress, even small. One new contact towards your goal is one more than last week.",
    },
    {
      id: "unclear_goals.ask-for-specifics",
      text: "When you meet someone helpful, ask for one specific thing, such as a name or a resource, that fits your goal.",
    },
  ],
  values: [
    {
      id: "values.be-yourself",
      text: "You don't need a networking persona. Talk about what genuinely interests you; it's more memorable anyway.",
    },
    {
      id: "values.interest-first",
      text: 'Choose events built around a topic you love rather than ones labelled "networking". The conversations come more easily.',
    },
    {
      id: "values.common-ground",
      text: "Look for common ground rather than a pitch: a shared hobby, a cause, a place you've both lived.",
    },
    {
      id: "values.say-no",
      text: "It's fine to skip events that don't suit you. Spend that energy on one that does.",
    },
    {
      id: "values.volunteer",
      text: "Volunteering for something you care about is networking in its kindest form: you meet people while doing good.",
    },
    {
      id: "values.one-to-one",
      text: "If big rooms feel wrong, favour one-to-one coffees. Depth suits many people better than breadth.",
    },
    {
      id: "values.curiosity-not-selling",
      text: "Think of networking as being curious about people, not promoting yourself. Curiosity is hard to fake and easy to like.",
    },
    {
      id: "values.tag-interests",
      text: "Add a few interest tags to your profile so teammates can point you towards events that fit you.",
    },
    {
      id: "values.honest-intro",
      text: "Introduce yourself in the words you'd use with a friend. Plain language makes people relax.",
    },
    {
      id: "values.own-format",
      text: "Host something small in your own style, a reading group or a walk, and invite a few people. You set the tone.",
    },
  ],
};
