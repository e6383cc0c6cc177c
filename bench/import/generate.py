#!/usr/bin/env python3
"""Writes a deterministic company in DATA.md format for the import benchmark.

    generate.py OUTDIR [--scale 1.0] [--seed 7]

At scale 1: 100,000 customers, 1,000,000 orders, 300,000 contacts, 200,000 survey answers
and three years of monthly spend. Every row is valid, so the importer does its full work:
parsing, validation, reference checks and writing.
"""
import argparse
import csv
import datetime
import os
import random

SEGMENTS = ["Enterprise", "Mid-market", "SMB", "Consumer"]
REGIONS = ["North", "South", "East", "West", "Central"]
OWNERS = ["Ann Berg", "Bob Chen", "Chloé Dubois", "Dev Patel", "Eva Müller", "Femi Ade"]
REASONS = ["Price", "Service failure", "Product gap", "Moved to competitor", "Billing problem",
           "Relocated/closed"]
STAGES = ["suspect", "prospect", "first_time", "repeat", "client", "advocate", "lapsed", ""]
CATEGORIES = ["Hardware", "Software", "Services", "Supplies", "Training"]
CHANNELS = ["store", "web", "phone", "partner"]
CONTACT_CATEGORIES = ["rescue", "revenue", "request", "relationship"]
TOUCHPOINTS = ["Billing question", "Delivery problem", "Onboarding call", "Renewal meeting",
               "Product defect", "Account review"]
CONTACT_CHANNELS = ["phone", "email", "chat", "visit", "web"]
TEAMS = ["Service desk", "Key accounts", "Field team", "Billing"]
PROGRAMS = ["Loyalty program", "Service desk", "Key-account team", "Win-back campaign",
            "Onboarding", "Customer events"]
COMMENTS = ["", "", "Great service", "Delivery was late, again", "Friendly staff; slow invoices",
            "Would recommend \"without hesitation\"", "Too expensive for what it is"]

START = datetime.date(2022, 1, 1)
DAYS = 3 * 365


def day(offset):
    return (START + datetime.timedelta(days=offset)).isoformat()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    os.makedirs(a.outdir, exist_ok=True)
    n_customers = int(100_000 * a.scale)
    n_orders = int(1_000_000 * a.scale)
    n_contacts = int(300_000 * a.scale)
    n_feedback = int(200_000 * a.scale)

    acquired = []
    with open(os.path.join(a.outdir, "customers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["customer_id", "name", "segment", "region", "account_owner", "acquired_on", "lost_on",
                    "loss_reason", "won_back_on", "stage"])
        for i in range(n_customers):
            acq = rnd.randrange(0, DAYS - 60)
            acquired.append(acq)
            lost = won = reason = ""
            if rnd.random() < 0.2:
                lost_day = rnd.randrange(acq, DAYS - 10)
                lost = day(lost_day)
                reason = rnd.choice(REASONS)
                if rnd.random() < 0.15:
                    won = day(rnd.randrange(lost_day + 1, DAYS))
            w.writerow([f"CUS-{i:07d}", f"Customer {i} {rnd.choice(['GmbH', 'Ltd', 'Inc.', 'SA', 'BV'])}",
                        rnd.choice(SEGMENTS), rnd.choice(REGIONS), rnd.choice(OWNERS), day(acq), lost, reason,
                        won, rnd.choice(STAGES)])

    with open(os.path.join(a.outdir, "orders.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["order_id", "customer_id", "ordered_on", "amount", "category", "channel"])
        for i in range(n_orders):
            c = rnd.randrange(n_customers)
            cents = rnd.randrange(500, 500_000)
            if rnd.random() < 0.03:
                cents = -cents // 10
            amount = f"{'-' if cents < 0 else ''}{abs(cents) // 100}.{abs(cents) % 100:02d}"
            w.writerow([f"ORD-{i:08d}", f"CUS-{c:07d}", day(rnd.randrange(acquired[c], DAYS)), amount,
                        rnd.choice(CATEGORIES), rnd.choice(CHANNELS)])

    with open(os.path.join(a.outdir, "contacts.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["contact_id", "customer_id", "occurred_on", "category", "touchpoint", "channel", "complaint",
                    "resolved_on", "handled_by"])
        for i in range(n_contacts):
            c = rnd.randrange(n_customers)
            occ = rnd.randrange(acquired[c], DAYS)
            resolved = day(min(DAYS, occ + rnd.randrange(0, 10))) if rnd.random() < 0.8 else ""
            w.writerow([f"CON-{i:07d}", f"CUS-{c:07d}", day(occ), rnd.choice(CONTACT_CATEGORIES),
                        rnd.choice(TOUCHPOINTS), rnd.choice(CONTACT_CHANNELS), rnd.choice(["yes", "no", ""]),
                        resolved, rnd.choice(TEAMS)])

    with open(os.path.join(a.outdir, "feedback.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["response_id", "customer_id", "responded_on", "score", "comment"])
        for i in range(n_feedback):
            c = rnd.randrange(n_customers)
            w.writerow([f"RES-{i:07d}", f"CUS-{c:07d}", day(rnd.randrange(acquired[c], DAYS)), rnd.randrange(11),
                        rnd.choice(COMMENTS)])

    with open(os.path.join(a.outdir, "spend.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["month", "program", "amount", "segment"])
        for m in range(36):
            month = f"{2022 + m // 12}-{m % 12 + 1:02d}"
            for p in PROGRAMS:
                for s in [""] + SEGMENTS:
                    w.writerow([month, p, f"{rnd.randrange(1000, 90000)}.{rnd.randrange(100):02d}", s])


if __name__ == "__main__":
    main()
