"""A classifier's examples (contracts, invoices, minutes) and a folder of such documents to index and label.

The examples and the documents are different texts: the documents are what a person would have on disk,
the examples what they would paste into the Classify page.
"""
from __future__ import annotations

import csv
from pathlib import Path

EXAMPLES = {
    "contract": [
        "This agreement is made between the Supplier and the Customer and takes effect on the date of signature.",
        "The Contractor shall deliver the services described in Schedule A and the Client shall pay the fees.",
        "Either party may terminate this agreement with ninety days' written notice to the other party.",
        "The Licensee may not sublicense, assign or transfer its rights under this licence without consent.",
        "This lease is entered into by the Landlord and the Tenant for the premises described below.",
        "The parties agree that this contract is governed by the laws of England and Wales.",
        "Neither party shall be liable for any failure to perform caused by events beyond its reasonable control.",
        "The Employee agrees to keep confidential all information obtained during the term of employment.",
        "In witness whereof the parties have signed this agreement on the dates written below.",
        "The Buyer shall indemnify the Seller against all claims arising from the Buyer's use of the goods.",
        "This non-disclosure agreement binds the receiving party for five years after disclosure.",
        "Any dispute arising under this agreement shall be settled by arbitration in Geneva.",
    ],
    "invoice": [
        "Invoice number 2024-118. Amount due: 1,250.00 EUR. Payment within 30 days of the invoice date.",
        "Please pay the total of 480 dollars to the bank account shown below, quoting the invoice number.",
        "Item: consulting, 12 hours at 95.00 per hour. Subtotal 1,140.00. VAT 20%. Total 1,368.00.",
        "Bill to: Harbour Supplies Ltd. Due date: 15 March. Balance outstanding: 312.40 GBP.",
        "Thank you for your order. Quantity 4 desks, unit price 210.00, total 840.00, tax included.",
        "Invoice for the month of June: hosting 49.00, support plan 120.00, total payable 169.00.",
        "Remittance advice: pay by bank transfer to IBAN DE44 5001 0517 5407 3249 31 within 14 days.",
        "Late payment of this invoice incurs interest at 8% above the base rate.",
        "Credit note 77 refunds 60.00 against invoice 2023-951 for the returned item.",
        "Tax invoice. Supplier VAT number GB 123 4567 89. Net 500.00, VAT 100.00, gross 600.00.",
        "Statement of account: three invoices unpaid, oldest 45 days overdue, total due 2,310.50.",
        "Invoice 5521: delivery charge 25.00, packaging 8.50, goods 412.00. Amount due 445.50.",
    ],
    "minutes": [
        "Minutes of the board meeting held on 3 May. Present: the chair, the treasurer and four members.",
        "Apologies were received from Ms Patel. The minutes of the last meeting were approved.",
        "The committee discussed the new parking rules and agreed to consult residents before deciding.",
        "Action: the secretary to circulate the revised budget to all members before the next meeting.",
        "The chair opened the meeting at 7 pm and welcomed the two new members of the committee.",
        "Item 4, any other business: the summer fete will be held in the park on the first Saturday of July.",
        "It was resolved that the club will raise its annual fee by five pounds from January.",
        "The treasurer reported a balance of 3,400 pounds; the report was accepted by the meeting.",
        "Date of next meeting: Tuesday 12 June at 6.30 pm in the village hall.",
        "The working group presented its findings and members asked questions about the timetable.",
        "A vote was taken on the proposal: seven in favour, two against, one abstention. Carried.",
        "The meeting closed at 8.45 pm. Minutes taken by the secretary.",
    ],
}

DOCUMENTS = {
    "contract": {
        "service-agreement.md": (
            "# Service agreement\n\nThis service agreement is made between Northwind Cleaning Ltd (the Provider) "
            "and the Riverside Dental Practice (the Client).\n\n1. Services. The Provider shall clean the premises "
            "every weekday evening as set out in the schedule.\n\n2. Term. This agreement runs for twelve months "
            "and renews automatically unless either party gives sixty days' written notice.\n\n3. Liability. "
            "The Provider's total liability under this agreement is limited to the fees paid in the previous "
            "year.\n\n4. Governing law. This agreement is governed by the laws of Scotland. Signed by both parties."),
        "office-lease.txt": (
            "LEASE AGREEMENT\n\nThe Landlord lets to the Tenant the second floor of 14 Mill Street for a term of "
            "five years. The Tenant shall pay the rent quarterly in advance and keep the premises in good repair. "
            "The Tenant may not assign or sublet the premises without the Landlord's written consent, which shall "
            "not be unreasonably withheld. Either party may end the lease at the break date on six months' notice. "
            "The security deposit is held by the Landlord and returned at the end of the term."),
        "nda.md": (
            "# Mutual non-disclosure agreement\n\nThe parties wish to discuss a possible joint venture and agree "
            "to protect each other's confidential information.\n\nThe receiving party shall use confidential "
            "information only to evaluate the joint venture and shall not disclose it to any third party. These "
            "obligations survive for three years after the end of the discussions. Nothing in this agreement "
            "grants a licence to any patent or copyright. Breach entitles the disclosing party to seek an "
            "injunction."),
    },
    "invoice": {
        "invoice-0412.txt": (
            "INVOICE 0412\n\nBill to: Riverside Dental Practice, 2 Quay Road.\nInvoice date: 1 April. Due date: "
            "1 May.\n\nEvening cleaning, March, 22 visits at 45.00 = 990.00\nWindow cleaning, 1 visit = 120.00\n"
            "Subtotal 1,110.00\nVAT at 20% 222.00\nTotal due 1,332.00\n\nPlease pay by bank transfer, quoting "
            "invoice number 0412. Late payments incur interest of 8% a year."),
        "hosting-bill.md": (
            "# Invoice HB-2291\n\nCustomer: Mill Street Architects. Billing period: June.\n\n| Item | Amount |\n"
            "|---|---|\n| Web hosting, business plan | 49.00 |\n| Backup storage, 200 GB | 18.00 |\n| Priority "
            "support | 120.00 |\n\nTotal payable: 187.00 USD, charged to the card on file on 5 July. Tax "
            "included where applicable."),
        "statement.txt": (
            "Statement of account for Harbour Supplies Ltd\n\nInvoice 3301, 12 February, 410.00, unpaid, 60 days "
            "overdue.\nInvoice 3318, 2 March, 1,205.50, unpaid.\nCredit note 41, 9 March, -95.00.\n\nBalance "
            "outstanding: 1,520.50 GBP. Please settle the overdue amount within seven days or contact our "
            "accounts department to agree a payment plan."),
    },
    "minutes": {
        "board-minutes-may.md": (
            "# Minutes of the board meeting, 14 May\n\nPresent: J. Okafor (chair), L. Brandt (treasurer), "
            "S. Ito, M. Rossi. Apologies: K. Patel.\n\n1. The minutes of the April meeting were approved.\n\n2. "
            "The treasurer reported that the reserves stand at 12,400. The report was accepted.\n\n3. The board "
            "discussed the office move and agreed to view two buildings before June.\n\nAction: S. Ito to ask "
            "for quotes from three removal firms.\n\nThe meeting closed at 8.10 pm. Next meeting: 11 June."),
        "residents-meeting.txt": (
            "Residents' association, notes of the general meeting held in the community hall on 2 March.\n\n"
            "The chair welcomed forty residents. Item 1: the council's plan for a cycle lane was presented and "
            "residents asked about parking. Item 2: a motion to fund new benches was put to the vote: 31 in "
            "favour, 5 against, 4 abstentions; carried. Item 3, any other business: volunteers are needed for "
            "the spring clean-up. Actions: the secretary to write to the council. The meeting closed at 9 pm."),
        "team-retro.md": (
            "# Project team meeting, 20 September\n\nAttendees: Ana, Ben, Chloe, Dev. Minutes: Chloe.\n\nAgenda: "
            "sprint review, hiring, any other business.\n\nDecisions: the release moves to 3 October; Ben "
            "leads the interviews for the new tester.\n\nActions: Ana to update the roadmap; Dev to fix the build "
            "before Friday.\n\nNext meeting on Monday at 10 am."),
    },
}


CLAUSES = ["Definitions. In this agreement the Supplier means Harbour Components Ltd and the Purchaser means "
           "Mill Street Engineering.", "Orders. The Purchaser may place orders under this framework agreement at any "
           "time during its term.", "Prices. The prices in Schedule 2 are fixed for the first year and may then rise "
           "by no more than inflation.", "Delivery. The Supplier shall deliver each order within ten working days to "
           "the address the Purchaser names.", "Acceptance. The Purchaser may reject goods that do not conform to the "
           "specification within fourteen days of delivery.", "Warranty. The Supplier warrants that the goods are free "
           "from defects for twenty-four months.", "Intellectual property. Each party keeps its own intellectual "
           "property; nothing in this agreement transfers it.", "Confidentiality. Each party shall keep the other's "
           "confidential information secret during the term and for three years after it.", "Termination. Either "
           "party may terminate this agreement for material breach that is not remedied within thirty days.",
           "Force majeure. Neither party is liable for delay caused by events beyond its reasonable control.",
           "Assignment. Neither party may assign this agreement without the other party's written consent.",
           "Governing law. This agreement is governed by the laws of Ireland and the courts of Dublin have "
           "jurisdiction."]
# A document of several chunks, so the labels of its chunks are aggregated.
DOCUMENTS["contract"]["framework-agreement.md"] = "# Framework supply agreement\n\n" + "\n\n".join(
    f"{n}. {clause} The parties have agreed this clause in good faith and it binds their successors."
    for n, clause in enumerate(CLAUSES * 2, 1))


def write_examples(path: Path) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "kind"])
        writer.writerows([text, label] for label, texts in EXAMPLES.items() for text in texts)
    return path


def write_documents(folder: Path) -> dict[str, str]:
    """The documents under `folder` (one subfolder a kind, so a folder filter can be tried too); path -> kind."""
    kinds = {}
    for kind, files in DOCUMENTS.items():
        (folder / kind).mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            path = folder / kind / name
            path.write_text(text, encoding="utf-8")
            kinds[str(path)] = kind
    return kinds
