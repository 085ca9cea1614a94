#pragma once

#include "metronome/MetronomeHash.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// The account-wide definitions of the generated world: credit types, billable metrics,
// products, rate cards and legacy plans, with their prices. Fixed by the seed (ids) and
// by this file (names, prices); nothing here changes at run time.
//
// Every usage metric has "cells": one per combination of its group values (e.g. Compute
// hours has region x instance_type = 6 cells). Usage, prices and invoice lines are all kept
// per cell, and grouped usage sums cells that share the requested group values.
// Prices are integers in 1/10,000 of a cent, so every total is exact.
class MetronomeCatalog
{
public:
    static const QString UsdCentsId;
    static constexpr qint64 PriceScale = 10000; // price units per cent
    static constexpr int UsageMetricCount = 4;  // metrics 0..3 have usage; 4 is archived
    static constexpr int CentsPerComputeCredit = 100;

    enum ProductIndex
    {
        ApiProduct = 0,
        ComputeProduct = 1,
        StorageProduct = 2,
        TransferProduct = 3,
        PrepaidProduct = 4,
        PostpaidProduct = 5,
        CreditProduct = 6,
        LegacySupportProduct = 7,
    };
    enum CreditTypeIndex
    {
        UsdCents = 0,
        EurCents = 1,
        ComputeCredits = 2,
        GpuHours = 3,
    };

    struct CreditType
    {
        QString id;
        QString name;
        bool isCurrency = true;
    };
    struct Metric
    {
        QString id;
        QString name;
        QString aggregationType;
        QString aggregationKey;
        QString eventType;
        QList<QStringList> groupKeys;
        QStringList dimensions;   // the keys that make a cell, e.g. region, instance_type
        QList<QStringList> cells; // per cell, the value of each dimension
        bool archived = false;
        int product = -1;
    };
    struct Product
    {
        QString id;
        QString type;
        QString name;
        int metric = -1;
        QStringList tags;
        QStringList pricingGroupKey;
        QStringList presentationGroupKey;
        bool archived = false;
    };
    struct RateCard
    {
        QString id;
        QString name;
        QString description;
        QString alias;
        int pricePercent = 100;
        bool convertsComputeCredits = false;
    };
    struct Plan
    {
        QString id;
        QString name;
        QString description;
        int pricePercent = 100;
        qint64 platformFeeCents = 0;
    };

    explicit MetronomeCatalog(const MetronomeHash &hash);

    const QList<CreditType> &creditTypes() const { return m_creditTypes; }
    const QList<Metric> &metrics() const { return m_metrics; }
    const QList<Product> &products() const { return m_products; }
    const QList<RateCard> &rateCards() const { return m_rateCards; }
    const QList<Plan> &plans() const { return m_plans; }

    int metricIndex(const QString &id) const;
    int productIndex(const QString &id) const;
    int rateCardIndex(const QString &id) const;
    int planIndex(const QString &id) const;
    int creditTypeIndex(const QString &id) const;

    // Unit price of one cell in price units, at a rate card's or plan's percentage.
    qint64 price(int metric, int cell, int percent) const;
    // Values of `keys` for a cell ("" when the metric has no such dimension).
    QStringList cellValues(int metric, int cell, const QStringList &keys) const;
    QString cellLabel(int metric, int cell) const;
    QString chargeId(int plan, int metric, int cell) const;
    QString platformFeeChargeId(int plan) const;

    QJsonObject creditTypeRef(int index) const; // {"id", "name"}
    QJsonObject creditTypeJson(int index) const;
    QJsonObject metricJson(int index) const;
    QJsonObject productJson(int index) const;
    QJsonObject productRef(int index) const; // {"id", "name"}
    QJsonObject rateCardJson(int index) const;
    QJsonObject planJson(int index) const;
    QJsonObject planDetailJson(int index) const;

private:
    MetronomeHash m_hash;
    QList<CreditType> m_creditTypes;
    QList<Metric> m_metrics;
    QList<Product> m_products;
    QList<RateCard> m_rateCards;
    QList<Plan> m_plans;
};
