#include "common/SeedWorld.h"

#include "salesforce/SalesforceId.h"

#include <array>

namespace {

const std::array<const char *, 48> kFirst = {
    "Northwind",  "Contoso",  "Globex",     "Initech",  "Umbrella",  "Stark",    "Wayne",     "Acme",
    "Hooli",      "Vandelay", "Soylent",    "Tyrell",   "Cyberdyne", "Wonka",    "Gringotts", "Oscorp",
    "Aperture",   "Monarch",  "Pied Piper", "Dunder",   "Sterling",  "Blue Sun", "Massive",   "Nakatomi",
    "Virtucon",   "Zorin",    "Gekko",      "Prestige", "Bluth",     "Krusty",   "Duff",      "Paper Street",
    "Ollivander", "Rekall",   "Tessier",    "Weyland",  "Yoyodyne",  "Abstergo", "Sirius",    "Black Mesa",
    "Kerbal",     "Encom",    "Gideon",     "Lunar",    "Polar",     "Cobalt",   "Juniper",   "Quill"};
const std::array<const char *, 32> kSecond = {
    "Analytics", "Systems",  "Labs",      "Logistics", "Robotics", "Health",   "Capital",  "Media",
    "Networks",  "Foods",    "Energy",    "Software",  "Cloud",    "Biotech",  "Mobility", "Data",
    "Security",  "Retail",   "Studios",   "Aerospace", "Payments", "Learning", "Devices",  "Travel",
    "Materials", "Insights", "Platforms", "Ventures",  "Dynamics", "Works",    "Holdings", "Partners"};
const std::array<const char *, 8> kLegal = {", Inc.", " GmbH", " Ltd", " LLC",
                                            " Corp.", " S.A.", " AG",  " Pty Ltd"};

// Characters allowed in the middle of a generated ID; mixed case exercises the checksum.
const char kIdAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

} // namespace

SeedWorld::SeedWorld(int customers, quint64 seed)
    : m_customers(customers)
    , m_seed(seed)
{}

quint64 SeedWorld::mix(quint64 value) const
{
    // splitmix64 over (seed, value): deterministic and well spread.
    quint64 z = value + m_seed * 0x9E3779B97F4A7C15ULL + 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int SeedWorld::accountCount() const
{
    // Every customer has a look-alike account, plus some accounts with no customer at all.
    return m_customers + m_customers / 5 + 10;
}

QString SeedWorld::accountId(int index) const
{
    // 001 + pod "5g" + reserved "0" + 9 characters from the index and seed.
    QString id15 = QStringLiteral("0015g0");
    quint64 value = static_cast<quint64>(index) * 7919ULL + (mix(0xACC0) & 0xFFFF);
    QString tail;
    for (int i = 0; i < 9; ++i) {
        tail.prepend(QLatin1Char(kIdAlphabet[value % 62]));
        value /= 62;
    }
    id15 += tail;
    return SalesforceId::to18(id15);
}

QString SeedWorld::companyStem(int index) const
{
    // Bijective in index (7 and 5 are coprime with 48 and 32), so names never repeat.
    const quint64 offset = mix(0x57E3);
    const int n1 = static_cast<int>(kFirst.size());
    const int n2 = static_cast<int>(kSecond.size());
    const int first = static_cast<int>((static_cast<quint64>(index % n1) * 7 + offset) % n1);
    const int second = static_cast<int>((static_cast<quint64>((index / n1) % n2) * 5 + (offset >> 8)) % n2);
    QString stem =
        QString::fromLatin1(kFirst[first]) + QLatin1Char(' ') + QString::fromLatin1(kSecond[second]);
    // Beyond the 1,536 plain combinations, a number keeps names unique and readable.
    const int round = index / static_cast<int>(kFirst.size() * kSecond.size());
    if (round > 0) {
        stem += QLatin1Char(' ') + QString::number(round + 1);
    }
    return stem;
}

QString SeedWorld::accountName(int index) const
{
    const quint64 h = mix(static_cast<quint64>(index) + 0x5EED);
    return companyStem(index) + QString::fromLatin1(kLegal[h % kLegal.size()]);
}

QString SeedWorld::accountWebsite(int index) const
{
    QString host = companyStem(index).toLower();
    host.remove(QLatin1Char(' '));
    return QStringLiteral("https://www.") + host + QStringLiteral(".example");
}

QString SeedWorld::customerName(int index) const
{
    const quint64 h = mix(static_cast<quint64>(index) + 0xC057);
    switch (h % 4) {
    case 0:
        return companyStem(index);
    case 1:
        return accountName(index); // identical to the account
    case 2:
        return companyStem(index).toUpper();
    default:
        return companyStem(index) + QStringLiteral(" Inc");
    }
}

int SeedWorld::linkedAccount(int index) const
{
    if (index < 0 || index >= m_customers) {
        return -1;
    }
    const quint64 h = mix(static_cast<quint64>(index) + 0x11CC);
    return (h % 100) < 60 ? index : -1;
}
