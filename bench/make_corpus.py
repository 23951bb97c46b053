"""Write N synthetic position papers (600-900 words) for the benchmark.

Each paper has a MUN header, the usual sections, and planted problems (contractions, web
debris, US spellings, undefined acronyms, long sentences, malapropisms, stale time claims),
drawn with a fixed seed so two runs write the same corpus.

    python bench/make_corpus.py OUT_DIR --count 1000 [--formats txt,docx,pdf] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

COUNTRIES = [
    "Belgium", "Japan", "Brazil", "Kenya", "Canada", "India", "Norway", "Mexico", "Ghana",
    "Indonesia", "Chile", "Türkiye", "Viet Nam", "Côte d'Ivoire", "Germany", "Egypt", "Peru",
    "Sweden", "Nigeria", "Australia", "Morocco", "Philippines", "Poland", "Senegal", "Jordan",
]
TOPICS = [
    ("Counter-Terrorism Cooperation", "terrorist attacks", "the Counter-Terrorism Committee"),
    ("Climate Finance", "climate disasters", "the Green Climate Fund"),
    ("Cybersecurity and Critical Infrastructure", "cyber attacks", "the Open-ended Working Group"),
    ("Refugee Protection", "forced displacements", "the Office of the United Nations High Commissioner for Refugees"),
    ("Global Health Security", "disease outbreaks", "the World Health Organization"),
]
COMMITTEES = ["Security Council", "General Assembly Third Committee", "Economic and Social Council", "Human Rights Council"]

CLEAN = [
    "{country} believes that lasting progress on {topic_lower} requires sustained cooperation among Member States.",
    "The Delegation of {country} recalls that the issue has been on the agenda of {body} for many years.",
    "Since {year}, {country} has contributed experts, funding and training to regional partners.",
    "{country} supports transparent reporting and regular review of national action plans.",
    "The Delegation welcomes the work of {body} and calls for its mandate to be renewed.",
    "Regional organizations play a central role in sharing information and building capacity.",
    "{country} has adopted national legislation that reflects its obligations under international law.",
    "Civil society and academic institutions contribute evidence that improves policy design.",
    "The Delegation of {country} encourages Member States to exchange good practices through existing mechanisms.",
    "Effective measures must respect human rights, the rule of law and the principle of non-discrimination.",
    "{country} proposes a voluntary peer-review process hosted by {body}.",
    "Financing remains the main constraint for developing countries, and {country} supports predictable funding.",
    "Data collection should follow common definitions so that national reports can be compared.",
    "The Delegation stresses that prevention is less costly than response.",
    "{country} is ready to host a regional workshop on implementation in {next_year}.",
]
PLANTED = [
    "We don't believe that {topic_lower} can be solved by one nation alone.",
    "{country} has supported many programs at the UN counter-terrorism center.",
    "{country} is a member of FATF and works closely with the OSCE.",
    "The United Nation Security Council must act in the mere future.",
    "{country} has not seen any {events} for the last 2 years, unlike in {year}.",
    "Hopefully, Member States will basically agree on a lot of measures.",
    "Irregardless of the cost, the the international community must act.",
    "The member states of the security council should analyze the situation and defend the center of the debate and the programs which have been proposed by regional partners and by civil society organizations working in the field over the past decade across many different regions of the world.",
    "13 views0 comments",
    "Follow us on Instagram and Facebook to get the latest updates!",
]


def paper(rng: random.Random, index: int) -> tuple[str, str]:
    country = rng.choice(COUNTRIES)
    title, events, body = rng.choice(TOPICS)
    year = rng.randint(2005, 2019)
    fill = {
        "country": country, "topic_lower": title.lower(), "events": events, "body": body,
        "year": year, "next_year": year + rng.randint(2, 6),
    }
    header = [
        f"Committee: {rng.choice(COMMITTEES)}",
        f"Country: {country}",
        f"Topic: {title}",
        f"Date: {year + rng.randint(1, 6)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
    ]
    sections = ["Topic Background", "Past International Action", "Country Policy", "Proposed Solutions"]
    parts = ["\n".join(header)]
    planted = rng.sample(PLANTED, rng.randint(3, 6))
    words = 0
    target = rng.randint(600, 900)
    for section_index, section in enumerate(sections):
        parts.append(section)
        for _ in range(rng.randint(2, 3)):
            sentences = [rng.choice(CLEAN).format(**fill) for _ in range(rng.randint(3, 5))]
            if planted and rng.random() < 0.5:
                sentences.insert(rng.randrange(len(sentences) + 1), planted.pop().format(**fill))
            paragraph = " ".join(sentences)
            words += len(paragraph.split())
            parts.append(paragraph)
        if section_index == len(sections) - 1:
            while words < target:
                paragraph = " ".join(rng.choice(CLEAN).format(**fill) for _ in range(4))
                words += len(paragraph.split())
                parts.append(paragraph)
    parts.append("Sources")
    parts.append(f"United Nations, Report of the Secretary-General on {title} ({year}).")
    parts.extend(p.format(**fill) for p in planted)
    return f"paper-{index:04d}-{country.split()[0].lower()}", "\n\n".join(parts) + "\n"


def write_docx(text: str, path: Path) -> None:
    import docx

    document = docx.Document()
    for block in text.split("\n\n"):
        document.add_paragraph(block)
    document.save(path)


def write_pdf(text: str, path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    safe = text.encode("latin-1", "replace").decode("latin-1")
    for block in safe.split("\n\n"):
        pdf.multi_cell(0, 5, block)
        pdf.ln(3)
    pdf.output(str(path))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--formats", default="txt")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    formats = args.formats.split(",")
    for index in range(args.count):
        name, text = paper(rng, index)
        if "txt" in formats:
            (args.out / f"{name}.txt").write_text(text, encoding="utf-8")
        if "docx" in formats:
            write_docx(text, args.out / f"{name}.docx")
        if "pdf" in formats:
            write_pdf(text, args.out / f"{name}.pdf")


if __name__ == "__main__":
    main()
