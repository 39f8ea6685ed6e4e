"""Closed label sets that records validate against (one place for every label)."""

from enum import StrEnum


class InitiativeType(StrEnum):
    """The 22 initiative labels of taxonomy v1 (see docs/initiative-types.md)."""

    DEVELOPMENT_ZONE = "development_zone"
    FREE_TRADE_ZONE = "free_trade_zone"
    BUSINESS_INCUBATOR = "business_incubator"
    TECHNOLOGY_TRANSFER = "technology_transfer"
    TECHNOLOGY_SERVICES = "technology_services"
    INTELLECTUAL_PROPERTY = "intellectual_property"
    INNOVATION_PLATFORM = "innovation_platform"
    INDUSTRY_ACADEMIA_COOPERATION = "industry_academia_cooperation"
    INDUSTRY_CHAIN = "industry_chain"
    INVESTMENT_PROJECT = "investment_project"
    REGIONAL_COORDINATION = "regional_coordination"
    INFRASTRUCTURE = "infrastructure"
    PUBLIC_SERVICES = "public_services"
    SMART_CITY = "smart_city"
    INTELLIGENT_CONNECTED_VEHICLES = "intelligent_connected_vehicles"
    GREEN_DEVELOPMENT = "green_development"
    TALENT_PROGRAM = "talent_program"
    FINANCIAL_SUPPORT = "financial_support"
    TOURISM_CULTURE = "tourism_culture"
    INDUSTRIAL_UPGRADING = "industrial_upgrading"
    RURAL_REVITALIZATION = "rural_revitalization"
    INTERNATIONAL_COOPERATION = "international_cooperation"


class OrganizationKind(StrEnum):
    COMPANY = "company"
    GOVERNMENT = "government"
    UNIVERSITY = "university"
    RESEARCH_INSTITUTE = "research_institute"
    PARK_OR_ZONE = "park_or_zone"
    MEDIA = "media"
    ASSOCIATION = "association"
    OTHER = "other"


class CountKind(StrEnum):
    CARDINAL = "cardinal"
    ORDINAL = "ordinal"
    PERCENT = "percent"
    MONEY = "money"
