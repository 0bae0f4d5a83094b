"""What the demo series says: the people, cards, links, votes and reflections of
three quarterly workshops of a motor-claims team (see app/demo.py)."""

from __future__ import annotations

SERIES_DESCRIPTION = ("A motor-claims team maps its work every quarter: where claims get stuck, "
                      "where know-how sits, and how value flows with the brokers. A demo made by Meshwork.")
FACILITATOR = "Maya Lindqvist"

# name, role, team, colour (Okabe-Ito)
PEOPLE = [
    ("Tom Okafor", "Customer service agent", "Contact centre", "#E69F00"),
    ("Amira Haddad", "Claims handler", "Motor claims", "#56B4E9"),
    ("Jonas Weber", "Claims handler", "Motor claims", "#0072B2"),
    ("Priya Nair", "Loss assessor", "Assessment", "#009E73"),
    ("Lena Kowalski", "Fraud analyst", "Special investigations", "#D55E00"),
    ("Sam Reyes", "Team lead", "Motor claims", "#CC79A7"),
]
BROKER = ("Daniel Mensah", "Broker liaison", "Broker partnerships", "#999999")

Q1 = {"title": "Q1: Mapping the claim journey",
      "purpose": "How does a motor claim move through our team, and where does it get stuck?"}
Q2 = {"title": "Q2: Where our know-how lives",
      "purpose": "Which knowledge do our key activities rest on, and which of it would we lose "
                 "if one person left?"}
Q3 = {"title": "Q3: Value flows with our brokers",
      "purpose": "What flows between us and the brokers who bring in half of our claims, and what "
                 "do we get back?"}
REVIEW_STEP = {
    "title": "What changed since last time", "duration_s": 900,
    "prompt": "Walk the activity map from last quarter. Move, reword or remove what is no longer true "
              "and add what is new. Which actions did we finish, and what did they change?",
}

# -- Q1: Activity map -----------------------------------------------------------------
# key, author, kind, text, extra fields
Q1_CARDS = [
    ("fnol", "Tom Okafor", "activity", "Take the first notice of loss by phone",
     {"why": "So the claim starts the same day", "tags": ["intake"]}),
    ("status", "Tom Okafor", "activity", "Answer status calls from customers", {"tags": ["status"]}),
    ("script", "Tom Okafor", "resource", "Call script for first notice of loss", {"knowledge_type": "artefact"}),
    ("calls", "Tom Okafor", "pain point", "Customers call three or four times to ask where their claim is",
     {"tags": ["status"]}),
    ("allocate", "Sam Reyes", "activity", "Allocate new claims to handlers every morning", {"tags": ["intake"]}),
    ("approve", "Sam Reyes", "activity", "Approve settlements above the handler's limit",
     {"tags": ["settlement"]}),
    ("load", "Sam Reyes", "resource", "Knowing who is overloaded without asking",
     {"knowledge_type": "natural talent"}),
    ("rekey", "Jonas Weber", "activity", "Re-key the claim from the call notes into ClaimsPro",
     {"tags": ["intake"]}),
    ("cover", "Amira Haddad", "activity", "Check policy cover and excess", {}),
    ("estimate", "Jonas Weber", "activity", "Request the repair estimate from the garage", {"tags": ["garage"]}),
    ("chase", "Amira Haddad", "activity", "Chase the customer for missing documents", {"tags": ["documents"]}),
    ("settle", "Amira Haddad", "activity", "Agree the settlement and pay out",
     {"why": "So the customer is back on the road quickly and paid fairly", "tags": ["settlement"]}),
    ("fair", "Amira Haddad", "purpose", "Customers are back on the road quickly and paid fairly", {}),
    ("claimspro", "Jonas Weber", "resource", "ClaimsPro claims system", {"knowledge_type": "artefact"}),
    ("padding", "Jonas Weber", "resource", "Knowing which garages pad their estimates",
     {"knowledge_type": "heuristic", "tags": ["garage"]}),
    ("post", "Jonas Weber", "pain point", "Garage estimates arrive by post or email, never in ClaimsPro",
     {"tags": ["garage"]}),
    ("inspect", "Priya Nair", "activity", "Inspect the damage on site", {"tags": ["assessment"]}),
    ("report", "Priya Nair", "activity", "Write the assessment report", {"tags": ["assessment"]}),
    ("mismatch", "Priya Nair", "resource", "Spotting repairs that don't match the accident",
     {"knowledge_type": "experience"}),
    ("photos", "Priya Nair", "pain point", "Assessment requests come without photos, so I drive out for nothing",
     {"tags": ["assessment"]}),
    ("screen", "Lena Kowalski", "activity", "Screen flagged claims for fraud indicators", {"tags": ["fraud"]}),
    ("rules", "Lena Kowalski", "resource", "Fraud scoring rules", {"knowledge_type": "artefact"}),
    ("which", "Lena Kowalski", "question", "Which claims should we actually send to fraud screening?",
     {"tags": ["fraud"]}),
]
# source, target, kind, label
Q1_LINKS = [
    ("fnol", "rekey", "hand-off", "call notes"),
    ("rekey", "allocate", "hand-off", "new claim in the queue"),
    ("allocate", "cover", "hand-off", "allocated claim"),
    ("cover", "screen", "hand-off", "flagged claim"),
    ("cover", "estimate", "hand-off", "cover confirmed"),
    ("estimate", "inspect", "hand-off", "assessment request"),
    ("report", "settle", "hand-off", "assessment report"),
    ("settle", "approve", "depends on", "approval over limit"),
    ("status", "rekey", "depends on", "status in ClaimsPro"),
    ("fnol", "script", "uses", ""),
    ("cover", "claimspro", "uses", ""),
    ("estimate", "padding", "uses", ""),
    ("inspect", "mismatch", "uses", ""),
    ("screen", "rules", "uses", ""),
    ("allocate", "load", "uses", ""),
    ("calls", "status", "informs", ""),
    ("post", "estimate", "informs", ""),
    ("photos", "inspect", "informs", ""),
    ("settle", "fair", "informs", ""),
]
Q1_VOTES = [
    ("calls", ["Tom Okafor", "Tom Okafor", "Amira Haddad", "Sam Reyes", "Sam Reyes"]),
    ("photos", ["Priya Nair", "Priya Nair", "Jonas Weber", "Lena Kowalski"]),
    ("rekey", ["Jonas Weber", "Jonas Weber", "Tom Okafor"]),
    ("post", ["Amira Haddad", "Priya Nair", "Sam Reyes"]),
    ("which", ["Lena Kowalski", "Lena Kowalski", "Amira Haddad"]),
]
# kind, text, owner, due in weeks (0: none), card key ('' for none)
Q1_REFLECTIONS = [
    ("insight", "Half of the status calls are about claims that are waiting for the assessor.", "", 0, "calls"),
    ("insight", "Nobody outside the fraud team knew which claims get flagged, or why.", "", 0, "which"),
    ("decision", "Trial proactive SMS status updates at three points of every claim.", "", 0, "calls"),
    ("action", "Set up SMS updates at first notice, assessment booked and payment in ClaimsPro.",
     "Sam Reyes", 6, "calls"),
    ("action", "Add “photos attached?” to the assessment request checklist.", "Priya Nair", 2, "photos"),
    ("action", "Ask IT whether the new online claim form can feed ClaimsPro directly.", "Jonas Weber", 4,
     "rekey"),
]

# -- Q2: Activity map carried, plus an ASHEN knowledge map -------------------------------
Q2_GONE = ["rekey", "photos"]  # the online form feeds ClaimsPro; the checklist fixed the photos
Q2_REWORDED = {"cover": "Check policy cover, excess and no-claims history"}
Q2_NEW_CARDS = [
    ("triage", "Jonas Weber", "activity", "Triage claims arriving through the online claim form",
     {"tags": ["intake"]}),
    ("desk", "Priya Nair", "activity", "Assess simple damage from the customer's photos",
     {"why": "Saves a site visit for about a third of claims", "tags": ["assessment"]}),
    ("skip", "Tom Okafor", "pain point", "The online form lets customers skip the accident description",
     {"tags": ["intake"]}),
]
Q2_NEW_LINKS = [
    ("fnol", "triage", "hand-off", "call notes for phone claims"),
    ("triage", "allocate", "hand-off", "triaged claim"),
    ("estimate", "desk", "hand-off", "photos and estimate"),
    ("desk", "settle", "hand-off", "desk assessment"),
    ("skip", "triage", "informs", ""),
]
# key, author, ASHEN column, text, knowledge type (None for key activities)
Q2_ASHEN = [
    ("k_settle", "Amira Haddad", "Key activities", "Agree the settlement and pay out", None),
    ("k_assess", "Priya Nair", "Key activities", "Assess the damage", None),
    ("k_fraud", "Lena Kowalski", "Key activities", "Screen flagged claims for fraud", None),
    ("k_alloc", "Sam Reyes", "Key activities", "Allocate claims to handlers", None),
    ("a_authority", "Sam Reyes", "Artefacts", "Settlement authority table", "artefact"),
    ("a_rules", "Lena Kowalski", "Artefacts", "Fraud scoring rules", "artefact"),
    ("a_template", "Priya Nair", "Artefacts", "Assessment report template", "artefact"),
    ("s_negotiate", "Amira Haddad", "Skills", "Negotiating a settlement with an upset customer", "skill"),
    ("s_engineer", "Priya Nair", "Skills", "Reading an engineer's report", "skill"),
    ("h_quote", "Jonas Weber", "Heuristics", "A garage that quotes within the hour usually pads the estimate",
     "heuristic"),
    ("h_address", "Lena Kowalski", "Heuristics", "Three claims from one address in a year: look again",
     "heuristic"),
    ("e_hail", "Priya Nair", "Experience", "The hailstorm weekend: triage by photo first", "experience"),
    ("e_migration", "Sam Reyes", "Experience", "Lived through the ClaimsPro migration", "experience"),
    ("t_calm", "Tom Okafor", "Natural talent", "Calming an angry caller", "natural talent"),
    ("t_load", "Sam Reyes", "Natural talent", "Seeing who is overloaded without asking", "natural talent"),
]
Q2_ASHEN_USES = [
    ("k_settle", "a_authority"), ("k_settle", "s_negotiate"), ("k_settle", "h_quote"),
    ("k_assess", "a_template"), ("k_assess", "s_engineer"), ("k_assess", "e_hail"),
    ("k_fraud", "a_rules"), ("k_fraud", "h_address"),
    ("k_alloc", "t_load"), ("k_alloc", "e_migration"), ("k_settle", "t_calm"),
]
Q2_VOTES = [  # two dots each
    ("h_address", ["Lena Kowalski", "Amira Haddad", "Sam Reyes", "Jonas Weber"]),
    ("t_load", ["Sam Reyes", "Tom Okafor"]),
    ("e_hail", ["Priya Nair", "Priya Nair", "Tom Okafor"]),
    ("skip", ["Amira Haddad", "Jonas Weber", "Lena Kowalski"]),
]
Q2_REFLECTIONS = [
    ("insight", "Most fraud heuristics live only in Lena's head; none are in the scoring rules.", "", 0,
     "h_address"),
    ("insight", "Desk assessment from photos saves about a day on simple claims.", "", 0, "desk"),
    ("decision", "Write the ten most used fraud heuristics into the screening checklist.", "", 0, "h_address"),
    ("action", "Pair Lena and Jonas on flagged claims every Tuesday for a quarter.", "Lena Kowalski", 12,
     "h_address"),
    ("action", "Make the accident description a required field of the online form.", "Tom Okafor", 3, "skip"),
    ("action", "Write down how allocation works when Sam is away.", "Sam Reyes", 4, "t_load"),
]

# -- Q3: Activity map carried again, a broker liaison joins, plus a Value network ---------
Q3_GONE = ["calls", "chase"]  # SMS updates ended the status calls; the form collects the documents
Q3_REWORDED = {"status": "Answer the few remaining status calls"}
Q3_NEW_CARDS = [
    ("bulk", "Daniel Mensah", "activity", "Receive broker-notified claims in bulk every Monday",
     {"tags": ["broker", "intake"]}),
    ("authority", "Daniel Mensah", "activity", "Agree repair authority limits with the brokers",
     {"tags": ["broker", "settlement"]}),
    ("sheet", "Daniel Mensah", "pain point", "Broker claims arrive in a spreadsheet, not in ClaimsPro",
     {"tags": ["broker"]}),
]
# The knowledge map is carried too: a heuristic that lived in one head is now written down.
Q3_ASHEN_NEW = [("checklist", "Lena Kowalski", "Artefacts", "Fraud heuristics checklist", "artefact")]
Q3_NEW_LINKS = [
    ("bulk", "triage", "hand-off", "bulk claim spreadsheet"),
    ("authority", "approve", "depends on", "limits signed off"),
    ("sheet", "bulk", "informs", ""),
    ("k_fraud", "checklist", "uses", ""),
]
# key, participant in the room (None: outside the room), what the role gives the network
Q3_NETWORK = [
    ("n_service", "Tom Okafor", "Customer service: first notice and reassurance"),
    ("n_claims", "Amira Haddad", "Claims handling: decisions and payments"),
    ("n_assess", "Priya Nair", "Assessment: the damage, priced"),
    ("n_fraud", "Lena Kowalski", "Fraud: confidence that we pay the right claims"),
    ("n_lead", "Sam Reyes", "Team lead: authority and priorities"),
    ("n_broker", "Daniel Mensah", "Broker liaison: the bridge to our broker partners"),
    ("n_firms", None, "Broker firms"),
    ("n_customer", None, "Customers"),
]
Q3_EXCHANGES = [
    ("n_firms", "n_broker", "hand-off", "bulk claim notifications"),
    ("n_broker", "n_claims", "hand-off", "claims in ClaimsPro"),
    ("n_service", "n_claims", "hand-off", "first notice of loss"),
    ("n_claims", "n_assess", "hand-off", "assessment request"),
    ("n_assess", "n_claims", "hand-off", "assessment report"),
    ("n_claims", "n_customer", "hand-off", "payment"),
    ("n_lead", "n_claims", "hand-off", "approvals over limit"),
    ("n_claims", "n_fraud", "hand-off", "flagged claims"),
    ("n_fraud", "n_claims", "informs", "warnings about suspicious garages"),
    ("n_broker", "n_lead", "informs", "what the brokers' clients complain about"),
    ("n_firms", "n_broker", "informs", "heads-up before a storm weekend"),
    ("n_assess", "n_service", "informs", "what to tell customers about delays"),
    ("n_customer", "n_service", "informs", "how the claim feels from the outside"),
]
Q3_VOTES = [
    ("sheet", ["Daniel Mensah", "Daniel Mensah", "Jonas Weber", "Amira Haddad", "Sam Reyes"]),
    ("n_broker", ["Sam Reyes", "Lena Kowalski", "Tom Okafor"]),
    ("authority", ["Priya Nair", "Amira Haddad"]),
]
Q3_REFLECTIONS = [
    ("insight", "Status calls fell by about half since the SMS updates started; customer service now has "
                "time for the difficult calls.", "", 0, "status"),
    ("insight", "Daniel is the only bridge to the broker firms: every broker exchange runs through him.", "", 0,
     "n_broker"),
    ("decision", "Keep the SMS updates and add one when the repair is booked.", "", 0, ""),
    ("action", "Agree a ClaimsPro import format with the two largest broker firms.", "Daniel Mensah", 8,
     "sheet"),
    ("action", "Introduce Jonas to the broker firms as a second contact.", "Sam Reyes", 4, "n_broker"),
]
