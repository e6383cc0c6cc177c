#pragma once

#include "demorandom.h"

#include <QList>
#include <QString>

namespace acc::demo {

// The language a demo customer's name and comments are written in.
enum class Locale {
    English,
    German,
    French,
    Spanish,
    Italian,
    Nordic,
    Dutch,
    Polish,
    Czech,
    Greek,
    Japanese,
    Arabic,
    Hebrew
};
constexpr int kLocaleCount = 13;

// What a survey comment talks about.
enum class Tone { Positive, Neutral, Delivery, Billing, Price };

// A person's name ("Åsa Sjöberg", "田中 花子") in the locale.
QString personName(Locale locale, Random &random);

// A company name built from parts ("Søndergaard & Holm A/S", "Dvořák s.r.o.").
QString companyName(Locale locale, Random &random);

// A small business's name: a shop, a café, a workshop.
QString shopName(Locale locale, Random &random);

// A survey comment in the locale's language.
QString comment(Locale locale, Tone tone, Random &random);

// Fixed names that show every script; the first customers of every demo carry them.
struct ShowcaseName
{
    QString name;
    Locale locale;
    int region;  // index into the demo's regions
    bool person; // a consumer, not a business
};
const QList<ShowcaseName> &showcaseNames();

} // namespace acc::demo
