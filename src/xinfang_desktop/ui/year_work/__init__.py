"""年度工作: 座谈会, 信息报送 and the year-end 总结."""
