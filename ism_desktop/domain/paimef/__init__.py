"""PAIMEF (federal programme, operating rules 2020): its values and rules, stdlib only."""
