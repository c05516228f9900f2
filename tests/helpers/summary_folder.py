"""A folder of 20 varied documents in four formats (PDF by fpdf2, DOCX by python-docx, Markdown, text),
for the collection summary's tests and benchmark. Each has a subject of its own, facts with figures and
names, and some run over two or three pages."""
from __future__ import annotations

from pathlib import Path

DOCUMENTS = [
    ("leave-policy", "Annual leave policy", [
        "Every employee of Northwind Traders receives 27 days of paid annual leave each calendar year. "
        "Leave requests are entered in the staff portal at least two weeks before the first day away.",
        "Up to five unused days may be carried over into the next year; the rest expire on 31 March. "
        "Managers approve requests within three working days."]),
    ("printer-manual", "Setting up the LaserJet 4200 printer", [
        "Unpack the printer and remove the orange shipping tape from the toner door. Connect the power "
        "cable before the network cable.",
        "Press the Menu button, choose Network Setup and enter the address given by the IT desk. "
        "A test page prints when the green light stops blinking.",
        "Replace the toner cartridge when the display shows the message Toner Low. Each cartridge "
        "prints about 6,000 pages."]),
    ("board-minutes-march", "Board minutes, 14 March", [
        "The board met in the Lisbon office. Chair Elena Moreau opened the meeting at nine o'clock.",
        "The board approved a budget of 2.4 million euros for the new warehouse in Porto. "
        "Construction is planned to start in September.",
        "The treasurer reported that revenue grew by 8 percent compared with the previous quarter."]),
    ("travel-expenses", "Travel expenses", [
        "Train travel in second class is reimbursed for trips under four hours. Flights need the written "
        "approval of a department head.",
        "Hotel costs are covered up to 140 euros per night in most cities and 190 euros in London and Paris. "
        "Receipts are uploaded within thirty days of the trip."]),
    ("security-guidelines", "Information security guidelines", [
        "Passwords must be at least fourteen characters long and are changed only when a leak is suspected. "
        "Two-factor authentication is required for email and the finance system.",
        "Laptops lock their screens after five minutes without use. Lost devices are reported to the "
        "security team by phone the same day."]),
    ("cafeteria-menu", "Cafeteria menu changes", [
        "From October the cafeteria serves a vegetarian main dish every day. Soup of the day costs "
        "three euros and comes with bread.",
        "The salad bar moves to the ground floor next to the coffee machines. Opening hours stay from "
        "half past eleven to two."]),
    ("onboarding-checklist", "Onboarding checklist for new staff", [
        "On the first day the new colleague receives a badge, a laptop and an introduction to the team. "
        "The buddy programme pairs each newcomer with an experienced colleague for six weeks.",
        "By the end of the first month the newcomer completes the safety training and meets the "
        "works council."]),
    ("warehouse-safety", "Warehouse safety rules", [
        "Forklift drivers hold a valid licence and wear high-visibility vests at all times. The speed "
        "limit inside the warehouse is ten kilometres per hour.",
        "Pallets are stacked no higher than three levels. Fire exits are checked every Monday by the "
        "shift supervisor, Tomasz Nowak."]),
    ("customer-survey", "Customer survey results", [
        "The spring survey reached 1,850 customers in Spain and Portugal. Overall satisfaction rose to "
        "82 percent.",
        "Customers praised the delivery times but asked for clearer invoices. Complaints about the "
        "mobile app fell by half after the May update."]),
    ("it-helpdesk", "Using the IT helpdesk", [
        "Tickets are opened through the helpdesk portal or by calling extension 4400. Urgent problems "
        "that stop work are answered within one hour.",
        "Software requests need the approval of a line manager. The helpdesk is open from eight to six "
        "on working days."]),
    ("garden-club", "Garden club newsletter", [
        "The garden club planted forty apple trees along the river path in April. Volunteers meet every "
        "second Saturday to water the young trees.",
        "Margaret Olsen will give a talk on composting in the community hall on 12 June."]),
    ("bicycle-scheme", "Company bicycle scheme", [
        "Employees can lease an electric bicycle through the company for up to 36 months. The monthly "
        "rate is taken from the gross salary.",
        "Bicycles are insured against theft, and a service check every spring is included in the lease."]),
    ("quarterly-sales", "Quarterly sales report", [
        "Sales in the third quarter reached 5.1 million euros, driven by the new coffee machines. "
        "The northern region grew fastest.",
        "Returns stayed below two percent. The sales team hired four new account managers in Madrid."]),
    ("parental-leave", "Parental leave", [
        "Parents may take up to sixteen weeks of paid parental leave after the birth or adoption of a child. "
        "The leave can be split into at most three periods.",
        "Human resources must be told eight weeks before the leave begins."]),
    ("recycling-plan", "Office recycling plan", [
        "Paper, plastic and glass are collected in separate bins on every floor. Batteries go into the box "
        "at the reception desk.",
        "The goal is to cut the waste sent to landfill by thirty percent before the end of next year."]),
    ("conference-report", "Report from the logistics conference", [
        "Three colleagues attended the European logistics conference in Rotterdam. Talks covered "
        "autonomous trucks, port automation and carbon reporting.",
        "The team brought back contacts with two software vendors for route planning."]),
    ("remote-work", "Remote work agreement", [
        "Staff may work from home up to three days a week after their probation period. A desk, a chair "
        "and a monitor can be borrowed from the office.",
        "Core hours from ten to three apply to everyone, wherever they work."]),
    ("fire-drill", "Fire drill procedure", [
        "When the alarm sounds, leave the building by the nearest stairs and never use the lifts. Fire "
        "wardens wear yellow helmets and check every room on their floor.",
        "Everyone gathers at the assembly point in the north car park until the all-clear is given."]),
    ("supplier-audit", "Supplier audit summary", [
        "The audit of Atlas Packaging found that deliveries arrived on time in 94 percent of cases. "
        "Two batches of boxes failed the moisture test.",
        "Atlas agreed to a corrective plan with weekly quality reports until December."]),
    ("training-catalogue", "Training catalogue", [
        "The catalogue lists courses in spreadsheet skills, negotiation and first aid. Each employee has "
        "a training budget of 800 euros per year.",
        "Courses are booked through the learning platform, and certificates are stored in the personnel file."]),
]
FORMATS = ["pdf", "docx", "md", "txt"]


def write_pdf(path: Path, title: str, paragraphs: list[str]) -> Path:
    """One paragraph a page (so the pages cited can be checked), Helvetica, by fpdf2."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for number, paragraph in enumerate(paragraphs):
        pdf.add_page()
        if number == 0:
            pdf.set_font("Helvetica", style="B", size=14)
            pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def write_docx(path: Path, title: str, paragraphs: list[str]) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


def write_text(path: Path, title: str, paragraphs: list[str], markdown: bool) -> Path:
    heading = f"# {title}" if markdown else title
    path.write_text("\n\n".join([heading, *paragraphs]) + "\n", encoding="utf-8")
    return path


def make_folder(folder: Path, count: int = 20) -> list[Path]:
    """`count` documents (at most 20), the formats taken in turn; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, (stem, title, paragraphs) in enumerate(DOCUMENTS[:count]):
        kind = FORMATS[index % len(FORMATS)]
        path = folder / f"{stem}.{kind}"
        if kind == "pdf":
            write_pdf(path, title, paragraphs)
        elif kind == "docx":
            write_docx(path, title, paragraphs)
        else:
            write_text(path, title, paragraphs, markdown=kind == "md")
        paths.append(path)
    return paths
